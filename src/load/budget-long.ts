import type { Project } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import type { AmountOptions } from '../parse/number.js';
import { addLine } from './budget-lines.js';
import type { BudgetTableData } from './budget-table.js';
import { lineOf, readAmount, readSource, readYear } from './cells.js';
import { Header, placeOf } from './header.js';
import { cellText, isBlankRow, type RawTable } from './raw-table.js';

/**
 * The tidy long layout: one row per (project, source, year, amount), columns `사업` (or `사업번호`),
 * optional `사업명`, `재원`, `연도`, `금액`. A blank amount here is missing, not zero: it is an error.
 */
export function readBudgetLong(
  table: RawTable,
  headerIndex: number,
  opts: Pick<AmountOptions, 'unit' | 'conversionRounding'>,
  problems: Finding[],
  defaultProject: Project,
): BudgetTableData {
  const amountOpts: AmountOptions = { ...opts, blank: 'missing' };
  const header = new Header(table, table.rows[headerIndex]!, problems);
  const projectCol = header.find('사업', '사업번호', '번호');
  const nameCol = header.find('사업명');
  const sourceCol = header.find('재원')!;
  const yearCol = header.find('연도')!;
  const amountCol = header.find('금액')!;

  const out: BudgetTableData = { lines: [], statedTotals: [], projects: [] };
  const seen = new Map<string, string>();
  const projects = new Map<string, Project>();
  for (const row of table.rows.slice(headerIndex + 1)) {
    if (isBlankRow(row)) continue;
    const id = projectId(row.cells, projectCol, nameCol) ?? defaultProject.id;
    if (!projects.has(id)) {
      const name = nameCol !== undefined ? cellText(row, nameCol).trim() : '';
      projects.set(id, id === defaultProject.id && name === '' ? defaultProject : { id, name: name || id });
    }
    const source = readSource(table, row, sourceCol, problems);
    const year = readYear(table, row, yearCol, problems);
    const fig = readAmount(table, row, amountCol, amountOpts, problems);
    if (fig === null) {
      problems.push(findingAt('missing-value', 'error', at(table.file, row.row, amountCol, table.sheet), { place: placeOf(table, row.row, amountCol), what: '금액' }, lineOf(row)));
      continue;
    }
    if (!source || year === undefined || !fig) continue;
    addLine(out.lines, seen, { project: id, source, year, amount: fig.value, at: fig.at }, table, problems);
  }
  out.projects = [...projects.values()];
  return out;
}

function projectId(cells: string[], projectCol: number | undefined, nameCol: number | undefined): string | undefined {
  const fromId = projectCol !== undefined ? (cells[projectCol - 1] ?? '').trim() : '';
  if (fromId !== '') return fromId.normalize('NFC');
  const fromName = nameCol !== undefined ? (cells[nameCol - 1] ?? '').trim() : '';
  return fromName !== '' ? fromName.normalize('NFC') : undefined;
}
