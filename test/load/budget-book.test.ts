import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { runChecks } from '../../src/check/registry.js';
import { BOOK_LEVELS, bookNodes, type BudgetBook } from '../../src/model/budget-book.js';
import type { Dataset } from '../../src/model/dataset.js';
import { InputError } from '../../src/formats/input-error.js';
import { parseCsvBytes } from '../../src/formats/csv.js';
import { findingMessage } from '../../src/render/findings-text.js';
import { fixture } from '../helpers/paths.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const { fresh } = tempDirs('jr-book-');

/** The budget lines as [project name, source, year, amount] rows, in the book's order. */
function lines(dataset: Dataset): [string, string, number, string][] {
  const names = new Map(dataset.projects.map((p) => [p.id, p.name]));
  return dataset.budget.toArray().map((l) => [names.get(l.project)!, l.source, l.year, l.amount.toFixed()]);
}

/** The tree as `level name amount` lines, indented by depth, with each node's funding. */
function outline(book: BudgetBook): string[] {
  const out: string[] = [];
  const walk = (nodes: typeof book.roots, depth: number) => {
    for (const n of nodes) {
      out.push(`${'  '.repeat(depth)}${BOOK_LEVELS[n.level]} ${n.name} ${n.amount?.value.toFixed() ?? '-'}${n.funding.map((f) => ` ${f.source}=${f.amount.value.toFixed()}`).join('')}`);
      walk(n.children, depth + 1);
    }
  };
  walk(book.roots, 0);
  return out;
}

// Worked out from the fixture by hand (fixtures/budget-book/README.md): each 세부사업's funding rows, 2024, and
// their 전년도 예산액 as 2023. 일자리센터 운영 is new: no 전년도.
const LINES: [string, string, number, string][] = [
  ['청년 인턴십 운영', '국비', 2024, '8326'],
  ['청년 인턴십 운영', '국비', 2023, '8000'],
  ['청년 인턴십 운영', '시비', 2024, '4996'],
  ['청년 인턴십 운영', '시비', 2023, '4800'],
  ['청년 인턴십 운영', '구비', 2024, '3331'],
  ['청년 인턴십 운영', '구비', 2023, '3200'],
  ['신중년 일자리 지원', '시비', 2024, '5362'],
  ['신중년 일자리 지원', '시비', 2023, '4500'],
  ['신중년 일자리 지원', '구비', 2024, '5362'],
  ['신중년 일자리 지원', '구비', 2023, '4500'],
  ['일자리센터 운영', '구비', 2024, '3600'],
];

