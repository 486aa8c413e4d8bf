import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { PARTS } from '../../src/load/dataset-parts.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'jobs-report-template-'));
const path = (name: string) => join(dir, name);

/** The commands the CLI registers now (validate is being written alongside this test). */
let commands: string[] = [];
beforeAll(async () => {
  const help = (await runCli(['--help'])).stdout;
  commands = [...help.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]!);
});

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's rows as text, from row 1 (the header). */
function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

/** Empties every example row, as a colleague would before typing their own (blank rows are skipped). */
function clearExamples(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible' || ws.name === '설명') continue;
    ws.eachRow((row, n) => n > 1 && row.eachCell((cell) => (cell.value = null)));
  }
}

/**
 * What a colleague types in: projects 2 and 5 of the 2022 report (budgets.csv rows 4–5 and 12–13, 2021
 * of project 5 printed blank, typed 0 here), with project 2's headline as printed, 1,558,400 (the table
 * says 1,588,400: the document's own slip, which validate must find).
 */
const FILLED = {
  projects: [['2', '금천일자리주식회사 운영', '계속', '일자리기획팀', '37'], ['5', '청년 일자리 사업', '계속', '공공일자리팀', '']],
  budget: new Map([
    ['2', [962630, 1588400, 1636052, 1685134]],
    ['5', [0, 894869, 903818, 912856]],
  ]),
  headlines: [['2', 2022, 1558400]],
};
const YEARS = [2021, 2022, 2023, 2024];

