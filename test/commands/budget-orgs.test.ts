import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

// fixtures/orgs/budgets.csv, 2022 (관악구's blank 구비 is left out):
//   금천구: 청년 시 120 + 구 60 = 180; 어르신 구 30            → 210
//   관악구: 청년 국 10 + 시 70 = 80                              → 80
//   해운대구: 어르신 구 44                                        → 44
// Total 334 = 국 10 + 시 190 + 구 134. 2021: 금천구 150, 해운대구 40 → 190.
const data = fixture('orgs/budgets.csv');
const json = async (...args: string[]) => {
  const r = await runCli(['budget', '2022', '--data', data, '--format', 'json', ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('budget across organisations', () => {
  it('adds projects of the same number across organisations, and says what it left out', async () => {
    const r = await runCli(['budget', '2022', '--data', data, '--format', 'json']);
    expect(r.stderr).toBe('budgets.csv F9 등 금액이 빈 행 1개는 합계에 넣지 않았습니다(빈칸은 0이 아닙니다).\n');
    const j = JSON.parse(r.stdout);
    expect(j.projects.map((p: { id: string; amount: string }) => [p.id, p.amount])).toEqual([
      ['1', '260'], // 180 + 80
      ['2', '74'], // 30 + 44
    ]);
    expect(j.total).toMatchObject({ amount: '334', bySource: { 국비: '10', 시비: '190', 구비: '134' } });
    expect(j.total.previous.amount).toBe('190');
  });

  it('groups by organisation', async () => {
    const j = await json('--by', 'org');
    expect(j.orgs.map((o: { name: string; amount: string }) => [o.name, o.amount])).toEqual([
      ['서울특별시 금천구', '210'],
      ['서울특별시 관악구', '80'],
      ['부산광역시 해운대구', '44'],
    ]);
    expect(j.total.amount).toBe('334');
  });

  it('filters organisations, and totals only what is kept', async () => {
    const j = await json('--org', '서울특별시 금천구', '--org', '부산광역시 해운대구');
    // 210 + 44 = 254; 시 120, 구 60 + 30 + 44 = 134
    expect(j.total).toMatchObject({ amount: '254', bySource: { 국비: '0', 시비: '120', 구비: '134' } });
    const p2 = j.projects.find((p: { id: string }) => p.id === '2');
    // 어르신: 2021 40 (해운대구) → 2022 74: 증감 34, 85.0%
    expect([p2.change.amount, p2.changeRate.amount]).toEqual(['34', '85.0']);
  });

  it('refuses an organisation the data does not have, naming some it has', async () => {
    const r = await runCli(['budget', '--data', data, '--org', '서울특별시 종로구']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('기관 "서울특별시 종로구"가 자료에 없습니다. 자료에는 기관 3곳이 있습니다');
  });
});
