import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { reportFromText } from '../../../src/formats/report-text.js';
import { expandItemLists } from '../../../src/load/work-report/item-lists.js';
import { recogniseReport } from '../../../src/load/work-report/recognise.js';
import { fixture } from '../../helpers/paths.js';

const body = (name: string, text: string) => {
  const part = recogniseReport(reportFromText(text, 'r.txt')).parts.get(name as never);
  return part?.rows.slice(1).map((r) => r.cells);
};

describe('recognising a work report', () => {
  const doc = reportFromText(readFileSync(fixture('documents/two-projects.txt'), 'utf8'), 'two-projects.txt');
  const report = recogniseReport(doc);
  const rows = (name: string) => report.parts.get(name as never)!.rows.map((r) => r.cells);

  test('projects from the 주요사업 목록; budgets stacked in the printed layout, labels as printed', () => {
    expect(rows('projects')).toEqual([
      ['번호', '사업명', '구분', '쪽'],
      ['1', '청년 일자리 상담 운영', '계속', '3'],
      ['2', '어르신 일자리 지원', '신규', '5'],
    ]);
    expect(rows('budgets')).toEqual([
      ['사업', '재원별', '합계', '2021년', '2022년', '2023년'],
      ['1', '계', '145,000', '40,000', '50,000', '55,000'],
      ['1', '시비', '87,000', '24,000', '30,000', '33,000'],
      ['1', '구 비', '58,000', '16,000', '20,000', '22,000'],
      ['2', '계', '264,000', '88,000', '88,000', '88,000'],
      ['2', '구비', '264,000', '88,000', '88,000', '88,000'],
    ]);
  });

  test('headlines of each project, and components: 사업개요 is the summary, a ○ heading names a part', () => {
    expect(rows('headlines').slice(1)).toEqual([
      ['1', '2022', '50,000천원', ''],
      ['2', '2022', '80,000천원', ''],
    ]);
    const components = rows('components');
    expect(components[0]).toEqual(['사업', '구분', '세부사업', '금액', '재원', '국비', '시비', '구비', '보조율', '원문', '연도']);
    expect(components.slice(1).map((r) => r.slice(0, 8))).toEqual([
      ['1', '총괄', '사업개요', '50,000천원', '', '', '30,000', '20,000'],
      ['1', '세부', '상담실 운영', '35,000천원', '', '', '21,000', '14,000'],
      ['1', '세부', '홍보 및 교육', '15,000천원', '', '', '9,000', '6,000'],
    ]);
  });

  test('a component naming one source for the whole, in full or by its first syllable; one with no figure yet', () => {
    const text = ['연번\t주요사업', '1\t가', '', '○ 카페', '- 소요예산 : 15,000천원(시비)', '○ 면접', '- 소요예산 : 33,000천원(구 주민참여예산)', '사업개요', '- 소요예산 : 공모 후 확정', '□ 2022년 소요예산 : 48,000천원'].join('\n');
    expect(body('components', text)!.map((r) => [r[1], r[2], r[3], r[4], r[9]])).toEqual([
      ['세부', '카페', '15,000천원', '시비', '15,000천원(시비)'],
      ['세부', '면접', '33,000천원', '구비', '33,000천원(구 주민참여예산)'],
      ['총괄', '사업개요', '', '', '공모 후 확정'],
    ]);
  });

  test('a component in any unit the amount grammar reads (억원 as well as 천원) is an amount with its parts', () => {
    const text = ['연번\t주요사업', '1\t가', '', '○ 센터', '- 소요예산 : 1억원(시 0.7억원, 구 0.3억원)', '□ 2022년 소요예산 : 100,000천원'].join('\n');
    expect(body('components', text)!.map((r) => [r[3], r[6], r[7]])).toEqual([['1억원', '0.7억원', '0.3억원']]);
  });

  test('a plain table of very many rows is kept, not a stack overflow', () => {
    const text = ['연번\t주요사업', '1\t가', '', '구분\t인원'].join('\n') + '\n' + '상담\t1\n'.repeat(150_000);
    const report = recogniseReport(reportFromText(text, 'r.txt'));
    expect(report.tables[0]!.body).toBe(150_000);
  });

  test('a part is named by any word the source vocabulary knows (국고 for 국비), not only by one syllable and 비', () => {
    const text = ['연번\t주요사업', '1\t가', '', '○ 센터', '- 소요예산 : 30,000천원(국고 10,000, 시비 12,000, 구 8,000)', '□ 2022년 소요예산 : 30,000천원'].join('\n');
    expect(body('components', text)!.map((r) => [r[3], r[5], r[6], r[7]])).toEqual([['30,000천원', '10,000', '12,000', '8,000']]);
  });

  test('a place for every figure: the table, its row and column, the line', () => {
    const spots = report.parts.get('budgets')!.spots();
    // budgets.csv D3 is project 1's 시비 2021: 24,000 on line 42, grid row 4, column 3 of table 3.
    expect(spots.get('budgets.csv!D3')).toEqual({ table: { number: 3, project: { id: '1', name: '청년 일자리 상담 운영' }, heading: '2022년 소요예산' }, row: 4, column: 3, line: 42 });
    expect(report.parts.get('headlines')!.spots().get('headlines.csv!C3')).toEqual({ line: 50 });
  });

  test('no headline outside a project, and nothing recognised in a memo', () => {
    // A headline belongs to a project of the list: alone, it is no work report.
    expect(body('headlines', '□ 2022년 소요예산 : 5,600천원')).toEqual([]);
    expect(recogniseReport(reportFromText('□ 2022년 소요예산 : 5,600천원', 'r.txt')).recognised).toBe(false);
    expect(recogniseReport(reportFromText('회의 메모\n\n- 점심', 'r.txt')).recognised).toBe(false);
  });
});

