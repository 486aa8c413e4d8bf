import type { ServiceCalendar } from '../model/calendar.js';
import { isoDate, WEEKDAY_SERVICE } from '../model/calendar.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { labelKey } from '../parse/normalize.js';
import { placeOf } from './cell-place.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';

const DAY_NAMES = ['일', '월', '화', '수', '목', '금', '토'];
const DATE = /^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$/;

/**
 * The dataset's service calendar: `구분,값,비고` (calendar.csv, or the sheet 달력), one setting a row:
 * `운영요일` with the weekdays served (`월~금`, `월~토`, `월,수,금`), `운영일` with a date added as an operating
 * day (`2021-05-01`: a Saturday service), `휴무일` with a date removed (a local closure, a holiday newer
 * than the holiday package). Absent file: undefined, and the service runs Monday to Friday.
 */
export function readCalendar(table: RawTable | undefined, problems: Finding[]): ServiceCalendar | undefined {
  if (!table || table.rows.length === 0) return undefined;
  const header = new Header(table, table.rows[0]!, problems);
  const kindCol = header.find('구분', '항목');
  const valueCol = header.find('값', '날짜');
  if (kindCol === undefined || valueCol === undefined) {
    header.reportMissing(problems, { 구분: kindCol, 값: valueCol });
    return undefined;
  }
  let weekdays = WEEKDAY_SERVICE.weekdays;
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const kind = labelKey(cellText(row, kindCol));
    const value = cellText(row, valueCol).trim();
    const bad = (column: number, raw: string, expected: string): void => {
      problems.push(findingAt('bad-number', 'error', at(table.file, row.row, column, table.sheet), { place: placeOf(table, row.row, column), value: raw, expected }, { actual: raw }));
    };
    if (kind === '운영요일') {
      const days = weekdaysOf(value);
      if (days) weekdays = days;
      else bad(valueCol, value, 'expect.weekdays');
    } else if (kind === '운영일' || kind === '휴무일') {
      const date = isoDateOf(value);
      if (date) (kind === '운영일' ? added : removed).add(date);
      else bad(valueCol, value, 'expect.date');
    } else bad(kindCol, cellText(row, kindCol), 'expect.calendarKind');
  }
  return { weekdays, added, removed };
}

/** `월~금`, `월-토`, `월,수,금` (also `월요일`): the weekdays, 0 = Sunday; undefined when unreadable. */
function weekdaysOf(text: string): Set<number> | undefined {
  const out = new Set<number>();
  for (const part of text.replace(/요일/g, '').split(/[,·\s]+/).filter((p) => p !== '')) {
    const range = /^(.)\s*[~\-–]\s*(.)$/.exec(part);
    const [from, to] = range ? [DAY_NAMES.indexOf(range[1]!), DAY_NAMES.indexOf(range[2]!)] : [DAY_NAMES.indexOf(part), DAY_NAMES.indexOf(part)];
    if (from < 0 || to < 0 || (part.length > 1 && !range)) return undefined;
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d);
      if (d === to) break;
    }
  }
  return out.size > 0 ? out : undefined;
}

/** `2021-05-01`, `2021.5.1.`, `2021/5/1`: a real calendar date as `YYYY-MM-DD`, else undefined. */
function isoDateOf(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return isoDate(y, mo, d);
}
