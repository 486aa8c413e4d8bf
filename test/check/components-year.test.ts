import { describe, expect, test } from 'vitest';
import { componentsSum } from '../../src/check/components-sum.js';
import { dailyAverages } from '../../src/check/daily-averages.js';
import { loadDataset } from '../../src/load/dataset.js';
import { loadHolidays } from '../../src/load/holidays.js';
import type { Component } from '../../src/model/dataset.js';
import { D } from '../../src/model/money.js';
import { at } from '../../src/model/provenance.js';
import { BUNDLED } from '../helpers/paths.js';
import { makeDataset } from '../helpers/factories.js';

const component = (name: string, amount: number, year?: number): Component => ({
  project: '1',
  level: '세부',
  name,
  amount: { value: D(amount), raw: String(amount), at: at('components.csv', 2, 4) },
  source: null,
  parts: new Map(),
  cityRatio: null,
  text: '',
  at: at('components.csv', 2, 4),
  ...(year !== undefined ? { year } : {}),
});

describe('components.csv 연도 and usage.csv 사업', () => {
  test('components add up to the column of their own year; without 연도, the report year', () => {
    const d = makeDataset({
      info: { unit: '천원', year: 2022, rules: { rateRounding: 'half-up', rateDecimals: 0, splitRounding: 'down', basisRounding: 'up' } },
      budget: [
        { project: '1', source: '구비', year: 2021, amount: D(70) },
        { project: '1', source: '구비', year: 2022, amount: D(100) },
      ],
      // 2021: 30 + 40 = 70 (the 2021 column); 2022: 100 (the report year's column).
      components: [component('가', 30, 2021), component('나', 40, 2021), component('다', 100)],
    });
    const out = componentsSum(d, { holidays: new Map() });
    expect(out.checks.filter((c) => c.params.row === '계').map((c) => [c.params.year, c.expected, c.actual, c.ok])).toEqual([
      ['2021', '70', '70', true],
      ['2022', '100', '100', true],
    ]);
  });

  test('the bundled shelter\'s usage names its project (3): its checks are listed under it', async () => {
    const { dataset } = await loadDataset(BUNDLED);
    const out = dailyAverages(dataset, { holidays: new Map([[2021, await loadHolidays(2021)]]) });
    expect(new Set(out.checks.map((c) => c.project))).toEqual(new Set(['3']));
  });
});