describe('sums the text states', () => {
  const sums = (text: string) => recogniseReport(reportFromText(`연번\t주요사업\n1\t가\n\n${text}`, 'r.txt')).tables.find((t) => t.name === 'tables/text-sums.csv');

  test('a total with named parts in its parenthesis, split at + or at a comma that is no thousands separator', () => {
    const t = sums('- 근무인원 : 8명(주식회사 계약직 1, 시니어근로자 4, 뉴딜일자리 1, 희망근로 2)\n- 사업비 : 590,000천원(구출자금 290,000천원+보조금 300,000천원)')!;
    expect(t.rows.slice(1).map((r) => r.cells.slice(0, 6))).toEqual([
      ['근무인원', '8', '1', '4', '1', '2'],
      ['사업비', '590,000', '290,000', '300,000', '', ''],
    ]);
  });

  test('parts that are no sum: a ratio of other things, a component line, a part in another unit', () => {
    expect(sums('○ 2022년 일자리창출 목표 : 10,900개 (22개 부서 / 100개 사업)\n- 소요예산 : 117,900천원 (시 44,380, 구 73,520)\n- 인원 : 10명(상반기 5명, 하반기 5개)')).toBeUndefined();
  });
});

describe('item lists in a cell as the parts of a total row', () => {
  test('one row per item in the column of its total, a rule per column, and the header identity C=A-B', () => {
    const { rows, rules } = expandItemLists([
      ['', '출자금(A)', '수입(B)', '손익(C) (C=A-B)'],
      ['총 계', '221,928', '2,096,346', '△1,874,418'],
      ['내 용', '- 출자금 : 161,928 - 보조금 : 60,000', '- 대행사업 : 2,033,204 - 펫푸드 : 16,326 - 영업 외 수익 : 46,816', ''],
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      ['', '출자금(A)', '수입(B)', '손익(C) (C=A-B)'],
      ['총 계', '221,928', '2,096,346', '△1,874,418'],
      ['출자금', '161,928', '', ''],
      ['보조금', '60,000', '', ''],
      ['대행사업', '', '2,033,204', ''],
      ['펫푸드', '', '16,326', ''],
      ['영업 외 수익', '', '46,816', ''],
    ]);
    expect(rows.map((r) => r.from)).toEqual([0, 1, 2, 2, 2, 2, 2]);
    expect(rules).toEqual(['B2=SUM(B3:B4)', 'C2=SUM(C5:C7)', 'D2=B2-C2']);
  });

  test('a table without a total row, or without lists, is left as it is', () => {
    const grid = [['구분', '가'], ['내 용', '- 출자금 : 1']];
    expect(expandItemLists(grid)).toEqual({ rows: grid.map((cells, from) => ({ cells, from })), rules: [] });
  });
});

