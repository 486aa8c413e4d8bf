import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';
import { readWorkbookFile } from '../helpers/report-workbook.js';

/**
 * One small dataset per office type (fixtures/offices/<type>/<layout>), each declaring its funding sources
 * in info.csv (기관유형, and for the 군 an explicit 재원 list with 균특). Expected figures are the
 * fixtures' own arithmetic (fixtures/offices/README.md), worked by hand, never what the tool printed.
 */
interface Expected {
  sources: string[];
  /** The 2024 total by source, in 천원. */
  bySource: Record<string, string>;
  amount: string;
  /** 2023's total, and the upper source's share of upper + local (4 places), when the office has both. */
  previous: string;
  cityShare: string | null;
}

const OFFICES: Record<string, Expected> = {
  // 국비 10,000+2,000 … : 2024 국 12,000, 시 7,000, 구 5,000+22,000; 시비 비율 7,000 ÷ 34,000 = 0.20588 → 0.2059.
  district: { sources: ['국비', '시비', '구비'], bySource: { 국비: '12000', 시비: '7000', 구비: '27000' }, amount: '46000', previous: '40000', cityShare: '0.2059' },
  // 2024: 국 120,000+60,000, 도 36,000+25,000, 군 84,000+95,000, 균특 50,000; 도비 비율 61,000 ÷ 240,000 = 0.25417 → 0.2542.
  county: { sources: ['국비', '도비', '군비', '균특'], bySource: { 국비: '180000', 도비: '61000', 군비: '179000', 균특: '50000' }, amount: '470000', previous: '350000', cityShare: '0.2542' },
  // 일반시: 시비 is the local share. 2024: 국 40,000, 도 15,000+6,000, 시 35,000+14,000; 도비 비율 21,000 ÷ 70,000 = 0.3.
  city: { sources: ['국비', '도비', '시비'], bySource: { 국비: '40000', 도비: '21000', 시비: '49000' }, amount: '110000', previous: '100000', cityShare: '0.3000' },
  // 도: 국비 and its own 도비, no local part, so no share. 2024: 국 550,000, 도 450,000+120,000.
  province: { sources: ['국비', '도비'], bySource: { 국비: '550000', 도비: '570000' }, amount: '1120000', previous: '1100000', cityShare: null },
};