describe('a budget book (세출예산 사업명세서) as the budget', () => {
  test('the level-column form: year and unit from the title, lines per 세부사업 and source', async () => {
    const { dataset, warnings } = await loadDataset(fixture('budget-book/book.csv'));
    expect(warnings).toEqual([]);
    expect(dataset.book?.year).toBe(2024);
    expect(dataset.book?.unit).toBe('천원');
    expect(lines(dataset)).toEqual(LINES);
    expect(dataset.projects.map((p) => [p.id, p.name])).toEqual([['1', '청년 인턴십 운영'], ['2', '신중년 일자리 지원'], ['3', '일자리센터 운영']]);
  });

  test('the page break repeats the open nodes and the funding rows: read once', async () => {
    const { dataset } = await loadDataset(fixture('budget-book/book.csv'));
    const book = dataset.book!;
    expect(book.roots.length).toBe(1);
    const intern = [...bookNodes(book)].find((n) => n.name === '청년 인턴십 운영')!;
    // Rows 8–10 and their repeat in rows 22–24: three funding rows, not six; both 편성목 under one node.
    expect(intern.funding.map((f) => [f.source, f.amount.value.toFixed(), f.at.cell])).toEqual([['국비', '8326', 'B8'], ['시비', '4996', 'B9'], ['구비', '3331', 'B10']]);
    expect(intern.children.map((c) => c.name)).toEqual(['101 인건비', '201 일반운영비']);
    // Nodes: 부서, 정책, 2 단위, 3 세부, 4 편성목, 5 통계목, 8 산출근거.
    expect([...bookNodes(book)].length).toBe(1 + 1 + 2 + 3 + 4 + 5 + 8);
  });

  test.each(['book-indent.csv', 'book-fill.csv'])('%s (indentation / one column per level) reads as the same tree and lines', async (file) => {
    const base = await loadDataset(fixture('budget-book/book.csv'));
    const { dataset, warnings } = await loadDataset(fixture(`budget-book/${file}`));
    expect(warnings).toEqual([]);
    expect(outline(dataset.book!)).toEqual(outline(base.dataset.book!));
    expect(lines(dataset)).toEqual(LINES);
  });

  test('the same book as a workbook (numbers as numbers) reads the same', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const table = parseCsvBytes(readFileSync(fixture('budget-book/book.csv')), 'book.csv');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('사업명세서');
    for (const row of table.rows) ws.addRow(row.cells.map((c) => (/^\d{1,3}(,\d{3})*$/.test(c) ? Number(c.replace(/,/g, '')) : c)));
    const path = join(fresh(), 'book.xlsx');
    await wb.xlsx.writeFile(path);
    const base = await loadDataset(fixture('budget-book/book.csv'));
    const { dataset } = await loadDataset(path);
    expect(outline(dataset.book!)).toEqual(outline(base.dataset.book!));
    expect(lines(dataset)).toEqual(LINES);
  });

  test('funding cells as books also write them: a colon, a unit, the full name of the source', async () => {
    const text = ['2024회계연도 예산서 (단위 : 천원)', '구분,과목,예산액,전년도예산액,비교증감', '세부사업,가,"1,500",0,"1,500"', ',"국비 : 1,000천원",,,', ',"구비：500,000원",,,'].join('\n');
    const { dataset } = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv'));
    expect(dataset.book?.year).toBe(2024);
    // 500,000원 in a 천원 book is 500.
    expect(dataset.book!.roots[0]!.funding.map((f) => [f.source, f.amount.value.toFixed()])).toEqual([['국비', '1000'], ['구비', '500']]);
  });

  test('figure headers with the year and the letters books add: 2024년 예산액(A), 전년도예산액(B), 비교증감(A-B)', async () => {
    const text = ['구분,과목,2024년 예산액(A),전년도예산액(B),비교증감(A-B)', '세부사업,가,"1,500","1,000",500', ',국 1000,,600,400', ',구 500,,400,100'].join('\n');
    const { dataset, warnings } = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv'));
    expect(warnings).toEqual([]);
    expect(dataset.book?.year).toBe(2024);
    expect(lines(dataset)).toEqual([['가', '국비', 2024, '1000'], ['가', '국비', 2023, '600'], ['가', '구비', 2024, '500'], ['가', '구비', 2023, '400']]);
  });

  test('a book in 원: its figures and 산출근거 in 원, its lines in the dataset unit (천원)', async () => {
    const text = ['2024년도 (단위 : 원)', '구분,과목,예산액,전년도예산액,비교증감,산출근거', '세부사업,가,"4,723,200",0,"4,723,200",', ',"구 4,723,200",,,,', '통계목,01 사무관리비,"4,723,200",0,"4,723,200",', '산출근거,,"4,723,200",,,"4,723,200원*1식"'].join('\n');
    const { dataset } = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv'));
    expect(dataset.book?.unit).toBe('원');
    // 4,723,200원 is 4,723.2천원, exact: no rounding on the way into the budget.
    expect(lines(dataset)).toEqual([['가', '구비', 2024, '4723.2']]);
    // In a 원 book the 산출근거 is already whole: nothing to round, nothing found.
    expect(runChecks(dataset, { holidays: new Map() }).findings).toEqual([]);
  });

  test('a funding cell with a fraction of a 원 in a 원 book says what the book allows, as its other amounts do', async () => {
    const text = ['2024년도 (단위 : 원)', '구분,과목,예산액,전년도예산액,비교증감', '세부사업,가,100,100,0', ',구 100.5,,,'].join('\n');
    const e = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv')).catch((x: unknown) => x);
    const f = (e as InputError).findings[0]!;
    expect([f.code, f.cell]).toEqual(['bad-number', 'B4']);
    expect(findingMessage(f, 'ko')).toContain('1원 단위까지');
  });

  test('a 추경 book (기정예산액): checked against its 기정, but no lines for the year before', async () => {
    const text = ['2024년도 제1회 추가경정', '구분,과목,예산액,기정예산액,비교증감', '세부사업,가,"1,500","1,000",500', ',구 1500,,1000,500'].join('\n');
    const { dataset } = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv'));
    expect(lines(dataset)).toEqual([['가', '구비', 2024, '1500']]);
    expect(runChecks(dataset, { holidays: new Map() }).checks.filter((c) => c.code === 'book-change').length).toBe(2);
  });

  test('funding rows marked 재원 in 구분, or with the source label in 구분', async () => {
    const text = ['2024년도', '구분,과목,예산액,전년도예산액,비교증감', '세부사업,가,"1,500",0,"1,500"', '재원,국 1000,,,', '구,,500,,'].join('\n');
    const { dataset } = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv'));
    expect(dataset.book!.roots[0]!.funding.map((f) => [f.source, f.amount.value.toFixed(), f.at.cell, f.amount.at.cell])).toEqual([['국비', '1000', 'B4', 'B4'], ['구비', '500', 'A5', 'C5']]);
  });

  test('levels as numbers in 구분, and indentation with full-width spaces (two columns each)', async () => {
    const numbered = ['2024년도', '구분,과목,예산액,전년도예산액,비교증감', '1,과,100,100,0', '4,가,100,100,0', ',구 100,,,', '5,201 일반운영비,100,100,0'].join('\n');
    const a = await loadDataset(join(fresh([['book.csv', numbered]]), 'book.csv'));
    expect(outline(a.dataset.book!)).toEqual(['부서 과 100', '  세부사업 가 100 구비=100', '    편성목 201 일반운영비 100']);
    const indented = (deep: number) => ['2024년도', '과목,예산액,전년도예산액,비교증감', '과,100,100,0', `${'\u3000'.repeat(3)}가,100,100,0`, '구 100,,,', `${'\u3000'.repeat(deep)}201 일반운영비,100,100,0`].join('\n');
    const b = await loadDataset(join(fresh([['book.csv', indented(6)]]), 'book.csv'));
    // The smallest indentation (three full-width spaces, six columns) is one level: 가 one below 과, 201 … two.
    expect(outline(b.dataset.book!)).toEqual(['부서 과 100', '  정책사업 가 100 구비=100', '    단위사업 201 일반운영비 100']);
    // Eight columns is no whole number of levels: an error at that cell, not a guess.
    const e = await loadDataset(join(fresh([['book.csv', indented(4)]]), 'book.csv')).catch((x: unknown) => x);
    expect((e as InputError).findings.map((f) => [f.code, f.cell])).toEqual([['book-indent', 'A6']]);
  });

  test('a book whose title states no year is checked but gives no lines, with a warning', async () => {
    const dir = fresh([['book.csv', '구분,과목,예산액,전년도예산액,비교증감\n세부사업,가,100,100,0\n,구 100,,,\n']]);
    const { dataset, warnings } = await loadDataset(join(dir, 'book.csv'));
    expect(dataset.budget.length).toBe(0);
    expect(dataset.book?.roots.length).toBe(1);
    expect(warnings.map((w) => w.code)).toEqual(['book-no-year']);
  });

  test('a misspelt level word is named with the closest level word', async () => {
    const text = ['2024년도', '구분,과목,예산액,전년도예산액,비교증감', '세부사엄,가,100,100,0', ',구 100,,,'].join('\n');
    const e = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv')).catch((x: unknown) => x);
    expect(findingMessage((e as InputError).findings[0]!, 'ko')).toBe('book.csv A3: 구분 "세부사엄"을 알 수 없습니다. "세부사업"을 뜻한다면 고쳐 적으세요. 구분은 부서, 정책사업, 단위사업, 세부사업, 편성목, 통계목, 산출근거 중 하나이거나 1~7의 단계 번호여야 합니다.');
  });

  test('a funding row of a source the dataset does not declare names it and the declared ones', async () => {
    // A 자치구's dataset (국비/시비/구비) given a 군's book: `도` is 도비, which it does not declare.
    const text = ['2024년도', '구분,과목,예산액,전년도예산액,비교증감', '세부사업,가,100,100,0', ',도 60,,,', '도,,40,,'].join('\n');
    const e = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const findings = (e as InputError).findings;
    expect(findings.map((f) => [f.code, f.cell, f.actual])).toEqual([['book-funding-undeclared', 'B4', '도 60'], ['book-funding-undeclared', 'A5', '도']]);
    expect(findingMessage(findings[0]!, 'ko')).toBe('book.csv B4: 재원 행 "도 60"의 도비는 이 자료에 밝힌 재원이 아닙니다. 밝힌 재원은 국비, 시비, 구비입니다 (정보의 기관유형이나 재원으로 밝힙니다).');
  });

  test('located input errors: an unknown level with figures, a funding row repeated with another amount', async () => {
    const text = [
      '2024년도 예산서',
      '구분,과목,예산액,전년도예산액,비교증감',
      '세부사업,가,100,100,0',
      ',구 100,,,',
      '세부,나,50,50,0',
      ',구 90,,,',
    ].join('\n');
    const dir = fresh([['book.csv', text]]);
    const e = await loadDataset(join(dir, 'book.csv')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).findings.map((f) => [f.code, f.cell, f.actual])).toEqual([
      ['book-level', 'A5', '세부'],
      // 나 was refused, so 구 90 follows 가 and differs from its 구 100 (B4).
      ['book-funding-twice', 'B6', '구 90'],
    ]);
  });
});
