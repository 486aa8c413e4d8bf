import { HEADER_WORDS } from '../parse/header-words.js';
import type { Component, Figure, Source } from '../model/dataset.js';
import type { SourceSet } from '../model/source.js';
import type { Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { labelKey } from '../parse/normalize.js';
import { isBlankCell } from '../parse/blank.js';
import type { AmountOptions } from '../parse/number.js';
import { readAmount, readRatio, readSource, readYear } from './cells.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';

/**
 * Component budgets stated in the text: `사업,구분,세부사업,금액,재원,국비,시비,구비,보조율,원문` (a column
 * per declared source), and
 * optionally `연도` (the year whose column they add up to; blank: the report year).
 * `금액` blank means the text gives no figure yet (`공모 후 확정`); parts blank means not stated.
 */
export function readComponents(table: RawTable | undefined, opts: Pick<AmountOptions, 'unit' | 'conversionRounding'> & { sources: SourceSet }, problems: Finding[]): Component[] {
  const { sources } = opts;
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const projectCol = header.find('사업', '사업번호', '번호');
  const amountCol = header.find('금액', '소요예산');
  if (projectCol === undefined || amountCol === undefined) {
    header.reportMissing(problems, { 사업: projectCol, 금액: amountCol });
    return [];
  }
  const levelCol = header.find('구분');
  const nameCol = header.find('세부사업', '사업명');
  const sourceCol = header.find('재원');
  const ratioCol = header.find('보조율');
  const textCol = header.find('원문');
  const yearCol = header.find(...HEADER_WORDS.year);
  const partCols = sources.names.map((s) => [s, header.find(s)] as const);
  const amountOpts: AmountOptions = { unit: opts.unit, conversionRounding: opts.conversionRounding ?? null, blank: 'missing' };
  const out: Component[] = [];
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const amount = readAmount(table, row, amountCol, amountOpts, problems);
    if (amount === undefined) continue;
    let source: Source | null = null;
    if (sourceCol !== undefined && !isBlankCell(cellText(row, sourceCol))) {
      const s = readSource(table, row, sourceCol, problems, sources);
      if (!s) continue;
      source = s;
    }
    const parts = new Map<Source, Figure>();
    for (const [s, col] of partCols) {
      if (col === undefined) continue;
      const fig = readAmount(table, row, col, amountOpts, problems);
      if (fig) parts.set(s, fig);
    }
    const ratio = ratioCol !== undefined ? readRatio(table, row, ratioCol, problems) : null;
    const year = yearCol === undefined || isBlankCell(cellText(row, yearCol)) ? null : readYear(table, row, yearCol, problems);
    if (year === undefined) continue;
    out.push({
      ...(year !== null ? { year } : {}),
      project: cellText(row, projectCol).trim(),
      level: levelCol !== undefined && labelKey(cellText(row, levelCol)) === '총괄' ? '총괄' : '세부',
      name: nameCol !== undefined ? cellText(row, nameCol).trim() : '',
      amount,
      source,
      parts,
      cityRatio: ratio ?? null,
      text: textCol !== undefined ? cellText(row, textCol).trim() : '',
      at: at(table.file, row.row, amountCol, table.sheet),
    });
  }
  return out;
}
