import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixture } from '../helpers/paths.js';
import { readWorkbookFile } from '../helpers/report-workbook.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const { fresh } = tempDirs('jr-book-cli-');
const BOOK = fixture('budget-book/book.csv');

describe('the budget book from the command line', () => {
  test('validate book.csv: recognised without options, every check holds', async () => {
    const r = await runCli(['validate', BOOK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('검사 61건, 오류 0건, 경고 0건');
  });

  test('validate on the copy with planted errors: exit 1, each error at its cell', async () => {
    const r = await runCli(['validate', fixture('budget-book/book-errors.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('book-errors.csv C7: 세부사업 「청년 인턴십 운영」 예산액 16,653이 하위 편성목 예산액의 합 17,003과 다릅니다 (차이 350).');
    expect(r.stdout).toContain('book-errors.csv E26: 통계목 「01 사무관리비」 비교증감 △5가 예산액 950 - 전년도 예산액 1,000 = △50과 다릅니다 (차이 △45).');
    expect(r.stdout).toContain('book-errors.csv F40: 세부사업 「일자리센터 운영」 재원 행의 합 구비 3,060 = 3,060이 예산액(C39) 3,600과 다릅니다 (차이 540).');
    expect(r.stdout).toContain('book-errors.csv C13: 산출근거(F13) 9,000원*6명*80일 = 4,320천원, 올림하면 4,320인데 적힌 금액은 4,860입니다 (차이 △540).');
    expect(r.stdout).toContain('오류 4건');
  });

  test('the 산출근거 rule: declared in info.csv (산출근거 반올림), overridden by --basis-rounding', async () => {
    const dir = fresh([['budgets.csv', readFileSync(BOOK, 'utf8')], ['info.csv', '항목,값\n산출근거 반올림,반올림\n']]);
    const declared = await runCli(['validate', dir, '-f', 'json']);
    expect(declared.code).toBe(1);
    // 57,258,880원 × 11.6% = 6,642.03008천원 → 반올림 6,642; 4,723,200원 → 4,723.2 → 4,723.
    const found = JSON.parse(declared.stdout).findings.map((f: { code: string; cell: string; expected: string }) => [f.code, f.cell, f.expected]);
    expect(found).toEqual([['book-basis', 'C14', '6642'], ['book-basis', 'C36', '4723']]);
    const over = await runCli(['validate', dir, '--basis-rounding', '올림']);
    expect(over.code).toBe(0);
    const bad = await runCli(['validate', dir, '--basis-rounding', '사사오입']);
    expect(bad.code).toBe(2);
  });

  test('budget --data book.csv: per 세부사업 and source for the book year, 전년도 as the year before', async () => {
    const r = await runCli(['budget', '--data', BOOK, '-f', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
    const byName = new Map(rows.map((cells) => [cells[1], cells]));
    // 청년 인턴십 운영: 국 8,326 + 시 4,996 + 구 3,331 = 16,653; 신중년 일자리 지원: 시 5,362 + 구 5,362 = 10,724.
    expect(byName.get('청년 인턴십 운영')?.slice(2, 6)).toEqual(['16653', '8326', '4996', '3331']);
    expect(byName.get('신중년 일자리 지원')?.slice(2, 6)).toEqual(['10724', '0', '5362', '5362']);
    expect(byName.get('일자리센터 운영')?.slice(2, 6)).toEqual(['3600', '0', '0', '3600']);
    const previous = await runCli(['budget', '2023', '--data', BOOK, '-f', 'csv']);
    expect(previous.code).toBe(0);
    // 2023: 8,000 + 4,800 + 3,200 = 16,000.
    expect(previous.stdout).toContain('청년 인턴십 운영,16000,8000,4800,3200');
  });

  test('a 군\'s book (국/도/군 funding rows) in a dataset folder whose info.csv says 기관유형 군: checked, and budget and report in 국비/도비/군비', async () => {
    const county = fixture('budget-book/county');
    const v = await runCli(['validate', '--data', county]);
    expect(v.code).toBe(0);
    // The same book as book.csv with 시 → 도 and 구 → 군: the same 61 checks (27 sums, 21 비교증감, 5 funding sums, 8 산출근거).
    expect(v.stdout).toContain('검사 61건, 오류 0건, 경고 0건');
    const r = await runCli(['budget', '2024', '--data', county, '-f', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[1]).toBe('번호,사업명,계,국비,도비,군비,도비 비율,군비 비율,2023년 계,증감,증감률(%)');
    // 국 8,326 + 도 4,996 + 군 3,331 = 16,653.
    expect(lines.some((l) => l.startsWith('1,청년 인턴십 운영,16653,8326,4996,3331,'))).toBe(true);
    const out = join(fresh([]), 'county.xlsx');
    const report = await runCli(['report', '2024', '--data', county, '-o', out]);
    expect(report.code).toBe(0);
  });

  test('validate on a book lacking a column: checked as plain tables, and a note says which column the book lacks', async () => {
    const dir = fresh([['book.csv', '2024년도\n구분,과목,예산액,전년도예산,비교증감\n세부사업,가,100,90,10\n']]);
    const r = await runCli(['validate', join(dir, 'book.csv')]);
    expect(r.stderr).toContain('book.csv: 예산서(세출예산 사업명세서)로 보이지만 필요한 열 전년도예산액이 없습니다.');
  });

  test('budget on a book whose title states no year: exit 2 with the reason, never "undefined년"', async () => {
    const dir = fresh([['book.csv', '구분,과목,예산액,전년도예산액,비교증감\n세부사업,가,100,100,0\n,구 100,,,\n']]);
    const r = await runCli(['budget', '--data', join(dir, 'book.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('book.csv: 예산서 제목 행에 연도(예: 2024년도)가 없어');
    expect(r.stderr).toContain('예산 금액이 한 줄도 없어 표를 만들 수 없습니다.');
    expect(r.stderr).not.toContain('undefined');
  });

  test('report --data book.csv writes the workbook', async () => {
    const out = join(fresh(), 'book-report.xlsx');
    const r = await runCli(['report', '--data', BOOK, '-o', out]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const wb = await readWorkbookFile(out);
    const text = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join('\n');
    expect(text).toContain('청년 인턴십 운영');
    // The 검증 sheet carries the book's checks: the 61 of the clean book (test/check/budget-book.test.ts).
    expect(wb.getWorksheet('검증')?.getCell('A1').value).toBe('검증 결과: 적힌 숫자가 모두 맞습니다 (검사 61건).');
  });
});
