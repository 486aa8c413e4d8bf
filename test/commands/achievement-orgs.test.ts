import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

// fixtures/orgs/targets.csv (목표 / 실적):
//                      일자리창출 2021   일자리창출 2022   구직등록 2021
//   서울특별시 금천구     100 / 120        200 / 150        40 / 30
//   서울특별시 관악구      50 /  40        100 / (blank)    20 / 25
//   부산광역시 해운대구    30 /  33        100 /  90        —
// All three: 일자리창출 2021 180 / 193 → 107.22…% → 107 (반올림, the default rule), 차이 13;
//            일자리창출 2022: targets 400 from all three, results 240 from two (관악구 states none): the sums
//            cover different organisations, so no rate and no 차이 (not 60 %, nor −160);
//            구직등록 2021 60 / 55 → 91.66…% → 92, 차이 −5.
const data = fixture('orgs');
const json = async (...args: string[]) => {
  const r = await runCli(['achievement', '--data', data, '--format', 'json', ...args]);
  expect(r.stderr).not.toContain('오류');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
type Row = { org?: string; id: string; year: number; target: string | null; result: string | null; rate: string | null; difference: string | null };
const figures = (j: { indicators: Row[] }) => j.indicators.map((i) => [i.org ?? '', i.id, i.year, i.target, i.result, i.rate, i.difference]);

describe('achievement across organisations', () => {
  it('sums targets and results per indicator and year, and computes the rate from the sums', async () => {
    const j = await json();
    expect(j).toMatchObject({ by: 'project', orgs: null, orgCount: 3 });
    expect(figures(j)).toEqual([
      ['', 'job-creation', 2021, '180', '193', '107', '13'],
      ['', 'job-creation', 2022, '400', '240', null, null],
      ['', 'jobseekers', 2021, '60', '55', '92', '-5'],
    ]);
    expect(j.indicators.map((i: { summed: unknown }) => i.summed)).toEqual([
      { orgs: 3, withoutTarget: 0, withoutResult: 0 },
      { orgs: 3, withoutTarget: 0, withoutResult: 1 },
      { orgs: 2, withoutTarget: 0, withoutResult: 0 },
    ]);
    // 193 ÷ 180 × 100 = 107.222222…
    expect(j.indicators[0].rateExact).toBe('107.222222');
    expect(j.warnings.map((w: { code: string }) => w.code)).toEqual(['uneven-sum']);
  });

  it("rounds the sum's rate by the rule asked for", async () => {
    // 107.22… → 107.2; 91.66… → 91.7 (반올림)
    const j = await json('--decimals', '1');
    expect(j.indicators.map((i: Row) => i.rate)).toEqual(['107.2', null, '91.7']);
  });

  it('filters organisations, and sums only what is kept', async () => {
    const j = await json('--org', '서울특별시 금천구', '--org', '부산광역시 해운대구');
    expect(j.orgs).toEqual(['서울특별시 금천구', '부산광역시 해운대구']);
    // 일자리창출 2021: 100 + 30 = 130 / 120 + 33 = 153 → 117.69…% → 118;
    // 2022: 200 + 100 = 300 / 150 + 90 = 240 → 80%; 구직등록 2021: 금천구 alone, 40 / 30 → 75%.
    expect(figures(j)).toEqual([
      ['', 'job-creation', 2021, '130', '153', '118', '23'],
      ['', 'job-creation', 2022, '300', '240', '80', '-60'],
      ['', 'jobseekers', 2021, '40', '30', '75', '-10'],
    ]);
  });

  it('groups by organisation: one row per organisation, indicator and year, as the data gives them', async () => {
    const j = await json('--by', 'org', '2021');
    // 120 ÷ 100 = 120%; 30 ÷ 40 = 75%; 40 ÷ 50 = 80%; 25 ÷ 20 = 125%; 33 ÷ 30 = 110%
    expect(figures(j)).toEqual([
      ['서울특별시 금천구', 'job-creation', 2021, '100', '120', '120', '20'],
      ['서울특별시 금천구', 'jobseekers', 2021, '40', '30', '75', '-10'],
      ['서울특별시 관악구', 'job-creation', 2021, '50', '40', '80', '-10'],
      ['서울특별시 관악구', 'jobseekers', 2021, '20', '25', '125', '5'],
      ['부산광역시 해운대구', 'job-creation', 2021, '30', '33', '110', '3'],
    ]);
  });

  it('the table says what it covers and what each sum adds', async () => {
    const r = await runCli(['achievement', '2022', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('— 기관 3곳 합계');
    expect(r.stdout).toContain('기관 3곳 합계 (실적 없음 1곳)');
    const byOrg = await runCli(['achievement', '2022', '--data', data, '--by', 'org', '--org', '서울특별시 관악구', '--lang', 'en']);
    expect(byOrg.stdout).toContain('— by organisation: 서울특별시 관악구');
    expect(byOrg.stdout).toMatch(/Organisation\s+Indicator/);
  });

  it('refuses an organisation the targets do not name, naming some they do', async () => {
    const r = await runCli(['achievement', '--data', data, '--org', '서울특별시 종로구']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('기관 "서울특별시 종로구"가 자료에 없습니다. 자료에는 기관 3곳이 있습니다(예: 서울특별시 금천구, 서울특별시 관악구, 부산광역시 해운대구).');
  });

  it('does not read the budget it does not use: a bad amount there stops budget, not achievement', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jr-ach-'));
    cpSync(data, dir, { recursive: true });
    const budgets = join(dir, 'budgets.csv');
    writeFileSync(budgets, readFileSync(budgets, 'utf8').trimEnd() + '\n서울특별시 금천구,1,청년 일자리,국비,2022,12x\n');
    expect((await runCli(['budget', '--data', dir])).code).toBe(2);
    const r = await runCli(['achievement', '2021', '--data', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    // 일자리창출 2021 across the three: 180 / 193, as above.
    const row = (JSON.parse(r.stdout) as { indicators: Row[] }).indicators.find((i) => i.id === 'job-creation' && i.year === 2021)!;
    expect([row.target, row.result, row.rate]).toEqual(['180', '193', '107']);
  });

  it('refuses the same organisation, indicator and year twice, naming both rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jr-ach-'));
    cpSync(data, dir, { recursive: true });
    const targets = join(dir, 'targets.csv');
    const text = readFileSync(targets, 'utf8').trimEnd();
    // Row 2 (금천구 일자리창출 2021) again as the last row, with other figures: which one would count?
    const rows = text.split('\n');
    writeFileSync(targets, `${text}\n서울특별시 금천구,job-creation,일자리창출,개,2021,999,999,100%\n`);
    const r = await runCli(['achievement', '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`targets.csv E${rows.length + 1}: 일자리창출 2021년 목표·실적이 2행에 이미 있습니다.`);
  });
});
