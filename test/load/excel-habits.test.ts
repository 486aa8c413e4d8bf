import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/formats/input-error.js';
import { parseCsv } from '../../src/formats/csv.js';
import { readWorkbook } from '../../src/formats/xlsx.js';
import { readUsage } from '../../src/load/usage.js';
import type { Finding } from '../../src/model/finding.js';
import type { Dataset } from '../../src/model/dataset.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDirs } from '../helpers/temp-dirs.js';

/**
 * Workbooks as people fill them in Excel, written with exceljs (not by jobs-report): 달성률 typed as `116%`
 * (stored 1.16 in a `0%` cell), 연월 typed as `2021-01` (stored as a date), rows cleared after use (cells
 * left with only their formatting, or a space), and totals as formulas — one never calculated, one whose
 * saved figure is older than its cells. Expected figures are the department's, worked out by hand.
 */
const { fresh } = tempDirs('jr-excel-habits-');

/** 2019–2021 일자리창출 from the 2022 report: 10,349 ÷ 8,900 = 1.1628 → 116 %; 10,814 ÷ 10,500 = 1.0299 → 103 %; 11,521 ÷ 10,800 = 1.0668 → 107 %. */
const TARGETS = [
  [2019, 8900, 10349, 1.16],
  [2020, 10500, 10814, 1.03],
  [2021, 10800, 11521, 1.07],
] as const;
/** 새벽일자리쉼터, January to March 2021: 1,351, 1,433, 2,034 users (sum 4,818). */
const USAGE = [
  [2021, 1, 1351],
  [2021, 2, 1433],
  [2021, 3, 2034],
] as const;

/** A row Excel leaves after its cells are cleared: formatting only (`<c s="…"/>`), or a space typed over a value. */
function clearRow(ws: ExcelJS.Worksheet, row: number, columns: number, space: boolean): void {
  for (let c = 1; c <= columns; c++) {
    const cell = ws.getRow(row).getCell(c);
    cell.numFmt = '#,##0';
    cell.font = { bold: true };
    if (space && c === 1) cell.value = ' ';
  }
}

