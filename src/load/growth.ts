import { HEADER_WORDS } from '../parse/header-words.js';
import type { GrowthRate } from '../model/declared.js';
import { findingAt, type Finding } from '../model/finding.js';
import { labelKey } from '../parse/normalize.js';
import { readRatio, readSource } from './cells.js';
import { Header } from './header.js';
import { cellText, isBlankRow } from './raw-table.js';
import type { TableSource } from './table-source.js';

/**
 * Optional growth rates for out-year projections: `사업,재원,성장률` (growth.csv, or the sheet 성장률),
 * e.g. `2,구비,3%`. 재원 may be 계 for the whole column. Absent file: no rates, nothing projected.
 */
export async function readGrowth(source: TableSource, problems: Finding[]): Promise<GrowthRate[]> {
  const table = await source.part('growth');
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const projectCol = header.find(...HEADER_WORDS.project);
  const sourceCol = header.find(...HEADER_WORDS.source);
  const rateCol = header.find('성장률', '증가율');
  if (projectCol === undefined || sourceCol === undefined || rateCol === undefined) {
    problems.push(findingAt('missing-column', 'error', { file: table.file, sheet: table.sheet }, { file: table.file, column: '사업, 재원, 성장률' }));
    return [];
  }
  const out: GrowthRate[] = [];
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const isTotal = labelKey(cellText(row, sourceCol)) === '계';
    const src = isTotal ? '계' : readSource(table, row, sourceCol, problems);
    const rate = readRatio(table, row, rateCol, problems);
    if (!src || rate === undefined) continue;
    if (rate === null) {
      problems.push(findingAt('missing-value', 'error', { file: table.file, sheet: table.sheet }, { place: `${table.file} ${row.row}`, what: '성장률' }));
      continue;
    }
    out.push({ project: cellText(row, projectCol).trim(), source: src, rate });
  }
  return out;
}
