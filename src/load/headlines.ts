import { HEADER_WORDS } from '../parse/header-words.js';
import type { Headline } from '../model/dataset.js';
import type { Finding } from '../model/finding.js';
import type { AmountOptions } from '../parse/number.js';
import { readAmount, readYear } from './cells.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';

/** `□ 2022년 소요예산 : N천원` lines: `사업,연도,소요예산,비고`. */
export function readHeadlines(table: RawTable | undefined, opts: Pick<AmountOptions, 'unit' | 'conversionRounding'>, problems: Finding[]): Headline[] {
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const projectCol = header.find(...HEADER_WORDS.project);
  const yearCol = header.find(...HEADER_WORDS.year);
  const amountCol = header.find('소요예산', '금액');
  const noteCol = header.find('비고');
  if (projectCol === undefined || yearCol === undefined || amountCol === undefined) {
    header.reportMissing(problems, { 사업: projectCol, 연도: yearCol, 소요예산: amountCol });
    return [];
  }
  const out: Headline[] = [];
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const year = readYear(table, row, yearCol, problems);
    const fig = readAmount(table, row, amountCol, { ...opts, blank: 'missing' }, problems);
    if (year === undefined || !fig) continue;
    const h: Headline = { project: cellText(row, projectCol).trim(), year, figure: fig };
    const note = noteCol ? cellText(row, noteCol).trim() : '';
    if (note) h.note = note;
    out.push(h);
  }
  return out;
}
