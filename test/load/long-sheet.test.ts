import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/formats/input-error.js';
import { openWorkbook, WORKBOOK_LIMITS } from '../../src/formats/xlsx-workbook.js';
import { findLongSheet, readLongSheet } from '../../src/load/long-sheet.js';
import { SheetScanner } from '../../src/formats/xlsx-sheet-scan.js';
import type { SheetFormats } from '../../src/formats/xlsx-number-formats.js';
import { readWorkbookBytes } from '../../src/formats/xlsx.js';
import type { Finding } from '../../src/model/finding.js';
import { renderFindingLines } from '../../src/render/findings-text.js';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';
import { sharedStringsXml, workbookParts, zipParts } from '../helpers/workbook-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'jr-xlsx-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheetOf = (rows: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

/** Shared strings 0–5 are the header; the rest are labels, one of them rich text with entities. */
const SHARED = ['사업', '사업명', '재원', '연도', '금액', '기관'];
const sharedXml = sharedStringsXml(SHARED).replace(
  '</sst>',
  '<si><t>국비</t></si>' + // 6
    '<si><r><rPr><b/></rPr><t>청년 &amp; </t></r><r><t xml:space="preserve">&quot;희망&quot; &#54617;&#xAD50;</t></r></si>' + // 7: 청년 & "희망" 학교
    '<si><t>시비</t><rPh sb="0" eb="1"><t>しび</t></rPh></si>' + // 8: the phonetic guide is not part of the text
    '<si><t>구_x0020_비</t></si>' + // 9: an Excel escape, 구 비 (one label with 구비)
    '</sst>',
);
const HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>';

/**
 * Cells of every kind the scanner reads: shared, rich and inline strings, entities, numbers with decimals
 * and exponents, a blank amount, a cell without `r`, a row number skipped, booleans, errors, formulas.
 */
const BUDGET_ROWS =
  HEADER +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c><c r="B2" t="s"><v>7</v></c><c r="C2" t="s"><v>6</v></c><c r="D2"><v>2022</v></c><c r="E2"><v>1234.5</v></c></row>' +
  // A cell without r is the one after the previous cell: D3.
  '<row r="3"><c r="A3" t="inlineStr"><is><r><t>P-</t></r><r><rPr><i/></rPr><t>1</t></r></is></c><c r="C3" t="s"><v>8</v></c><c t="n"><v>2022</v></c><c r="E3"><v>1.5E+3</v></c></row>' +
  // Row 4 is missing; a blank amount (styled cell with no value) is left out with a warning.
  '<row r="5"><c r="A5" t="str"><v>P-2</v></c><c r="C5" t="s"><v>9</v></c><c r="D5"><f>2021+1</f><v>2022</v></c><c r="E5" s="1"/></row>' +
  '<row r="6"><c r="A6" t="inlineStr"><is><t>P-2</t></is></c><c r="C6" t="s"><v>9</v></c><c r="D6"><v>2021</v></c><c r="E6"><v>-0.25</v></c></row>';
/** Cells a budget does not hold: boolean, error, exponents, 2^60, Excel's double for =0.1+0.2, entities. */
const ODD_ROWS =
  BUDGET_ROWS +
  '<row r="8"><c r="F8" t="b"><v>1</v></c><c r="G8" t="e"><v>#N/A</v></c><c r="H8"><v>1E-7</v></c><c r="I8"><v>1152921504606847000</v></c><c r="J8"><v>0.30000000000000004</v></c><c r="K8" t="inlineStr"><is><t>a &lt;b&gt; &apos;c&apos;</t></is></c><c r="L8" t="str"><f>"x"</f><v>x &amp;lt; y</v></c></row>' +
  // Numbers in date-formatted cells (styles 1–2 below) read as dates; style 3 is no date.
  '<row r="9"><c r="F9" s="1"><v>44562</v></c><c r="G9" s="2"><v>2022</v></c><c r="H9" s="3"><v>1234</v></c></row>';
const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;년&quot;"/><numFmt numFmtId="165" formatCode="#,##0&quot;원&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

const oddParts = (rows = ODD_ROWS) => workbookParts('소요예산', [], [['xl/worksheets/sheet1.xml', sheetOf(rows)], ['xl/sharedStrings.xml', sharedXml], ['xl/styles.xml', STYLES]]);

/** Every row the scanner gives for `xml`, fed in pieces of the given sizes. */
function scanRows(xml: string, shared: string[], sizes: number[] = [1 << 20], formats?: SheetFormats): string[][] {
  const rows: string[][] = [];
  const scanner = new SheetScanner(shared, { row: (r, cells) => rows.push([String(r), ...cells]), missingShared: () => undefined, formula: () => undefined }, WORKBOOK_LIMITS.tokenChars, formats);
  const bytes = Buffer.from(xml);
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const n = sizes[k % sizes.length]!;
    scanner.write(bytes.subarray(at, at + n));
    at += n;
  }
  scanner.end();
  return rows;
}

