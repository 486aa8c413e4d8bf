import { HEADER_WORDS } from '../parse/header-words.js';
import { lineOf, placeOf } from './cell-place.js';
import type { FacilityUsage } from '../model/achievement.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { labelKey, nameLabel } from '../parse/normalize.js';
import { parseYearMonth } from '../parse/year-month.js';
import { COUNT_EXPECTED, readCount } from './count-cells.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';

/**
 * Monthly users of a service: `시설,연월,이용자수,일평균`, and optionally `사업` (the project whose service it
 * is: its checks are listed under that project). 연월 is `2021-01` (or `2021.1`, `2021년 1월`, `Jan-21`, a date
 * cell on the 1st: parse/year-month.ts); the row whose
 * 연월 is 계 holds the printed totals, kept as stated figures. Facilities keep file order.
 */
export function readUsage(table: RawTable | undefined, problems: Finding[]): FacilityUsage[] {
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const facilityCol = header.find('시설', '시설명');
  const monthCol = header.find('연월', '월');
  const usersCol = header.find('이용자수', '이용자');
  if (facilityCol === undefined || monthCol === undefined || usersCol === undefined) {
    header.reportMissing(problems, { 시설: facilityCol, 연월: monthCol, 이용자수: usersCol });
    return [];
  }
  const averageCol = header.find('일평균', '이용자평균', '평균');
  const projectCol = header.find(...HEADER_WORDS.projectOfRow);
  const byFacility = new Map<string, FacilityUsage>();
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const facility = nameLabel(cellText(row, facilityCol));
    let entry = byFacility.get(facility);
    if (!entry) {
      entry = { facility, months: [], stated: null };
      byFacility.set(facility, entry);
    }
    const project = projectCol === undefined ? '' : cellText(row, projectCol).trim();
    if (project !== '' && entry.project === undefined) entry.project = project;
    const users = readCount(table, row, usersCol, problems);
    const average = averageCol === undefined ? null : readCount(table, row, averageCol, problems);
    if (users === undefined || average === undefined) continue;
    const label = cellText(row, monthCol);
    if (['계', '합계'].includes(labelKey(label))) {
      entry.stated = { users, average, at: at(table.file, row.row, monthCol, table.sheet) };
      continue;
    }
    const ym = parseYearMonth(label);
    if (!ym) {
      problems.push(findingAt('bad-number', 'error', at(table.file, row.row, monthCol, table.sheet), { place: placeOf(table, row.row, monthCol), value: label, expected: 'expect.yearMonth' }, { actual: label, ...lineOf(row) }));
      continue;
    }
    if (users === null) {
      problems.push(findingAt('bad-number', 'error', at(table.file, row.row, usersCol, table.sheet), { place: placeOf(table, row.row, usersCol), value: '', expected: COUNT_EXPECTED }, lineOf(row)));
      continue;
    }
    entry.months.push({ year: ym.year, month: ym.month, users, statedAverage: average });
  }
  return [...byFacility.values()];
}
