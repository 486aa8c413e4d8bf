import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dailyAverages } from '../../src/check/daily-averages.js';
import { loadDataset } from '../../src/load/dataset.js';
import { loadHolidays } from '../../src/load/holidays.js';
import { InputError } from '../../src/formats/input-error.js';

/** January 2021's shelter users (1,351) with a printed average, and the given calendar.csv (if any). */
async function averageCheck(printed: number, calendar?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-report-calendar-'));
  writeFileSync(join(dir, 'budgets.csv'), '사업,재원,연도,금액\n1,구비,2021,100\n');
  writeFileSync(join(dir, 'usage.csv'), `시설,연월,이용자수,일평균\n쉼터,2021-01,"1,351",${printed}\n`);
  if (calendar !== undefined) writeFileSync(join(dir, 'calendar.csv'), calendar);
  const { dataset } = await loadDataset(dir);
  const out = dailyAverages(dataset, { holidays: new Map([[2021, await loadHolidays(2021)]]) });
  return out.checks.map((c) => [c.params.days, c.expected, c.ok]);
}

describe('calendar.csv: the dataset\'s own operating days', () => {
  test('without it: Monday to Friday less public holidays (January 2021: 21 weekdays less 1 January = 20; 1,351 ÷ 20 = 67.55 → 68)', async () => {
    expect(await averageCheck(68)).toEqual([['20', '68', true]]);
  });

  test('a Saturday service: 월~토 adds the five Saturdays of January 2021 (2, 9, 16, 23, 30): 25 days, 1,351 ÷ 25 = 54.04 → 54', async () => {
    expect(await averageCheck(54, '구분,값,비고\n운영요일,월~토,토요일 운영\n')).toEqual([['25', '54', true]]);
  });

  test('a local closure removes a day (4 January, a Monday): 19 days, 1,351 ÷ 19 = 71.1 → 71', async () => {
    expect(await averageCheck(71, '구분,값,비고\n휴무일,2021-01-04,시설 공사\n')).toEqual([['19', '71', true]]);
  });

  test('an added day counts even on a holiday (1 January): 21 days, 1,351 ÷ 21 = 64.33 → 64; the printed 68 is then wrong', async () => {
    expect(await averageCheck(68, '구분,값\n운영일,2021.1.1.\n')).toEqual([['21', '64', false]]);
  });

  test('an unreadable setting is an error at its cell', async () => {
    const error = await averageCheck(68, '구분,값\n운영요일,평일\n휴무일,2021-02-30\n휴관,2021-01-04\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).findings.map((f) => [f.cell, f.actual])).toEqual([
      ['B2', '평일'],
      ['B3', '2021-02-30'],
      ['A4', '휴관'],
    ]);
  });
});
