import { HEADER_WORDS } from '../parse/header-words.js';
import { nameLabel } from '../parse/normalize.js';
import type { Indicator } from '../model/achievement.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import { readYear } from './cells.js';
import { readCount, readPercent } from './count-cells.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';

/**
 * Targets and results, one row per indicator and year: `지표,지표명,단위,연도,목표,실적,달성률,기준,비고`,
 * with a first column `기관` when the table holds several organisations (a blank 기관 is none).
 * Blank 목표 or 실적 means the document states none for that year; 기준 says what a result covers
 * (`2021년 9월말 기준`, `2021년 말 예상치`).
 */
export function readTargets(table: RawTable | undefined, problems: Finding[]): Indicator[] {
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const idCol = header.find('지표', '지표id');
  const nameCol = header.find('지표명', '구분');
  const yearCol = header.find(...HEADER_WORDS.year);
  const targetCol = header.find('목표');
  const resultCol = header.find('실적');
  if (nameCol === undefined || yearCol === undefined || targetCol === undefined || resultCol === undefined) {
    header.reportMissing(problems, { 지표명: nameCol, 연도: yearCol, 목표: targetCol, 실적: resultCol });
    return [];
  }
  const orgCol = header.find('기관');
  const unitCol = header.find('단위');
  const rateCol = header.find('달성률');
  const basisCol = header.find('기준');
  const noteCol = header.find('비고');
  const textOf = (row: (typeof table.rows)[number], col: number | undefined): string => (col === undefined ? '' : nameLabel(cellText(row, col)));
  const out: Indicator[] = [];
  // (기관, 지표, 연도) → the row that first gave it: a second is an error, never a silent double in a sum.
  const firstRow = new Map<string, number>();
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const year = readYear(table, row, yearCol, problems);
    const target = readCount(table, row, targetCol, problems);
    const result = readCount(table, row, resultCol, problems);
    const statedRate = rateCol === undefined ? null : readPercent(table, row, rateCol, problems);
    if (year === undefined || target === undefined || result === undefined || statedRate === undefined) continue;
    const name = textOf(row, nameCol);
    const org = textOf(row, orgCol);
    const id = textOf(row, idCol) || name;
    const key = JSON.stringify([org, id, year]);
    const first = firstRow.get(key);
    if (first !== undefined) {
      const place = at(table.file, row.row, yearCol, table.sheet);
      problems.push(findingAt('duplicate-target', 'error', place, { place: describePlace(place), indicator: name, year: String(year), first: String(first) }));
      continue;
    }
    firstRow.set(key, row.row);
    out.push({
      ...(org !== '' ? { org } : {}),
      // Without an id column, the printed name ties the years of one indicator together.
      id,
      name,
      unit: textOf(row, unitCol),
      year,
      target,
      result,
      statedRate,
      ...(rateCol !== undefined ? { rateAt: at(table.file, row.row, rateCol, table.sheet) } : {}),
      basis: textOf(row, basisCol) || null,
      note: textOf(row, noteCol) || null,
      at: at(table.file, row.row, 1, table.sheet),
    });
  }
  return out;
}