describe('printed notes', () => {
  test('a ※ note under a table is that table\'s and its project\'s; elsewhere, the heading\'s', () => {
    const text = ['연번\t주요사업', '1\t가', '2\t나', '', '○ 쉼터', '※ 평일만 운영', '□ 2022년 소요예산 : 1천원', '재원별\t합계\t2022년', '계\t1\t1', '구비\t1\t1', '※ 전부서 소요예산 : 9백만원'].join('\n');
    expect(body('notes', text)).toEqual([
      ['1', '쉼터', '※ 평일만 운영'],
      ['1', 'budgets.csv', '※ 전부서 소요예산 : 9백만원'],
    ]);
  });
});

describe('figures stated twice, and totals named by what they add up', () => {
  const doc = [
    '연번\t주요사업',
    '1\t가',
    '',
    '○ 쉼터 운영',
    '- 이용인원 : 일평균 86명',
    '2021년\t계\t1월\t2월',
    '이용자수\t3,440\t1,720\t1,720',
    '이용자 평균\t86\t86\t86',
    '- 2022년 센터 연계 취업자 수 목표 : 2,400명',
    '구 분\t구직등록\t취업자',
    '목표(명)\t5,800명\t2,400명',
    '□ 2022년 소요예산 : 1천원',
    '재원별\t합계\t2022년',
    '계\t1\t1',
    '구비\t1\t1',
  ].join('\n');

  test('a daily average and a target item, each with the one table figure its words name', () => {
    expect(body('crossrefs', doc)).toEqual([
      ['1', '쉼터 일평균', 'statements.csv!B2', 'usage.csv!D2', ''],
      ['1', '2022년 센터 연계 취업자 수 목표', 'statements.csv!B3', 'targets.csv!E3', ''],
    ]);
    expect(body('statements', doc)).toEqual([
      ['이용인원 일평균', '86', '이용인원 : 일평균 86명'],
      ['2022년 센터 연계 취업자 수 목표', '2,400', '2022년 센터 연계 취업자 수 목표 : 2,400명'],
    ]);
  });

  test('총인원 (현근무자) is the sum of the rows under it in each column whose parts are figures', async () => {
    const { namedTotalRules } = await import('../../../src/load/work-report/named-totals.js');
    expect(namedTotalRules([
      ['수요처', '시설명', '미화', '금액'],
      ['총인원 (현근무자)', '59', '7', '1,000'],
      ['공단', '센터', '5', '600'],
      ['', '도서관', '-', ''],
      ['재단', '아트홀', '2', '400'],
    ])).toEqual(['C2=SUM(C3:C5)', 'D2=SUM(D3:D5)']);
    expect(namedTotalRules([['구분', '가'], ['총무과', '3'], ['가', '3']])).toEqual([]);
  });
});

test("a project's table stating a year's 예산 is cross-referenced with its budget table's 계 of that year", () => {
  const doc = [
    '연번\t주요사업',
    '1\t가',
    '',
    '□ 추진실적',
    '구 분\t2021년\t\t',
    '\t인원\t예산\t사업명',
    '계\t10\t1,300\t',
    '가 사업\t10\t1,300\t· 가',
    '□ 2022년 소요예산 : 1,500천원',
    '재원별\t합계\t연차별 소요자원\t',
    '\t\t2021년\t2022년',
    '계\t2,500\t1,000\t1,500',
    '구비\t2,500\t1,000\t1,500',
  ].join('\n');
  // The 계 of the results table (table 2, after the list: row 3 of tables/table-2.csv, column C) and budgets.csv D2 (project 1's 계, 2021).
  expect(body('crossrefs', doc)).toEqual([['1', '2021년 예산 (연차별 표 2021년 계)', 'budgets.csv!D2', 'tables/table-2.csv!C3', '예산과 실적일 수 있음']]);
});
