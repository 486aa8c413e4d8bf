import { HEADER_WORDS } from '../parse/header-words.js';
import type { BudgetLine, Project, StatedBudgetTotal } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { nameLabel } from '../parse/normalize.js';
import { isBlankCell } from '../parse/blank.js';
import { isSourceTotal } from '../parse/total-labels.js';
import type { AmountOptions } from '../parse/number.js';
import type { BudgetLayoutReader } from './budget-table.js';
import { BudgetLines } from '../model/budget-lines.js';
import { readAmount, readSource } from './cells.js';
import { parseYearLabel } from '../parse/year.js';
import { Header } from './header.js';
import { placeOf } from './cell-place.js';
import { cellText, isBlankRow, type RawRow, type RawTable } from '../formats/raw-table.js';
import { reportDuplicateLines } from './duplicate-lines.js';

/**
 * The department's printed multi-year table: `재원별 | 합계 | 2021년 … 2024년`, rows 계 then each declared source.
 * The years may sit on the header row or on the row below it (`연차별 소요자원` spanning them). An optional
 * `사업` column lets one sheet stack several projects' tables. Blank and `-` cells are zero in this layout.
 * The 합계 column and the 계 row (also 합계 or 소계, as in the long layout) are kept as stated totals, never used as parts.
 */
export const readBudgetPrinted: BudgetLayoutReader = (table, headerIndex, opts, problems, defaultProject) => {
  const amountOpts: AmountOptions = { ...opts, blank: 'zero' };
  const headerRow = table.rows[headerIndex]!;
  let years = yearColumns(headerRow);
  let firstData = headerIndex + 1;
  let labels: readonly string[] = headerRow.cells;
  if (years.length === 0 && table.rows[firstData]) {
    // The years sit on the row below (`연차별 소요자원` spans them): together the two rows label the columns.
    const yearRow = table.rows[firstData]!;
    years = yearColumns(yearRow);
    const width = Math.max(headerRow.cells.length, yearRow.cells.length);
    labels = Array.from({ length: width }, (_, i) => (cellText(headerRow, i + 1).trim() || cellText(yearRow, i + 1)));
    firstData++;
  }
  const header = new Header(table, headerRow, problems, { dataFrom: firstData, labels });
  const sourceCol = header.find(...HEADER_WORDS.sourceRows)!;
  const totalCol = header.find(...HEADER_WORDS.total);
  const projectCol = header.find(...HEADER_WORDS.project);
  const nameCol = header.find(...HEADER_WORDS.name);
  if (years.length === 0) {
    problems.push(findingAt('missing-column', 'error', { file: table.file, sheet: table.sheet }, { file: placeOf(table, headerRow.row, sourceCol), column: '2021년 … (연도)', headers: labels.filter((l) => l.trim() !== '').join(', ') }));
  }

  const out = { lines: [] as BudgetLine[], statedTotals: [] as StatedBudgetTotal[], projects: [] as Project[] };
  const projectIds = new Set<string>();
  let current = defaultProject.id;
  for (const row of table.rows.slice(firstData)) {
    if (isBlankRow(row)) continue;
    if (projectCol !== undefined && !isBlankCell(cellText(row, projectCol))) {
      current = nameLabel(cellText(row, projectCol));
    }
    if (!projectIds.has(current)) {
      projectIds.add(current);
      const name = nameCol !== undefined ? nameLabel(cellText(row, nameCol)) : '';
      out.projects.push(current === defaultProject.id && name === '' ? defaultProject : { id: current, name: name || current });
    }
    if (isSourceTotal(cellText(row, sourceCol))) {
      readTotalRow(table, row, current, years, totalCol, amountOpts, problems, out.statedTotals);
      continue;
    }
    const source = readSource(table, row, sourceCol, problems, opts.sources);
    if (!source) continue;
    for (const { year, column } of years) {
      const fig = readAmount(table, row, column, amountOpts, problems);
      if (!fig) continue;
      out.lines.push({ project: current, source, year, amount: fig.value, at: fig.at });
    }
    if (totalCol !== undefined) {
      const fig = readAmount(table, row, totalCol, amountOpts, problems);
      if (fig) out.statedTotals.push({ project: current, kind: 'source-total', source, figure: fig });
    }
  }
  const lines = BudgetLines.from(out.lines, BudgetLines.scaleFor(opts.unit), table.file, table.sheet, opts.sources);
  reportDuplicateLines(lines, problems);
  return { ...out, lines };
};

function readTotalRow(
  table: RawTable,
  row: RawRow,
  project: string,
  years: { year: number; column: number }[],
  totalCol: number | undefined,
  opts: AmountOptions,
  problems: Finding[],
  out: StatedBudgetTotal[],
): void {
  for (const { year, column } of years) {
    const fig = readAmount(table, row, column, opts, problems);
    if (fig) out.push({ project, kind: 'year-total', year, figure: fig });
  }
  if (totalCol !== undefined) {
    const fig = readAmount(table, row, totalCol, opts, problems);
    if (fig) out.push({ project, kind: 'grand-total', figure: fig });
  }
}

function yearColumns(row: RawRow): { year: number; column: number }[] {
  const out: { year: number; column: number }[] = [];
  row.cells.forEach((text, i) => {
    const year = parseYearLabel(text);
    if (year !== undefined) out.push({ year, column: i + 1 });
  });
  return out;
}
