import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** A folder with a long-layout budget whose amount and year columns have the office's own names. */
function officeData(columnNames?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-report-map-'));
  // 예산 here is a note column: the explicit mapping must win over the synonym.
  writeFileSync(join(dir, 'budgets.csv'), '사업,사업명,재원,예산연도,요구액,예산\n1,청년,시비,2022,"1,000",본예산\n1,청년,구비,2022,500,본예산\n');
  if (columnNames !== undefined) writeFileSync(join(dir, 'column-names.csv'), columnNames);
  return dir;
}

describe('--header-map and the dataset\'s 열이름', () => {
  it('reads the columns --header-map names: 1,000 + 500 = 1,500', async () => {
    const dir = officeData();
    expect((await runCli(['budget', '2022', '--data', dir])).code).toBe(2);
    const r = await runCli(['budget', '2022', '--data', dir, '--header-map', '금액=요구액,연도=예산연도', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toMatchObject({ amount: '1500', bySource: { 시비: '1000', 구비: '500' } });
  });

  it('reads the same from column-names.csv, and --header-map over it', async () => {
    const dir = officeData('열,머리글\n금액,요구액\n연도,예산연도\n');
    const r = await runCli(['budget', '2022', '--data', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total.amount).toBe('1500');
    // --header-map 금액=예산 points the amount at the note column instead: its 본예산 is no amount.
    const over = await runCli(['budget', '2022', '--data', dir, '--header-map', '금액=예산']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('budgets.csv F2');
  });

  it('refuses a pair it cannot use, naming it', async () => {
    const r = await runCli(['budget', '--data', officeData(), '--header-map', '금액=요구액,비고=메모']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--header-map: "비고=메모"의 열을 알 수 없습니다. 열은 기관, 사업, 사업명, 재원, 연도, 금액 중 하나여야 합니다.');
    const bad = await runCli(['budget', '--data', officeData('열,머리글\n금액,요구액\n금액,예산\n')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('column-names.csv A3: "금액=예산"은 이미 대응시킨 열을 다시 대응시킵니다.');
  });

  it('reads a workbook\'s 열이름 sheet for its streamed 소요예산 sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const budget = wb.addWorksheet('소요예산');
    budget.addRows([['사업', '재원', '예산연도', '요구액'], ['1', '국비', 2022, 700], ['1', '시비', 2022, 300]]);
    wb.addWorksheet('열이름').addRows([['열', '머리글'], ['금액', '요구액'], ['연도', '예산 연도']]);
    const file = join(mkdtempSync(join(tmpdir(), 'jobs-report-map-')), 'office.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await runCli(['budget', '2022', '--data', file, '--format', 'json']);
    expect(r.code).toBe(0);
    // 700 + 300 = 1,000.
    expect(JSON.parse(r.stdout).total).toMatchObject({ amount: '1000', bySource: { 국비: '700', 시비: '300' } });
  });
});
