import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBudgetTable, type BudgetTableData } from '../../src/load/budget-table.js';
import { parseCsvBytes } from '../../src/formats/csv.js';
import { openWorkbook } from '../../src/formats/xlsx-workbook.js';
import { bufferChunks, readLongCsv } from '../../src/load/long-csv.js';
import { findLongSheet, readLongSheet } from '../../src/load/long-sheet.js';
import type { Finding } from '../../src/model/finding.js';
import { workbookParts, zipParts } from '../helpers/workbook-zip.js';

const project = { id: '0', name: '-' };

/** What a reader gave: the parts, the stated totals and the problems, each with its cell. */
const described = (r: BudgetTableData, problems: Finding[]) => ({
  lines: r.lines.toArray().map((l) => `${l.org ?? ''}|${l.project}|${l.source}|${l.year}|${l.amount.toFixed()}|${l.at?.cell}`),
  totals: r.statedTotals.map((t) => `${t.kind}|${t.org ?? ''}|${t.project}|${t.source ?? ''}|${t.year}|${t.figure.value.toFixed()}|${t.figure.at.cell}`),
  problems: problems.map((p) => `${p.code}@${p.cell}`),
});

const fromBytes = (csv: string) => {
  const problems: Finding[] = [];
  return described(readLongCsv(bufferChunks(Buffer.from(csv)), 'x.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, problems, project)!, problems);
};

/** The same rows as a text table: parsed into cells first, then decoded from the cell text. */
const fromTable = (csv: string) => {
  const problems: Finding[] = [];
  return described(readBudgetTable(parseCsvBytes(Buffer.from(csv), 'x.csv'), { unit: '천원', conversionRounding: null }, problems, project)!, problems);
};

/** The same rows as a workbook's 소요예산 sheet, streamed (every cell text, so the cells match the CSV's). */
async function fromSheet(csv: string) {
  const rows = parseCsvBytes(Buffer.from(csv), 'x.csv').rows.map((r) => r.cells);
  const zip = await zipParts(workbookParts('소요예산', rows));
  const long = (await findLongSheet(await openWorkbook(zip, 'x.xlsx')))!;
  const problems: Finding[] = [];
  const r = await readLongSheet(zip, long, { unit: '천원', conversionRounding: null }, problems, project);
  return described(r, problems);
}

describe('long-layout stated totals', () => {
  // 1's 계 2022 = 50 + 50 = 100; 2's 합 계 (inner space) 2022; 소계 and 합계 as 재원 too; the 합계 사업명 row
  // states 계 over every project, the 총계 사업 row one source over every project.
  const csv = [
    '사업,사업명,재원,연도,금액',
    '1,가,시비,2022,50',
    '1,가,구비,2022,50',
    '1,가,계,2022,100',
    '2,나,구비,2022,30',
    '2,나,합 계,2022,31',
    '2,나,소계,2021,0',
    ',합계,계,2022,140',
    '총계,,구비,2022,80',
  ].join('\n') + '\n';

  it('keeps 계/합계/소계 and 합계/총계 rows apart from the lines, as stated totals with their cells', () => {
    expect(fromBytes(csv)).toEqual({
      lines: ['|1|시비|2022|50|E2', '|1|구비|2022|50|E3', '|2|구비|2022|30|E5'],
      totals: [
        'year-total||1||2022|100|E4',
        'year-total||2||2022|31|E6',
        'year-total||2||2021|0|E7',
        'division-total||||2022|140|E8',
        'division-total|||구비|2022|80|E9',
      ],
      problems: [],
    });
  });

  it('gives the same lines, totals and problems from CSV bytes, a text table and a streamed sheet', async () => {
    const bytes = fromBytes(csv);
    expect(fromTable(csv)).toEqual(bytes);
    expect(await fromSheet(csv)).toEqual(bytes);
  });

  it('names no project after a total: the 합계 row is no project, 1 and 2 are', () => {
    const r = readLongCsv(bufferChunks(Buffer.from(csv)), 'x.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, [], project)!;
    expect(r.projects.map((p) => `${p.id} ${p.name}`)).toEqual(['1 가', '2 나']);
  });

  it('keeps a 기관 with its totals', () => {
    const r = fromBytes('기관,사업,재원,연도,금액\n가 구,1,구비,2022,5\n가 구,1,계,2022,5\n나 구,합계,시비,2022,7\n');
    expect(r.totals).toEqual(['year-total|가 구|1||2022|5|E3', 'division-total|나 구||시비|2022|7|E4']);
  });

  it('agrees across readers, and never changes the lines, whatever total rows are mixed in (property)', async () => {
    const part = fc.record({
      project: fc.constantFrom('1', '2', '3'),
      source: fc.constantFrom('국비', '시비', '구비', '구 비'),
      year: fc.constantFrom('2021', '2022'),
      amount: fc.constantFrom('5', '1,000', '△3', '', 'x'),
    });
    const total = fc.record({
      project: fc.constantFrom('1', '2', '합계', '총 계', ' 합계 '),
      source: fc.constantFrom('계', '합계', '소 계', '구비'),
      year: fc.constantFrom('2021', '2022'),
      amount: fc.constantFrom('10', '0', '7.5'),
    });
    const rowText = (r: { project: string; source: string; year: string; amount: string }) => [r.project, r.source, r.year, r.amount].map((c) => (c.includes(',') ? `"${c}"` : c)).join(',');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(part.map((r) => ({ ...r, total: false })), total.map((r) => ({ ...r, total: true }))), { minLength: 1, maxLength: 25 }), async (rows) => {
        const header = '사업,재원,연도,금액';
        const text = [header, ...rows.map(rowText)].join('\n') + '\n';
        const bytes = fromBytes(text);
        expect(fromTable(text)).toEqual(bytes);
        expect(await fromSheet(text)).toEqual(bytes);
        // A total row is a claim, not a part: the same file without them has the same lines (cells aside).
        const partsOnly = fromBytes([header, ...rows.filter((r) => !r.total || (r.source === '구비' && !/[합총]/.test(r.project))).map(rowText)].join('\n') + '\n');
        const amounts = (d: { lines: string[] }) => d.lines.map((l) => l.split('|').slice(0, 5).join('|'));
        expect(amounts(bytes)).toEqual(amounts(partsOnly));
        // Each total row is one stated total (a blank-free, readable amount by construction).
        const totalRows = rows.filter((r) => r.total && !(r.source === '구비' && !/[합총]/.test(r.project)));
        expect(bytes.totals.length).toBe(totalRows.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('strict long-layout rows', () => {
  it('refuses a row with neither 사업 nor 사업명, at its 사업 cell, and reads the others', () => {
    const csv = '사업,사업명,재원,연도,금액\n1,가,구비,2022,5\n,,시비,2022,3\n';
    const r = fromBytes(csv);
    expect(r.lines).toEqual(['|1|구비|2022|5|E2']);
    expect(r.problems).toEqual(['no-project@A3']);
    expect(fromTable(csv)).toEqual(r);
  });

  it('gives the line a record starts on where it differs from the row', () => {
    const problems: Finding[] = [];
    readLongCsv(bufferChunks(Buffer.from('사업,사업명,재원,연도,금액\n1,"가\n나",구비,2022,5\n,,시비,2022,3\n1,x,시비\n')), 'x.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, problems, project);
    expect(problems.map((p) => [p.code, p.cell, p.line])).toEqual([['no-project', 'A3', 4], ['short-row', 'D4', 5]]);
  });

  it('keeps the dataset\'s own project for a file with neither column', () => {
    expect(fromBytes('재원,연도,금액\n구비,2022,5\n').lines).toEqual(['|0|구비|2022|5|C2']);
  });

  it('refuses a CSV record shorter than the header at its first missing cell, where it used to read a blank amount', () => {
    const csv = '사업,재원,연도,금액\n1,구비,2022,5\n1,시비,2022\n1,시비\n';
    const r = fromBytes(csv);
    expect(r.lines).toEqual(['|1|구비|2022|5|D2']);
    expect(r.problems).toEqual(['short-row@D3', 'short-row@C4']);
    expect(fromTable(csv)).toEqual(r);
  });

  it('reads the row after a short one by its own labels, though they repeat the short row\'s', () => {
    const csv = '기관,사업,재원,연도,금액\n가,1,구비,2022,5\n나,2,구비\n나,2,시비,2022,6\n';
    const r = fromBytes(csv);
    expect(r.lines).toEqual(['가|1|구비|2022|5|E2', '나|2|시비|2022|6|E4']);
    expect(fromTable(csv)).toEqual(r);
  });

  it('skips a row Excel saves as all-empty (`,,,`) silently, as a blank line', () => {
    const csv = '사업,재원,연도,금액\n1,구비,2022,5\n,,,\n, ,,\n,,\n1,시비,2022,6\n';
    const r = fromBytes(csv);
    expect(r).toEqual({ lines: ['|1|구비|2022|5|D2', '|1|시비|2022|6|D6'], totals: [], problems: [] });
    expect(fromTable(csv)).toEqual(r);
  });

  it('asks no value of a trailing column with a blank label', () => {
    expect(fromBytes('사업,재원,연도,금액,\n1,구비,2022,5\n').problems).toEqual([]);
  });
});

describe('a long layout with nothing to read', () => {
  it('says a file of blank rows has no rows, as it says of a header alone', () => {
    expect(fromBytes('사업,재원,연도,금액\n,,,\n').problems).toEqual(['no-rows@undefined']);
    expect(fromBytes('사업,재원,연도,금액\n').problems).toEqual(['no-rows@undefined']);
    expect(fromTable('사업,재원,연도,금액\n,,,\n').problems).toEqual(['no-rows@undefined']);
  });
});

describe('one rule for a total row in both layouts', () => {
  it('reads a printed table\'s 소 계 row as its 계 row: stated, never a part', () => {
    const r = fromTable('사업,재원별,합계,2021년,2022년\n1,소 계,30,10,20\n1,구비,30,10,20\n');
    expect(r.lines).toEqual(['|1|구비|2021|10|D3', '|1|구비|2022|20|E3']);
    expect(r.totals).toEqual(['year-total||1||2021|10|D2', 'year-total||1||2022|20|E2', 'grand-total||1||undefined|30|C2', 'source-total||1|구비|undefined|30|C3']);
    expect(r.problems).toEqual([]);
  });
});