describe('funding sources declared by the dataset (fixtures/offices)', () => {
  for (const [office, want] of Object.entries(OFFICES)) {
    for (const layout of ['printed', 'long']) {
      it(`${office} (${layout} layout): budget JSON names the declared sources with their figures`, async () => {
        const r = await runCli(['budget', '--data', fixture(`offices/${office}/${layout}`), '--format', 'json']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const j = JSON.parse(r.stdout);
        expect(j.year).toBe(2024);
        expect(j.sources).toEqual(want.sources);
        expect(j.total.bySource).toEqual(want.bySource);
        expect(Object.keys(j.projects[0].bySource)).toEqual(want.sources);
        expect([j.total.amount, j.total.previous.amount, j.total.cityShare]).toEqual([want.amount, want.previous, want.cityShare]);
      });

      it(`${office} (${layout} layout): validate finds every stated figure in agreement`, async () => {
        const r = await runCli(['validate', '--data', fixture(`offices/${office}/${layout}`), '--format', 'json']);
        expect(r.code).toBe(0);
        const j = JSON.parse(r.stdout);
        expect(j.summary.errors).toBe(0);
        expect(j.summary.warnings).toBe(0);
        expect(j.summary.checks).toBeGreaterThan(0);
      });
    }
  }

  it('a 군: the budget table and CSV name 국비, 도비, 군비, 균특 and the shares 도비 비율, 군비 비율', async () => {
    const table = await runCli(['budget', '--data', fixture('offices/county/printed')]);
    expect(table.code).toBe(0);
    const head = table.stdout.split('\n')[1]!.split(/\s{2,}/);
    expect(head).toEqual(['번호', '사업명', '계', '국비', '도비', '군비', '균특', '도비 비율', '군비 비율', '2023년 계', '증감', '증감률(%)']);
    // 연차별 소요재원: a row per declared source; 균특's 합계 = 0 + 50,000 + 50,000.
    expect(table.stdout).toMatch(/\n균특\s+100,000\s+0\s+50,000\s+50,000\n/);
    const csv = await runCli(['budget', '--data', fixture('offices/county/long'), '--format', 'csv']);
    const lines = csv.stdout.split('\r\n');
    expect(lines[1]).toBe('번호,사업명,계,국비,도비,군비,균특,도비 비율,군비 비율,2023년 계,증감,증감률(%)');
    // Project 1: 290,000 = 120,000 + 36,000 + 84,000 + 50,000; 도비 비율 36,000 ÷ 120,000 = 0.3; 증감 90,000 ÷ 200,000 = 45 %.
    expect(lines[2]).toBe('1,농촌 일자리 지원,290000,120000,36000,84000,50000,0.3000,0.7000,200000,90000,45.0');
    // Project 2: 25,000 ÷ 120,000 = 0.20833 → 0.2083, 군 0.7917; 30,000 ÷ 150,000 = 20 %.
    expect(lines[3]).toBe('2,청년 창업 지원,180000,60000,25000,95000,0,0.2083,0.7917,150000,30000,20.0');
  });

  it('a 도 without a local source prints no share columns', async () => {
    const csv = await runCli(['budget', '--data', fixture('offices/province/printed'), '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[1]).toBe('번호,사업명,계,국비,도비,2023년 계,증감,증감률(%)');
  });

  it('English labels name the declared sources too', async () => {
    const r = await runCli(['--lang', 'en', 'budget', '--data', fixture('offices/city/long'), '--format', 'csv']);
    expect(r.stdout.split('\r\n')[1]).toBe('No.,Project,Total,National,Province,City,Province share,City share,2023 Total,Change,Change (%)');
  });

  it('a 군: validate names 도비 in a disagreeing 합계, and a source the dataset does not declare is refused naming those it does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobs-report-county-'));
    cpSync(fixture('offices/county/printed'), dir, { recursive: true });
    const budgets = join(dir, 'budgets.csv');
    const printed = readFileSync(budgets, 'utf8');
    writeFileSync(budgets, printed.replace(',,도,"105,000"', ',,도,"105,500"'));
    const bad = await runCli(['validate', '--data', dir]);
    expect(bad.code).toBe(1);
    // 도's 합계 on row 4, column D: 30,000 + 36,000 + 39,000 = 105,000, not 105,500.
    expect(bad.stdout).toContain('budgets.csv D4: 사업 1 도비의 합계 105,500이 연도별 합 105,000과 다릅니다 (차이 △500).');

    // A component's 도비 one above 240,000 × 15 % = 36,000 (절사): the split rule and the sums name 도비.
    writeFileSync(budgets, printed);
    const components = join(dir, 'components.csv');
    writeFileSync(components, readFileSync(components, 'utf8').replace('"36,000","84,000",,15%', '"36,001","84,000",,15%'));
    const split = await runCli(['validate', '--data', dir]);
    expect(split.stdout).toContain('components.csv G2: 「농가 일손 돕기」 도비 36,001이 보조율 15%의 절사 값 36,000과 다릅니다 (차이 △1).');
    expect(split.stdout).toContain('budgets.csv F4: 사업 1 2024년 도비 36,000이 세부예산(세부)의 합 36,001과 다릅니다 (차이 1).');

    writeFileSync(budgets, printed.replace(',,군,"275,000"', ',,구비,"275,000"'));
    const refused = await runCli(['budget', '--data', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('budgets.csv C10: 재원 "구비"를 알 수 없습니다. 국비, 도비, 군비, 균특 중 하나여야 합니다.');
  });

  it('a 군: the report workbook names the declared sources on 요약 and on each project sheet', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jobs-report-county-')), 'report.xlsx');
    const r = await runCli(['report', '--data', fixture('offices/county/printed'), '-o', file]);
    expect(r.code).toBe(0);
    const wb = await readWorkbookFile(file);
    const summary = wb.getWorksheet('요약')!;
    const heads = (summary.getRow(2).values as unknown[]).slice(1);
    expect(heads).toEqual(['번호', '사업명', '계', '국비', '도비', '군비', '균특', '도비 비율', '군비 비율', '2023년 계', '증감', '증감률(%)']);
    // The 도비 비율 of project 1 is a formula over its own 도비 (E) and 군비 (F) cells: 36,000 ÷ 120,000.
    const share = summary.getCell('H3').value as { formula: string; result: number };
    expect(share.formula).toBe('IF(E3+F3=0,"",E3/(E3+F3))');
    expect(share.result).toBe(0.3);
    // 전년 계 and 증감 follow the shares: J and K; the 합계 row's 균특 is the sum of G.
    expect((summary.getCell('K3').value as { formula: string }).formula).toBe('C3-J3');
    expect((summary.getCell('G5').value as { formula: string }).formula).toBe('SUM(G3:G4)');
    const project = wb.getWorksheet('1 농촌 일자리 지원')!;
    const labels = [6, 7, 8, 9].map((r) => project.getCell(r, 1).value);
    expect(labels).toEqual(['국비', '도비', '군비', '균특']);
    // The components table: a column per declared source, then 보조율.
    const text = project.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(text).toEqual(expect.arrayContaining(['세부사업', '금액', '국비', '도비', '군비', '균특', '보조율']));
  });

  it('a report read back as data keeps the declared sources; the report of a 도 has no share columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobs-report-offices-'));
    for (const office of ['county', 'province']) {
      const file = join(dir, `${office}.xlsx`);
      expect((await runCli(['report', '--data', fixture(`offices/${office}/long`), '-o', file])).code).toBe(0);
      const back = JSON.parse((await runCli(['budget', '--data', file, '--format', 'json'])).stdout);
      expect([back.sources, back.total.bySource]).toEqual([OFFICES[office]!.sources, OFFICES[office]!.bySource]);
    }
    const heads = ((await readWorkbookFile(join(dir, 'province.xlsx'))).getWorksheet('요약')!.getRow(2).values as unknown[]).slice(1);
    expect(heads).toEqual(['번호', '사업명', '계', '국비', '도비', '2023년 계', '증감', '증감률(%)']);
  });

  it('split takes the two parts’ names: --upper 도비 --local 군비 (도 and 군 as the vocabulary spells them)', async () => {
    const r = await runCli(['split', '179598', '--city', '66.25%', '--upper', '도', '--local', '군비']);
    expect(r.code).toBe(0);
    // 179,598 × 66.25% = 118,983.675 → 118,983 (절사); 군비 = 179,598 − 118,983 = 60,615.
    expect(r.stdout).toContain('규칙: 도비 = 179,598 × 66.25% = 118,983.675 → 천원 미만 절사 118,983, 군비 = 총액 − 도비 = 60,615');
    const json = JSON.parse((await runCli(['split', '179598', '--city', '66.25%', '--upper', '도', '--local', '군비', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ city: '118983', district: '60615', upper: '도비', local: '군비' });
  });

  it('split refuses a blank part name and one source as both parts, naming the option', async () => {
    const same = await runCli(['split', '1000', '--city', '70%', '--upper', '도비', '--local', '도']);
    expect([same.code, same.stdout]).toEqual([2, '']);
    expect(same.stderr).toContain('--local "도"를 읽을 수 없습니다. 적을 수 있는 값: --upper와 다른 재원 이름');
    const blank = await runCli(['split', '1000', '--city', '70%', '--upper', ' ', '--local', '군비']);
    expect([blank.code, blank.stdout]).toEqual([2, '']);
    expect(blank.stderr).toContain('--upper " "을 읽을 수 없습니다. 적을 수 있는 값: 재원 이름');
  });
});
