import { describe, expect, it } from 'vitest';
import { operatingDays } from '../../src/compute/operating-days.js';
import { usageReport } from '../../src/compute/usage-report.js';
import { loadDataset } from '../../src/load/dataset.js';
import { loadHolidays } from '../../src/load/holidays.js';
import { InputError } from '../../src/formats/input-error.js';
import { BUNDLED } from '../helpers/paths.js';

describe('새벽일자리쉼터 daily averages from users and the calendar', () => {
  it('reproduces the printed 68, 80, 92, 87, 80, 91, 93, 91, 89 and 86 overall (2021 Jan–Sep)', async () => {
    const { dataset } = await loadDataset(BUNDLED);
    const usage = dataset.usage[0]!;
    const report = usageReport(usage, usage.months, new Map([[2021, await loadHolidays(2021)]]));
    // Weekdays less holidays on weekdays: Jan 21−1 (1/1), Feb 20−2 (설날 2/11–12), Mar 23−1 (3/1), Apr 22,
    // May 21−2 (5/5, 부처님 오신 날 5/19), Jun 22 (현충일 is a Sunday), Jul 22, Aug 22−1 (대체공휴일 8/16),
    // Sep 22−3 (추석 9/20–22).
    expect(report.months.map((m) => m.operatingDays)).toEqual([20, 18, 22, 22, 19, 22, 22, 21, 19]);
    // e.g. 1,351 / 20 = 67.55 → 68; 1,908 / 21 = 90.86 → 91; 15,921 / 185 = 86.06 → 86
    expect(report.months.map((m) => m.shownAverage!.toString())).toEqual(['68', '80', '92', '87', '80', '91', '93', '91', '89']);
    expect(report.total.users.toString()).toBe('15921');
    expect(report.total.operatingDays).toBe(185);
    expect(report.total.shownAverage!.toString()).toBe('86');
    // Computed, not copied: the printed averages agree with the computed ones.
    expect(usage.months.map((m) => m.statedAverage!.value.toString())).toEqual(report.months.map((m) => m.shownAverage!.toString()));
  });
});

describe('holiday calendar', () => {
  it('counts a substitute holiday for a lunar holiday: January 2023 (설날 1/21–23, 대체공휴일 1/24)', async () => {
    const h = await loadHolidays(2023);
    expect(h.has('2023-01-24')).toBe(true);
    // 22 weekdays; 1/23 (Mon) and the substitute 1/24 (Tue) are off; 1/21–22 fall on the weekend.
    expect(operatingDays(2023, 1, h)).toBe(20);
  });

  it('counts the substitute for 광복절 in August 2021 and the 추석 days in September 2021', async () => {
    const h = await loadHolidays(2021);
    expect(operatingDays(2021, 8, h)).toBe(21);
    expect(operatingDays(2021, 9, h)).toBe(19);
  });

  it('a year outside the package coverage is a clear error, never a guess', async () => {
    const err = await loadHolidays(2030).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).findings[0]).toMatchObject({ code: 'holidays-not-covered', params: { year: '2030' } });
  });
});
