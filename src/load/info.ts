import { parseYearLabel } from '../parse/year.js';
import type { DatasetInfo } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import type { Unit } from '../model/money.js';
import { labelKey } from '../parse/normalize.js';
import { roundingNamed } from '../parse/rounding.js';
import { placeOf } from './cell-place.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';
import { checkUnderHeader } from './under-header.js';
import { DISTRICT_SOURCES, officeSources } from '../model/source.js';
import { parseSourceList } from '../parse/source-list.js';

const UNITS: readonly Unit[] = ['원', '천원', '백만원'];

export function defaultInfo(): DatasetInfo {
  return { unit: '천원', sources: DISTRICT_SOURCES, rules: { rateRounding: 'half-up', rateDecimals: 0, splitRounding: 'down', basisRounding: 'up' } };
}

/**
 * `항목,값` pairs: 기관, 부서, 연도, 단위, 출처, and the rules behind derived figures
 * (달성률 반올림, 달성률 소수자리, 보조금 분할, 산출근거 반올림). Unknown keys are kept out; a bad rule value is an error.
 * The funding sources: `기관유형` (자치구, 군, 일반시, 도, 광역시) gives its usual set, `재원`
 * (`국비:국가, 도비:상위, 군비:지방, 기금:기타`) lists them explicitly and wins; neither keeps 국비/시비/구비.
 */
export function readInfo(table: RawTable | undefined, problems: Finding[]): DatasetInfo {
  const info = defaultInfo();
  if (!table) return info;
  let listed = false;
  if (table.rows[0]) checkUnderHeader(table, table.rows[0].cells, table.rows[0].row, table.rows.slice(1), problems);
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const key = labelKey(cellText(row, 1));
    const value = cellText(row, 2).trim();
    const bad = (expected: string): void => {
      problems.push(findingAt('bad-number', 'error', at(table.file, row.row, 2, table.sheet), { place: placeOf(table, row.row, 2), value, expected }));
    };
    switch (key) {
      case '기관': info.organisation = value; break;
      case '부서': info.department = value; break;
      case '출처': info.source = value; break;
      case '연도': {
        const year = parseYearLabel(value);
        if (year !== undefined) info.year = year;
        else bad('expect.year');
        break;
      }
      case '단위':
        if ((UNITS as readonly string[]).includes(value)) info.unit = value as Unit;
        else bad('expect.unit');
        break;
      case '달성률반올림': {
        const r = roundingNamed(value);
        if (r) info.rules.rateRounding = r;
        else bad('expect.rounding');
        break;
      }
      case '달성률소수자리':
        if (/^\d$/.test(value)) info.rules.rateDecimals = Number(value);
        else bad('expect.decimals');
        break;
      case '보조금분할': {
        const r = roundingNamed(value);
        if (r) info.rules.splitRounding = r;
        else bad('expect.rounding');
        break;
      }
      case '기관유형': {
        const set = officeSources(value);
        if (!set) bad('expect.officeType');
        else if (!listed) info.sources = set;
        break;
      }
      case '재원': {
        const list = parseSourceList(value);
        if ('set' in list) {
          info.sources = list.set;
          listed = true;
        } else {
          const place = at(table.file, row.row, 2, table.sheet);
          problems.push(findingAt('bad-source-list', 'error', place, { place: placeOf(table, row.row, 2), value, ...(list.why === 'count' ? { variant: 'count' } : { part: list.bad, expected: `expect.sourceList.${list.why}` }) }, { actual: value }));
        }
        break;
      }
      case '산출근거반올림':
      case '산출근거끝수처리': {
        const r = roundingNamed(value);
        if (r) info.rules.basisRounding = r;
        else bad('expect.rounding');
        break;
      }
      default:
        break;
    }
  }
  return info;
}
