import { describe, expect, it } from 'vitest';
import { indicatorRow, resultKind } from '../../src/compute/indicator-rows.js';
import type { Indicator } from '../../src/model/achievement.js';
import { D } from '../../src/model/money.js';
import { at } from '../../src/model/provenance.js';

const RULE = { rateRounding: 'half-up', rateDecimals: 0 } as const;

function indicator(year: number, target: string | null, result: string | null, basis: string | null = null): Indicator {
  const fig = (v: string | null) => (v === null ? null : { value: D(v), raw: v, at: at('targets.csv', 2, 5) });
  return { id: 'job-creation', name: '일자리창출', unit: '개', year, target: fig(target), result: fig(result), statedRate: null, basis, note: null, at: at('targets.csv', 2, 1) };
}

describe('achievement rate against the document (일자리공시 추진실적)', () => {
  it('2019–2021 give 116%, 103%, 107% as printed', () => {
    // 10,349 / 8,900 × 100 = 116.2808…; 10,814 / 10,500 × 100 = 102.9904…; 11,521 / 10,800 × 100 = 106.6759…
    const rows = [indicator(2019, '8900', '10349'), indicator(2020, '10500', '10814'), indicator(2021, '10800', '11521', '2021년 말 예상치')].map((i) => indicatorRow(i, RULE));
    expect(rows.map((r) => r.shownRate!.toString())).toEqual(['116', '103', '107']);
    expect(rows[0]!.rate!.toDecimalPlaces(6).toString()).toBe('116.280899');
    // 차이 = 실적 − 목표: 10,349 − 8,900 = 1,449
    expect(rows[0]!.difference!.toString()).toBe('1449');
    expect(rows.map((r) => r.status)).toEqual(['met', 'met', 'expected-met']);
  });

  it('follows the dataset rule: 절사 and one decimal', () => {
    // 102.9904… truncated to one decimal = 102.9 (half-up would give 103.0)
    const r = indicatorRow(indicator(2020, '10500', '10814'), { rateRounding: 'down', rateDecimals: 1 });
    expect(r.shownRate!.toFixed(1)).toBe('102.9');
  });

  it('no target or a zero target: no rate, a warning', () => {
    expect(indicatorRow(indicator(2021, null, '3810', '2021년 9월말 기준'), RULE)).toMatchObject({ rate: null, shownRate: null, status: null, warning: 'no-target' });
    expect(indicatorRow(indicator(2021, '0', '5'), RULE)).toMatchObject({ rate: null, status: null, warning: 'zero-target' });
  });

  it('a target without a result yet has neither rate nor warning', () => {
    expect(indicatorRow(indicator(2022, '10900', null), RULE)).toMatchObject({ rate: null, difference: null, status: null, warning: null });
  });

  it('a part-year result is progress, not achievement', () => {
    // 3,810 of 5,800 = 65.6896…% → 66, shown as progress
    const r = indicatorRow(indicator(2022, '5800', '3810', '2022년 9월말 기준'), RULE);
    expect(r.kind).toBe('partial');
    expect(r.status).toBe('in-progress');
    expect(r.shownRate!.toString()).toBe('66');
  });

  it('met means the result reached the target, not that the rounded rate shows 100', () => {
    // 9,996 / 10,000 = 99.96% → shown 100, but the target was missed by 4
    const r = indicatorRow(indicator(2020, '10000', '9996'), RULE);
    expect(r.shownRate!.toString()).toBe('100');
    expect(r.status).toBe('missed');
  });

  it('reads the basis: estimate, part of the year, final', () => {
    expect([resultKind('2021년 말 예상치'), resultKind('2021년 9월말 기준'), resultKind(null)]).toEqual(['estimate', 'partial', 'final']);
  });
});
