import { describe, expect, it } from 'vitest';
import { indicatorOrgs, selectIndicators } from '../../src/compute/indicator-orgs.js';
import type { Indicator } from '../../src/model/achievement.js';
import { D } from '../../src/model/money.js';
import { at } from '../../src/model/provenance.js';

function row(org: string | undefined, id: string, year: number, target: string | null, result: string | null, basis: string | null = null): Indicator {
  const fig = (v: string | null) => (v === null ? null : { value: D(v), raw: v, at: at('targets.csv', 2, 6) });
  return { ...(org !== undefined ? { org } : {}), id, name: id, unit: '개', year, target: fig(target), result: fig(result), statedRate: null, basis, note: null, at: at('targets.csv', 2, 1) };
}

const A = '서울특별시 금천구';
const B = '서울특별시 관악구';
const C = '부산광역시 해운대구';
const rows = [
  row(A, 'jobs', 2021, '100', '120'),
  row(A, 'jobs', 2022, '200', '150'),
  row(B, 'jobs', 2021, '50', '40'),
  row(B, 'jobs', 2022, '100', null),
  row(C, 'jobs', 2021, '30', '33'),
  row(C, 'jobs', 2022, '100', '90', '2022년 9월말 기준'),
];
const figures = (list: Indicator[]) => list.map((i) => [i.org ?? '', i.year, i.target?.value.toString() ?? null, i.result?.value.toString() ?? null]);

describe('indicators across organisations', () => {
  it('lists the organisations in the order they first appear', () => {
    expect(indicatorOrgs(rows)).toEqual([A, B, C]);
  });

  it('sums targets and results per indicator and year; a blank is left out, not read as 0', () => {
    const out = selectIndicators(rows, { by: 'project' });
    // 2021: 목표 100 + 50 + 30 = 180, 실적 120 + 40 + 33 = 193
    // 2022: 목표 200 + 100 + 100 = 400, 실적 150 + 90 = 240 (관악구 blank)
    expect(figures(out)).toEqual([
      ['', 2021, '180', '193'],
      ['', 2022, '400', '240'],
    ]);
    expect(out.map((i) => i.summed)).toEqual([
      { orgs: 3, withoutTarget: 0, withoutResult: 0 },
      { orgs: 3, withoutTarget: 0, withoutResult: 1 },
    ]);
    // 해운대구's 2022 result is part of a year: so is the sum.
    expect(out.map((i) => i.basis)).toEqual([null, '2022년 9월말 기준']);
    expect(out.every((i) => i.statedRate === null)).toBe(true);
  });

  it('keeps only the organisations asked for', () => {
    // 2021: 목표 100 + 30 = 130, 실적 120 + 33 = 153; 2022: 목표 200 + 100 = 300, 실적 150 + 90 = 240
    expect(figures(selectIndicators(rows, { by: 'project', orgs: [A, C] }))).toEqual([
      ['', 2021, '130', '153'],
      ['', 2022, '300', '240'],
    ]);
  });

  it('by org: the rows as given, of the organisations asked for', () => {
    expect(figures(selectIndicators(rows, { by: 'org', orgs: [B] }))).toEqual([
      [B, 2021, '50', '40'],
      [B, 2022, '100', null],
    ]);
  });

  it('a blank everywhere stays blank', () => {
    const out = selectIndicators([row(A, 'x', 2023, '5', null), row(B, 'x', 2023, null, null)], { by: 'project' });
    expect(figures(out)).toEqual([['', 2023, '5', null]]);
    expect(out[0]!.summed).toEqual({ orgs: 2, withoutTarget: 1, withoutResult: 2 });
  });

  it('targets that name no organisation are returned as they are', () => {
    const single = [row(undefined, 'jobs', 2021, '8900', '10349')];
    expect(selectIndicators(single, { by: 'project' })).toEqual(single);
    expect(indicatorOrgs(single)).toEqual([]);
  });
});
