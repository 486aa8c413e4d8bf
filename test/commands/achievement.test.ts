import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, BUNDLED_XLSX, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { iconvLite } from '../../src/vendor/lazy-modules.js';

/** A copy of the bundled dataset with one file replaced. */
function datasetWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-report-ach-'));
  cpSync(BUNDLED, dir, { recursive: true });
  writeFileSync(join(dir, file), content);
  // The cross-references point into the bundled tables; a test that rewrites one of them drops them.
  rmSync(join(dir, 'crossrefs.csv'));
  return dir;
}

describe('jobs-report achievement', () => {
  it('prints every table with rates, bars and the breakdowns', async () => {
    const r = await runCli(['achievement']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('--data가 없어 내장 자료(fixtures/geumcheon-2022)를 사용합니다.\n');
    // 116%, 103%, 107% as the document prints them, with a bar past the 100% mark.
    expect(r.stdout).toMatch(/일자리창출\s+2019\s+개\s+8,900\s+10,349\s+116\s+1,449\s+달성\s+#{20}\|###/);
    expect(r.stdout).toMatch(/2021\s+개\s+10,800\s+11,521\s+107\s+721\s+달성 예상\s+2021년 말 예상치/);
    expect(r.stdout).toMatch(/합계\s+10,900/);
    expect(r.stdout).toMatch(/계\s+15,921\s+185\s+86/);
    await expect(r.stdout).toMatchFileSnapshot('../golden/achievement.txt');
  });

  it('says there is nothing to report on data without targets, results or usage, and exits 2', async () => {
    const dir = join(ROOT, 'fixtures/invalid/budget-row-total');
    const r = await runCli(['achievement', '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${dir}: 목표·실적 자료가 없습니다.`);
  });

  it('writes CP949 CSV: every label it writes is in CP949 (the usage title\'s 평일 - 공휴일)', async () => {
    const r = await runCli(['achievement', '--format', 'csv', '--encoding', 'cp949']);
    expect(r.code).toBe(0);
    expect(iconvLite().decode(r.stdoutBytes, 'cp949')).toContain('운영일수 = 평일 - 공휴일');
  });

  it('writes CSV without bars', async () => {
    const r = await runCli(['achievement', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('일자리창출,2019,개,8900,10349,116,1449,달성,,\r\n');
    expect(r.stdout).not.toContain('|=100%');
    await expect(r.stdout).toMatchFileSnapshot('../golden/achievement.csv');
  });

  it('writes the documented JSON', async () => {
    const r = await runCli(['achievement', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.indicators[0]).toEqual({
      id: 'job-creation', name: '일자리창출', unit: '개', year: 2019, target: '8900', result: '10349',
      rate: '116', rateExact: '116.280899', difference: '1449', status: '달성', resultKind: 'final', note: null, remark: null,
    });
    expect(j.indicators[2]).toMatchObject({ year: 2021, rate: '107', status: '달성 예상', note: '2021년 말 예상치' });
    expect(j.warnings.map((w: { id: string }) => w.id)).toEqual(['jobseekers', 'job-openings', 'counselling', 'referrals', 'employed']);
    expect(j.breakdowns[0]).toMatchObject({ kind: 'target-groups', year: 2022, total: '10900', statedTotal: '10900' });
    expect(j.usage[0]).toEqual({ name: '새벽일자리쉼터', month: '2021-01', users: '1351', operatingDays: 20, dailyAverage: '68', dailyAverageExact: '67.550000' });
    expect(j.usageTotals[0]).toMatchObject({ users: '15921', operatingDays: 185, dailyAverage: '86', from: '2021-01', to: '2021-09' });
    await expect(r.stdout).toMatchFileSnapshot('../golden/achievement.json');
  });

  it('one year: only its figures', async () => {
    const r = await runCli(['achievement', '2022', '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(j.year).toBe(2022);
    expect(j.indicators.every((i: { year: number }) => i.year === 2022)).toBe(true);
    expect(j.usage).toEqual([]);
    expect(j.breakdowns.map((b: { kind: string }) => b.kind)).toEqual(['target-groups']);
  });

  it('--decimals overrides the dataset rule', async () => {
    const r = await runCli(['achievement', '2019', '--format', 'json', '--decimals', '1']);
    // 116.2808… → 116.3
    expect(JSON.parse(r.stdout).indicators[0].rate).toBe('116.3');
  });

  it('a year the data lacks is a usage error naming the years it has', async () => {
    const r = await runCli(['achievement', '2018']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2018년 자료가 없습니다. 자료에 있는 연도: 2019, 2020, 2021, 2022');
  });

  it('usage in a year without holiday data: a clear error, exit 2', async () => {
    const dir = datasetWith('usage.csv', '시설,연월,이용자수,일평균\n새벽일자리쉼터,2030-01,"1,351",\n');
    const r = await runCli(['achievement', '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2030년 공휴일 자료가 없습니다');
    expect(r.stderr).not.toMatch(/at .*\.ts/);
  });

  it('a bad count names the file and cell', async () => {
    const dir = datasetWith('targets.csv', '지표,지표명,단위,연도,목표,실적,달성률,기준,비고\njob-creation,일자리창출,개,2019,"8,9OO","10,349",116%,,\n');
    const r = await runCli(['achievement', '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets.csv E2');
    expect(r.stderr).toContain('8,9OO');
  });

  it('xlsx is written to -o, and an existing file is refused without --force', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'jobs-report-ach-')), 'a.xlsx');
    expect((await runCli(['achievement', '-f', 'xlsx', '-o', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect((await runCli(['achievement', '-f', 'xlsx', '-o', out])).code).toBe(3);
    expect((await runCli(['achievement', '-f', 'xlsx', '-o', out, '--force'])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('jobs-report achievement from the workbook', () => {
  it('gives the same JSON as the CSV folder', async () => {
    const fromCsv = await runCli(['achievement', '--format', 'json']);
    const fromXlsx = await runCli(['achievement', '--format', 'json', '--data', BUNDLED_XLSX]);
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
  });
});