describe('jobs-report template (xlsx)', () => {
  const file = path('입력양식.xlsx');

  test('writes the workbook: instructions first, a sheet per input table, the lists hidden', async () => {
    const r = await runCli(['template', '-o', file, '--year', '2022']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${file}: 입력양식을 썼습니다 (입력 표 16개).\n`);
    const wb = await readBook(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('설명');
    expect(names).toEqual(expect.arrayContaining(Object.values(PARTS).map((p) => p.sheet)));
    expect(wb.getWorksheet('목록')!.state).toBe('hidden');
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name).at(-1)).toBe('예시표');
  });

  test('headers as the loaders read them, number formats, widths', async () => {
    const wb = await readBook(file);
    expect(rows(wb.getWorksheet('소요예산')!)[0]).toEqual(['사업', '사업명', '재원', '연도', '금액']);
    expect(rows(wb.getWorksheet('세부예산')!)[0]).toEqual(['사업', '구분', '세부사업', '금액', '재원', '국비', '시비', '구비', '보조율', '원문', '연도']);
    expect(rows(wb.getWorksheet('대상별 목표')!)[0]).toEqual(['대상', '주요내용', '2022년 일자리창출', '비고']);
    const budget = wb.getWorksheet('소요예산')!;
    expect(budget.getColumn(5).numFmt).toBe('#,##0;"△"#,##0;"-"');
    expect(budget.getCell('E2').value).toBe(52458); // an example amount is a number, shown with separators
    expect(budget.getColumn(1).numFmt).toBe('@'); // 사업 stays text as typed
    expect(budget.getColumn(2).width).toBeGreaterThanOrEqual(24);
    expect(wb.getWorksheet('세부예산')!.getColumn(9).numFmt).toBe('0.00%');
    expect(wb.getWorksheet('목표실적')!.getColumn(7).numFmt).toBe('@'); // 107% stays the printed text
  });

  test('dropdowns: 재원 국비/시비/구비 and 연도 from the hidden list sheet', async () => {
    const wb = await readBook(file);
    for (const row of [2, 500, 1000]) {
      expect(wb.getWorksheet('소요예산')!.getCell(`C${row}`).dataValidation.type).toBe('list');
      expect(listOf(wb, '소요예산', `C${row}`)).toEqual(['국비', '시비', '구비']);
      expect(listOf(wb, '소요예산', `D${row}`)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027']);
    }
    expect(listOf(wb, '정보', 'B5')).toEqual(['원', '천원', '백만원']);
  });

  test('the instructions sheet, in Korean', async () => {
    const text = rows((await readBook(file)).getWorksheet('설명')!).flat().join('\n');
    expect(text).toContain('jobs-report 입력양식 (2022년) 사용법');
    expect(text).toContain('회색 기울임꼴 행은');
    expect(text).toContain('jobs-report validate --data 입력양식.xlsx');
  });

  test('an untouched template loads: its example rows are one consistent project', async () => {
    const r = await runCli(['budget', '2022', '--data', file, '--format', 'json']);
    expect(r.code).toBe(0);
    // Project 3 of the 2022 report: 시 44,380 + 구 73,520 = 117,900.
    expect(JSON.parse(r.stdout).total).toMatchObject({ amount: '117900', bySource: { 국비: '0', 시비: '44380', 구비: '73520' } });
    if (!commands.includes('validate')) return;
    // The examples agree with each other: headline, 사업개요, 10% growth of 시비, 107%, 12 = 4 + 4 + 4, the cross-reference.
    const v = await runCli(['validate', '--data', file, '--format', 'json']);
    expect(v.code).toBe(0);
    const codes = new Set((JSON.parse(v.stdout).checks as { code: string }[]).map((c) => c.code));
    expect([...codes]).toEqual(expect.arrayContaining(['headline-mismatch', 'components-sum', 'projection-differs', 'achievement-rate', 'table-rule', 'crossref-differs']));
  });

  test('filled in programmatically, it loads without any change: budget, then validate', async () => {
    const wb = await readBook(file);
    clearExamples(wb);
    for (const p of FILLED.projects) wb.getWorksheet('사업목록')!.addRow(p);
    for (const [project, amounts] of FILLED.budget) {
      amounts.forEach((amount, i) => wb.getWorksheet('소요예산')!.addRow([project, '', '구비', YEARS[i], amount]));
    }
    for (const h of FILLED.headlines) wb.getWorksheet('소요예산 제목')!.addRow(h);
    wb.getWorksheet('정보')!.addRows([['연도', 2022], ['단위', '천원']]);
    const filled = path('filled.xlsx');
    await wb.xlsx.writeFile(filled);

    const r = await runCli(['budget', '2022', '--data', filled, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const total = JSON.parse(r.stdout).total;
    // 2022: 1,588,400 + 894,869 = 2,483,269; previous year 962,630 + 0 = 962,630.
    expect(total.amount).toBe('2483269');
    expect(total.previous.amount).toBe('962630');
    // 2023: 1,636,052 + 903,818 = 2,539,870; 2024: 1,685,134 + 912,856 = 2,597,990.
    expect(total.years['2023'].amount).toBe('2539870');
    expect(total.years['2024'].amount).toBe('2597990');

    if (!commands.includes('validate')) return;
    const v = await runCli(['validate', '--data', filled]);
    // The headline 1,558,400 against the table's 1,588,400: a difference of 30,000.
    expect(v.stdout + v.stderr).toContain('1,558,400');
    expect(v.code).toBe(1);
  });

  test('--layout printed: the department\'s table, which loads to the same budget', async () => {
    const printed = path('printed.xlsx');
    expect((await runCli(['template', '-o', printed, '--layout', 'printed', '--year', '2022'])).code).toBe(0);
    const wb = await readBook(printed);
    expect(rows(wb.getWorksheet('소요예산')!)[0]).toEqual(['사업', '재원별', '합계', '2021년', '2022년', '2023년', '2024년']);
    expect(listOf(wb, '소요예산', 'B2')).toEqual(['계', '국비', '시비', '구비']);
    const long = await runCli(['budget', '2022', '--data', file, '--format', 'json']);
    const fromPrinted = await runCli(['budget', '2022', '--data', printed, '--format', 'json']);
    expect(fromPrinted.code).toBe(0);
    expect(fromPrinted.stdout).toBe(long.stdout);
  });

  test('an existing file is kept without --force (exit 3), replaced with it', async () => {
    const before = readFileSync(file);
    const r = await runCli(['template', '-o', file, '--year', '2023']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('파일이 이미 있습니다');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await runCli(['template', '-o', file, '--year', '2023', '--force'])).code).toBe(0);
    expect(rows((await readBook(file)).getWorksheet('대상별 목표')!)[0]).toContain('2023년 일자리창출');
  });

  test('--lang en: the instructions in English, the headers still as the loaders read them', async () => {
    const en = path('en.xlsx');
    expect((await runCli(['--lang', 'en', 'template', '-o', en, '--year', '2022'])).code).toBe(0);
    const wb = await readBook(en);
    expect(wb.worksheets[0]!.name).toBe('Instructions');
    expect(rows(wb.worksheets[0]!).flat().join('\n')).toContain('The grey italic rows are examples');
    expect(rows(wb.getWorksheet('소요예산')!)[0]).toEqual(['사업', '사업명', '재원', '연도', '금액']);
  });
});

/** The values a cell's dropdown offers, read from the hidden sheet its formula names. */
function listOf(wb: ExcelJS.Workbook, sheet: string, cell: string): unknown[] {
  const formula = wb.getWorksheet(sheet)!.getCell(cell).dataValidation.formulae[0] as string;
  const m = /^'목록'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula)!;
  const lists = wb.getWorksheet('목록')!;
  return Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => lists.getCell(`${m[1]}${Number(m[2]) + i}`).value);
}

describe('jobs-report template --format csv', () => {
  const folder = path('양식');

  test('one CSV per input table, UTF-8 with a BOM, and the instructions', async () => {
    const r = await runCli(['template', '-o', folder, '--format', 'csv', '--year', '2022']);
    expect(r.code).toBe(0);
    // One confirmation line for every file written (the example table sits in tables/), then the folder's.
    const written = r.stderr.split('\n').filter((l) => l.endsWith(': 저장했습니다.')).map((l) => l.slice(folder.length + 1, -': 저장했습니다.'.length));
    expect(written.sort()).toEqual([...Object.values(PARTS).map((p) => p.file), '설명.txt', join('tables', 'example.csv')].sort());
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`${folder}: 입력양식을 썼습니다 (입력 표 16개).`);
    const files = readdirSync(folder).sort();
    expect(files).toEqual(expect.arrayContaining([...Object.values(PARTS).map((p) => p.file), '설명.txt', 'tables']));
    for (const f of files.filter((f) => !statSync(join(folder, f)).isDirectory())) {
      expect(readFileSync(join(folder, f)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), f).toBe(true);
    }
    expect(readFileSync(join(folder, 'budgets.csv'), 'utf8')).toBe(
      '\uFEFF사업,사업명,재원,연도,금액\r\n' +
        '3,근로자 보호 및 지원,시비,2021,"52,458"\r\n3,근로자 보호 및 지원,시비,2022,"44,380"\r\n3,근로자 보호 및 지원,시비,2023,"48,818"\r\n3,근로자 보호 및 지원,시비,2024,"53,700"\r\n' +
        '3,근로자 보호 및 지원,구비,2021,"25,592"\r\n3,근로자 보호 및 지원,구비,2022,"73,520"\r\n3,근로자 보호 및 지원,구비,2023,"25,422"\r\n3,근로자 보호 및 지원,구비,2024,"27,514"\r\n',
    );
    expect(readFileSync(join(folder, 'tables.csv'), 'utf8')).toContain('tables/example.csv,일자리창출과 인력,명,,A2=SUM(B2:D2)');
    const readme = readFileSync(join(folder, '설명.txt'), 'utf8');
    expect(readme).toContain('머리글 아래 행은 2022년 금천구 주요업무보고에서 가져온 예시입니다.');
    expect(readme).toContain('jobs-report budget --data 양식');
  });

  test('the folder loads as a dataset, to the same budget as the workbook', async () => {
    const fromCsv = await runCli(['budget', '2022', '--data', folder, '--format', 'json']);
    expect(fromCsv.code).toBe(0);
    const xlsx = path('same.xlsx');
    await runCli(['template', '-o', xlsx, '--year', '2022']);
    expect(fromCsv.stdout).toBe((await runCli(['budget', '2022', '--data', xlsx, '--format', 'json'])).stdout);
    if (commands.includes('validate')) expect((await runCli(['validate', '--data', folder])).code).toBe(0);
  });

  test('nothing is written when a file is already there, without --force', async () => {
    const again = await runCli(['template', '-o', folder, '--format', 'csv', '--year', '2030']);
    expect(again.code).toBe(3);
    expect(readFileSync(join(folder, 'info.csv'), 'utf8')).toContain('연도,2022');
    expect(existsSync(join(folder, 'info.csv'))).toBe(true);
  });
});