async function saved(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function refusal(path: string): Promise<InputError> {
  const e = await loadDataset(path, 'budget').catch((x: unknown) => x);
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return e;
}

describe('the streaming sheet reader', () => {
  test('gives every cell its text as Excel shows it', async () => {
    const zip = await zipParts(oddParts());
    const { tables } = await readWorkbookBytes(zip, 'odd.xlsx');
    const rows = tables[0]!.rows.map((r) => [String(r.row), ...r.cells]);
    const { shared, formats } = await openWorkbook(zip, 'odd.xlsx');
    expect(scanRows(sheetOf(ODD_ROWS), shared, [1 << 20], formats)).toEqual(rows);
    // Rich text joined, entities decoded, the phonetic guide left out, Excel's _x0020_ escape decoded.
    expect(rows[1]).toEqual(['2', 'P-1', '청년 & "희망" 학교', '국비', '2022', '1234.5']);
    // The figures as Excel shows them: 1.5E+3 is 1500, a cell without r is the next column (D3).
    expect(rows[2]).toEqual(['3', 'P-1', '', '시비', '2022', '1500']);
    expect(rows[3]).toEqual(['5', 'P-2', '', '구 비', '2022']);
    // 1E-7 is 0.0000001; 2^60 and 0.1+0.2's double to 15 significant digits, as Excel shows them.
    expect(rows[5]).toEqual(['8', '', '', '', '', '', 'TRUE', '#N/A', '0.0000001', '1152921504606850000', '0.3', "a <b> 'c'", 'x &lt; y']);
    // Serial 44562 is 2022-01-01; 2022 as a date is 1905-07-14.
    expect(rows[6]).toEqual(['9', '', '', '', '', '', '2022-01-01', '1905-07-14', '1234']);
  });

  test('reads the same rows however the inflated bytes are cut', () => {
    const shared = [...SHARED, '국비', '청년 & "희망" 학교', '시비', '구 비'];
    const whole = scanRows(sheetOf(ODD_ROWS), shared);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), (sizes) => {
      expect(scanRows(sheetOf(ODD_ROWS), shared, sizes)).toEqual(whole);
    }));
  });

  test('a long-layout budget sheet is decoded from the stream: exact amounts, blank amounts left out', async () => {
    const path = await saved('odd.xlsx', await zipParts(oddParts(BUDGET_ROWS)));
    expect(await findLongSheet(await openWorkbook(readFileSync(path), 'odd.xlsx'))).toMatchObject({ sheet: '소요예산', part: 'xl/worksheets/sheet1.xml' });
    const { dataset, warnings } = await loadDataset(path, 'budget');
    // P-1 국비 1234.5 and 시비 1.5E+3 = 1500 in 2022; P-2 구비 2021 -0.25 (the 2022 amount is blank).
    expect(dataset.budget.toArray().map((l) => [l.project, l.source, l.year, l.amount.toFixed(), l.at?.cell])).toEqual([
      ['P-1', '국비', 2022, '1234.5', 'E2'],
      ['P-1', '시비', 2022, '1500', 'E3'],
      ['P-2', '구비', 2021, '-0.25', 'E6'],
    ]);
    expect(dataset.projects.find((p) => p.id === 'P-1')?.name).toBe('청년 & "희망" 학교');
    expect(renderFindingLines(warnings, 'ko')).toEqual(['odd.xlsx 소요예산!E5 등 금액이 빈 행 1개는 합계에 넣지 않았습니다(빈칸은 0이 아닙니다).']);
  });

  test('a sheet that is not the long layout is not streamed (it is read whole as a table)', async () => {
    const printed = await zipParts(workbookParts('소요예산', [['사업', '재원별', '2022'], ['1', '구비', 5]]));
    expect(await findLongSheet(await openWorkbook(printed, 'p.xlsx'))).toBeUndefined();
    expect(await findLongSheet(await openWorkbook(readFileSync(fixture('geumcheon-2022.xlsx')), 'geumcheon-2022.xlsx'))).toBeUndefined();
  });

  test('the streamed sheet is outside the cell bound of sheets read whole; the other checks still run', async () => {
    const zip = await zipParts(oddParts(BUDGET_ROWS));
    const tight = { ...WORKBOOK_LIMITS, cells: 5 };
    await expect(readWorkbookBytes(zip, 'odd.xlsx', tight)).rejects.toThrow(/xlsx-too-many-cells/);
    const long = (await findLongSheet(await openWorkbook(zip, 'odd.xlsx', tight)))!;
    const problems: Finding[] = [];
    const { lines } = await readLongSheet(zip, long, { unit: '천원', conversionRounding: null }, problems, { id: '', name: '' }, undefined, tight);
    expect(problems.map((f) => f.code)).toEqual(['blank-amounts']);
    expect(lines.length).toBe(3);
    const doctype = await zipParts(workbookParts('소요예산', [], [['xl/worksheets/sheet1.xml', sheetOf(ODD_ROWS)], ['xl/sharedStrings.xml', sharedXml], ['docProps/app.xml', '<!DOCTYPE x [<!ENTITY a "b">]><Properties/>']]));
    const e = await refusal(await saved('doctype-app.xlsx', doctype));
    expect(e.findings.map((f) => f.code)).toEqual(['xlsx-doctype']);
  });
});

