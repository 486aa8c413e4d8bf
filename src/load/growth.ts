import { HEADER_WORDS } from '../parse/header-words.js';
import type { GrowthMethod, GrowthRate } from '../model/declared.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { labelKey } from '../parse/normalize.js';
import { isBlankCell } from '../parse/blank.js';
import { roundingNamed } from '../parse/rounding.js';
import { placeOf } from './cell-place.js';
import { readRatio, readSource, readYear } from './cells.js';
import type { SourceSet } from '../model/source.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawRow, type RawTable } from '../formats/raw-table.js';
import type { TableSource } from './table-source.js';

const METHODS: ReadonlyMap<string, GrowthMethod> = new Map([
  ['전년대비', 'year-on-year'],
  ['기준연도복리', 'compound'],
]);

/**
 * Optional growth rates for out-year projections: `사업,재원,성장률` (growth.csv, or the sheet 성장률),
 * e.g. `2,구비,3%`. 재원 may be 계 for the whole column. Optional columns say how the department applied
 * the rate: `반올림` (반올림 / 절사 / 올림, default 반올림), `방식` (전년 대비, default, or 기준연도 복리) and
 * `기준연도` (the year the rule starts from, default the report year). Absent file: no rates.
 */
export async function readGrowth(source: TableSource, problems: Finding[], sources: SourceSet): Promise<GrowthRate[]> {
  const table = await source.part('growth');
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const projectCol = header.find(...HEADER_WORDS.project);
  const sourceCol = header.find(...HEADER_WORDS.source);
  const rateCol = header.find('성장률', '증가율');
  if (projectCol === undefined || sourceCol === undefined || rateCol === undefined) {
    header.reportMissing(problems, { 사업: projectCol, 재원: sourceCol, 성장률: rateCol });
    return [];
  }
  const roundingCol = header.find('반올림', '끝수처리');
  const methodCol = header.find('방식');
  const baseCol = header.find('기준연도');
  const out: GrowthRate[] = [];
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const isTotal = labelKey(cellText(row, sourceCol)) === '계';
    const src = isTotal ? '계' : readSource(table, row, sourceCol, problems, sources);
    const rate = readRatio(table, row, rateCol, problems);
    const rounding = named(table, row, roundingCol, roundingNamed, 'half-up', 'expect.rounding', problems);
    const method = named(table, row, methodCol, (v) => METHODS.get(labelKey(v)), 'year-on-year', 'expect.growthMethod', problems);
    const baseYear = baseCol === undefined || isBlankCell(cellText(row, baseCol)) ? null : readYear(table, row, baseCol, problems);
    if (!src || rate === undefined || !rounding || !method || baseYear === undefined) continue;
    if (rate === null) {
      problems.push(findingAt('missing-value', 'error', { file: table.file, sheet: table.sheet }, { place: `${table.file} ${row.row}`, what: '성장률' }));
      continue;
    }
    out.push({ project: cellText(row, projectCol).trim(), source: src, rate, rounding, method, ...(baseYear !== null ? { baseYear } : {}) });
  }
  return out;
}

/** An optional named setting of a row: its default when the column or cell is blank, undefined after an error. */
function named<T>(table: RawTable, row: RawRow, column: number | undefined, parse: (text: string) => T | undefined, fallback: T, expected: string, problems: Finding[]): T | undefined {
  const value = column === undefined ? '' : cellText(row, column).trim();
  if (value === '') return fallback;
  const parsed = parse(value);
  if (parsed === undefined) {
    problems.push(findingAt('bad-number', 'error', at(table.file, row.row, column!, table.sheet), { place: placeOf(table, row.row, column!), value, expected }, { actual: value }));
  }
  return parsed;
}