/** A dataset workbook: 정보, 소요예산 (long layout), 목표실적 with percent 달성률, 이용현황 with date 연월; cleared rows in each. */
async function habitsWorkbook(file: string, opts: { date1904?: boolean; rateFormat?: string; monthFormat?: string } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (opts.date1904) wb.properties.date1904 = true;
  const info = wb.addWorksheet('정보');
  info.addRows([['항목', '값'], ['기관', '서울특별시 금천구'], ['부서', '일자리창출과'], ['연도', 2022], ['단위', '천원']]);

  const budget = wb.addWorksheet('소요예산');
  budget.addRow(['사업', '사업명', '재원', '연도', '금액']);
  budget.addRow([3, '근로자 보호 및 지원', '시비', 2022, 44380]);
  clearRow(budget, 3, 5, false);
  budget.getRow(4).values = [3, '근로자 보호 및 지원', '구비', 2022, 73520];
  clearRow(budget, 5, 5, true);

  const targets = wb.addWorksheet('목표실적');
  targets.addRow(['지표', '지표명', '단위', '연도', '목표', '실적', '달성률']);
  let r = 2;
  for (const [year, target, result, rate] of TARGETS) {
    targets.getRow(r).values = ['job-creation', '일자리창출', '개', year, target, result, rate];
    targets.getCell(r, 7).numFmt = opts.rateFormat ?? '0%';
    r++;
    if (year === 2019) clearRow(targets, r++, 7, false);
  }
  clearRow(targets, r, 7, true);

  const usage = wb.addWorksheet('이용현황');
  usage.addRow(['시설', '연월', '이용자수', '일평균']);
  r = 2;
  for (const [year, month, users] of USAGE) {
    usage.getRow(r).values = ['새벽일자리쉼터', new Date(Date.UTC(year, month - 1, 1)), users];
    usage.getCell(r, 2).numFmt = opts.monthFormat ?? 'yyyy-mm';
    r++;
    if (month === 2) clearRow(usage, r++, 4, true);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

const ratesOf = (d: Dataset): string[] => d.indicators.map((i) => `${i.year}|${i.statedRate?.value.toFixed() ?? ''}`);
const monthsOf = (d: Dataset): string[] => d.usage.flatMap((u) => u.months.map((m) => `${u.facility}|${m.year}-${m.month}|${m.users.value.toFixed()}`));
const budgetOf = (d: Dataset): string[] => d.budget.toArray().map((l) => `${l.project}|${l.source}|${l.year}|${l.amount.toFixed()}`);

const EXPECTED_RATES = ['2019|116', '2020|103', '2021|107'];
const EXPECTED_MONTHS = ['새벽일자리쉼터|2021-1|1351', '새벽일자리쉼터|2021-2|1433', '새벽일자리쉼터|2021-3|2034'];
const EXPECTED_BUDGET = ['3|시비|2022|44380', '3|구비|2022|73520'];

/** The habits workbook's figures and what validate says of it: no error, no warning, and the rates checked. */
async function expectHabitsRead(file: string): Promise<void> {
  const { dataset, warnings } = await loadDataset(file);
  expect(warnings).toEqual([]);
  expect(ratesOf(dataset)).toEqual(EXPECTED_RATES);
  expect(monthsOf(dataset)).toEqual(EXPECTED_MONTHS);
  expect(budgetOf(dataset)).toEqual(EXPECTED_BUDGET);
  const v = await runCli(['validate', file, '--format', 'json']);
  const out = JSON.parse(v.stdout) as { findings: { code: string }[]; checks: { rule: string; ok: boolean }[] };
  expect(out.findings.map((f) => f.code)).toEqual([]);
  expect(v.code).toBe(0);
}

describe('a workbook as people fill it in Excel', () => {
  it('달성률 typed as 116% (1.16 in a 0% cell) is 116, 연월 typed as 2021-01 (a date cell) is that month, cleared rows are blank', async () => {
    await expectHabitsRead(await habitsWorkbook(join(fresh(), 'habits.xlsx')));
  });

  it('the same in the 1904 date system, with 0.0% rates and mmm-yy months', async () => {
    await expectHabitsRead(await habitsWorkbook(join(fresh(), 'habits-1904.xlsx'), { date1904: true, rateFormat: '0.0%', monthFormat: 'mmm-yy' }));
  });

  it('a 달성률 in a 0% cell that disagrees with its figures is still found, as the percentage shown', async () => {
    const file = await habitsWorkbook(join(fresh(), 'wrong-rate.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // 2020: 10,814 ÷ 10,500 = 103 %, typed 130 %.
    wb.getWorksheet('목표실적')!.getCell('G4').value = 1.3;
    await wb.xlsx.writeFile(file);
    const v = await runCli(['validate', file, '--format', 'json']);
    const out = JSON.parse(v.stdout) as { findings: { code: string; sheet: string; cell: string; expected: string; actual: string }[] };
    expect(out.findings.map((f) => [f.code, f.sheet, f.cell, f.expected, f.actual])).toEqual([['achievement-rate', '목표실적', 'G4', '103', '130']]);
    expect(v.code).toBe(1);
  });

  it('a 달성률 that is a formula (=F2/E2 in a 0% cell, saved with 15 digits) is held to its own precision: right, and wrong when its figures are', async () => {
    const file = await habitsWorkbook(join(fresh(), 'formula-rate.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('목표실적')!;
    // 2019: 10,349 ÷ 8,900 = 1.16280898876404… (Excel's 15 digits); 2021: the formula over a 실적 typed 11,251
    // instead of 11,521 gives 11,251 ÷ 10,800 = 1.04175925925926, which is not the 107 % the other cells give.
    ws.getCell('G2').value = { formula: 'F2/E2', result: 1.16280898876404 };
    ws.getCell('G5').value = { formula: 'F5/E5', result: 1.04175925925926 };
    await wb.xlsx.writeFile(file);
    const v = await runCli(['validate', file, '--format', 'json']);
    const out = JSON.parse(v.stdout) as { findings: { code: string; cell: string; expected: string; actual: string }[] };
    // G5 states 104.175925925926 % against 11,521 ÷ 10,800 × 100 = 106.67 → 107 (반올림).
    expect(out.findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([['achievement-rate', 'G5', '107', '104.175925925926']]);
  });

  it('a date on another day than the 1st in 연월 is a day, not a month: an error at its cell', async () => {
    const file = await habitsWorkbook(join(fresh(), 'day.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('이용현황')!.getCell('B3').value = new Date(Date.UTC(2021, 2, 22));
    await wb.xlsx.writeFile(file);
    const e = await loadDataset(file).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).findings.map((f) => [f.code, f.sheet, f.cell, f.actual])).toEqual([['bad-number', '이용현황', 'B3', '2021-03-22']]);
  });
});

/** A printed-layout 소요예산 whose 계 row is =SUM over the source rows: `result` the saved figure (none: never calculated). */
async function formulaWorkbook(file: string, result: number | undefined): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('소요예산');
  ws.addRow(['재원별', '2021년', '2022년']);
  ws.addRow(['계', 78050, result === undefined ? { formula: 'SUM(C3:C4)' } : { formula: 'SUM(C3:C4)', result }]);
  ws.addRow(['시비', 52458, 44380]);
  ws.addRow(['구비', 25592, 73520]);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('formula cells: read through their saved figure, and never a silent number when that figure is missing or stale', () => {
  it('a formula with its figure (44,380 + 73,520 = 117,900) reads as that figure, without a word', async () => {
    const file = await formulaWorkbook(join(fresh(), 'current.xlsx'), 117900);
    const { warnings, dataset } = await loadDataset(file, 'budget');
    expect(warnings).toEqual([]);
    expect(dataset.budget.toArray().filter((l) => l.year === 2022).map((l) => `${l.source}|${l.amount.toFixed()}`)).toEqual(['시비|44380', '구비|73520']);
  });

  it('a formula never calculated (no saved figure) is an error naming the file, sheet, cell and formula', async () => {
    const file = await formulaWorkbook(join(fresh(), 'uncalculated.xlsx'), undefined);
    const e = await loadDataset(file, 'budget').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).findings.map((f) => [f.code, f.file, f.sheet, f.cell, f.params['formula']])).toEqual([['xlsx-formula-no-value', 'uncalculated.xlsx', '소요예산', 'C2', '=SUM(C3:C4)']]);
    const run = await runCli(['budget', '2022', '--data', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('uncalculated.xlsx 소요예산!C2');
    expect(run.stderr).toContain('=SUM(C3:C4)');
  });

  it('a saved figure its formula no longer gives (120,000 where C3 + C4 = 117,900) is a warning with both figures', async () => {
    const file = await formulaWorkbook(join(fresh(), 'stale.xlsx'), 120000);
    const { warnings } = await loadDataset(file, 'budget');
    expect(warnings.filter((w) => w.code === 'stale-formula').map((w) => [w.sheet, w.cell, w.params['formula'], w.params['cached'], w.expected, w.actual])).toEqual([['소요예산', 'C2', '=SUM(C3:C4)', '120000', '117900', '120000']]);
    const strict = await runCli(['validate', file, '--strict']);
    expect(strict.code).not.toBe(0);
  });

  it('the same in a long-layout 소요예산, which is streamed and never held: its 계 row 120,000 where E2 + E3 = 117,900', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('소요예산');
    ws.addRow(['사업', '사업명', '재원', '연도', '금액']);
    ws.addRow([3, '근로자 보호 및 지원', '시비', 2022, 44380]);
    ws.addRow([3, '근로자 보호 및 지원', '구비', 2022, 73520]);
    ws.addRow([3, '근로자 보호 및 지원', '계', 2022, { formula: 'SUM(E2:E3)', result: 120000 }]);
    ws.addRow([3, '근로자 보호 및 지원', '계', 2021, { formula: 'E6+E7', result: 78050 }]);
    ws.addRow([3, '근로자 보호 및 지원', '시비', 2021, 52458]);
    ws.addRow([3, '근로자 보호 및 지원', '구비', 2021, 25592]);
    const file = join(fresh(), 'long-stale.xlsx');
    await wb.xlsx.writeFile(file);
    const { warnings } = await loadDataset(file, 'budget');
    // 2021: 52,458 + 25,592 = 78,050, current (its cells lie below it: the second scan finds them).
    expect(warnings.filter((w) => w.code === 'stale-formula').map((w) => [w.sheet, w.cell, w.params['formula'], w.expected, w.actual])).toEqual([['소요예산', 'E4', '=SUM(E2:E3)', '117900', '120000']]);
  });

  it('a formula over percent cells is computed with their numbers, not the percentages they show', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('보조율');
    ws.addRow(['구분', '비율']);
    ws.addRow(['시', 0.7]);
    ws.addRow(['구', 0.3]);
    ws.addRow(['계', { formula: 'B2+B3', result: 1 }]);
    ws.addRow(['합', { formula: 'SUM(B2:B3)', result: 1 }]);
    for (const c of ['B2', 'B3', 'B4']) ws.getCell(c).numFmt = '0%';
    const file = join(fresh(), 'shares.xlsx');
    await wb.xlsx.writeFile(file);
    const { tables, warnings } = await readWorkbook(file, 'shares.xlsx');
    expect(warnings).toEqual([]);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([['구분', '비율'], ['시', '70%'], ['구', '30%'], ['계', '100%'], ['합', '1']]);
  });
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (soffice === '') console.warn('excel-habits: the LibreOffice re-save is skipped because LibreOffice (soffice) is not installed');

describe.skipIf(soffice === '')('the habits workbook re-saved by LibreOffice', () => {
  it('reads the same: 116/103/107 %, January–March 2021, cleared rows blank', async () => {
    const dir = fresh();
    const file = await habitsWorkbook(join(dir, 'habits.xlsx'));
    mkdirSync(join(dir, 'profile'));
    mkdirSync(join(dir, 'out'));
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), file], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    await expectHabitsRead(join(dir, 'out', 'habits.xlsx'));
  }, 240_000);
});

describe('a CSV Excel saved from such a sheet: months as its cells showed them', () => {
  it('연월 as Jan-21, 2021.2 and 2021-03-01 are January to March 2021; a cleared row is blank', async () => {
    const dir = fresh([['usage.csv', '시설,연월,이용자수,일평균\n새벽일자리쉼터,Jan-21,"1,351",\n,,,\n새벽일자리쉼터,2021.2,"1,433",\n새벽일자리쉼터,2021-03-01,"2,034",\n']]);
    const problems: Finding[] = [];
    const usage = readUsage(parseCsv(readFileSync(join(dir, 'usage.csv'), 'utf8'), 'usage.csv'), problems);
    expect(problems).toEqual([]);
    expect(usage.flatMap((u) => u.months.map((m) => `${u.facility}|${m.year}-${m.month}|${m.users.value.toFixed()}`))).toEqual(EXPECTED_MONTHS);
  });
});