describe('a hostile or damaged streamed sheet: one located sentence', () => {
  const withSheet = (rows: string, head = '') => zipParts(workbookParts('소요예산', [], [['xl/worksheets/sheet1.xml', sheetOf(rows).replace('<worksheet', `${head}<worksheet`)], ['xl/sharedStrings.xml', sharedXml]]));

  test('a tag cut off at the end of the sheet', async () => {
    const bytes = await zipParts(workbookParts('소요예산', [], [['xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}"><sheetData>${HEADER}<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2"`], ['xl/sharedStrings.xml', sharedXml]]));
    const e = await refusal(await saved('cut.xlsx', bytes));
    expect(renderFindingLines(e.findings, 'ko')).toEqual(['cut.xlsx 소요예산!A2: 시트의 XML이 올바르지 않아 읽을 수 없습니다(an unfinished tag; 손상된 파일).']);
  });

  test('a DOCTYPE inside the sheet, after the header rows', async () => {
    const e = await refusal(await saved('doctype.xlsx', await withSheet(`${HEADER}<!DOCTYPE x [<!ENTITY a "b">]>`)));
    expect(e.findings.map((f) => [f.code, f.file])).toEqual([['xlsx-doctype', 'doctype.xlsx']]);
  });

  test('a shared-string index with a space inside is no index: the cell is named, not read as another string', () => {
    const missing: string[] = [];
    const strings = Array.from({ length: 13 }, (_, i) => `s${i}`);
    const scanner = new SheetScanner(strings, { row: () => undefined, missingShared: (r, c, text) => missing.push(`${r}:${c}:${text}`), formula: () => undefined }, WORKBOOK_LIMITS.tokenChars);
    // `1 2` would have read as string 12, a real one here; ` 2 ` is index 2.
    scanner.write(Buffer.from(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1 2</v></c><c r="B1" t="s"><v> 2 </v></c></row></sheetData></worksheet>`));
    scanner.end();
    expect(missing).toEqual(['1:1:1 2']);
  });

  test('shared-string indexes past the table: each cell named, nothing else said', async () => {
    const rows = `${HEADER}<row r="2"><c r="A2" t="s"><v>70</v></c><c r="C2" t="s"><v>6</v></c><c r="D2"><v>2022</v></c><c r="E2"><v>1</v></c></row>`;
    const e = await refusal(await saved('shared.xlsx', await withSheet(rows)));
    expect(renderFindingLines(e.findings, 'ko')).toEqual(['shared.xlsx 소요예산!A2: 공유 문자열 70번을 가리키지만 통합문서에는 10개뿐입니다(손상된 파일).']);
  });

  test('a bad amount is the usual located cell error', async () => {
    const rows = `${HEADER}<row r="2"><c r="A2" t="s"><v>7</v></c><c r="C2" t="s"><v>6</v></c><c r="D2"><v>2022</v></c><c r="E2" t="inlineStr"><is><t>많이</t></is></c></row>`;
    const e = await refusal(await saved('amount.xlsx', await withSheet(rows)));
    expect(renderFindingLines(e.findings, 'ko')).toEqual(['amount.xlsx 소요예산!E2: "많이"를 읽을 수 없습니다. 적을 수 있는 값: 금액 (예: 1,234 또는 1,234천원, 음수는 △1,234).']);
  });
});

describe('no sheet XML makes the streaming reader throw anything but a located InputError', () => {
  test('random edits of a long-layout sheet: characters that matter to XML put in, runs of it cut out', async () => {
    const xml = sheetOf(BUDGET_ROWS);
    const edit = fc.tuple(fc.nat(xml.length), fc.nat(12), fc.constantFrom('', '<', '>', '"', "'", '&', '/', '<c>', '</row>', '<v>', '<!--', '<![CDATA[', ' r="Z0"', ' t="s"', '\u00e9', '\r'));
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        let text = xml;
        for (const [at, cut, put] of edits) text = text.slice(0, at) + put + text.slice(at + cut);
        const path = await saved('edited.xlsx', await zipParts(oddParts(BUDGET_ROWS).map(([n, c]) => (n === 'xl/worksheets/sheet1.xml' ? [n, text] : [n, c]))));
        try {
          await loadDataset(path, 'budget');
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          for (const f of e.findings) expect(renderFindingLines([f], 'ko')[0]).toContain('edited.xlsx');
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the same dataset as CSV and as a workbook', () => {
  test('fixtures/orgs: the budget figures are the same, by project and by organisation', async () => {
    const csvPath = fixture('orgs/budgets.csv');
    const lines = readFileSync(csvPath, 'utf8').trim().split('\n').map((l) => l.split(','));
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('소요예산');
    // Years and amounts as numbers, as Excel holds them; a blank amount as an empty cell.
    lines.forEach((cells, i) => ws.addRow(i === 0 ? cells : cells.map((c, k) => (k >= 4 ? (c === '' ? null : Number(c)) : c))));
    const xlsxPath = join(dir, 'orgs.xlsx');
    await wb.xlsx.writeFile(xlsxPath);
    expect(await findLongSheet(await openWorkbook(readFileSync(xlsxPath), 'orgs.xlsx'))).toBeDefined();
    for (const by of ['project', 'org']) {
      const csv = await runCli(['budget', '2022', '--data', csvPath, '--format', 'json', '--by', by]);
      const xlsx = await runCli(['budget', '2022', '--data', xlsxPath, '--format', 'json', '--by', by]);
      expect(csv.code).toBe(0);
      expect(xlsx.code).toBe(0);
      expect(xlsx.stdout).toBe(csv.stdout);
    }
  });
});
