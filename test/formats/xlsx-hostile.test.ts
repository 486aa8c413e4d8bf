import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/formats/input-error.js';
import { readWorkbookBytes } from '../../src/formats/xlsx.js';
import { renderFindingLines } from '../../src/render/findings-text.js';
import { runCli } from '../helpers/run-cli.js';
import { sheetXml, sharedStringsXml, workbookParts, zipParts, type Part } from '../helpers/workbook-zip.js';

/** Workbooks of kinds nobody here wrote, built at run time: re-saved by other programs, damaged, or stale. */
const dir = mkdtempSync(join(tmpdir(), 'jr-xlsx-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** 소요예산 in the long layout: project 1, 구비, 2022, 5,600 (천원). Strings 0–5: 사업 재원 연도 금액 1 구비. */
const BUDGET = [
  ['사업', '재원', '연도', '금액'],
  ['1', '구비', 2022, 5600],
] as const;
const STRINGS = sharedStringsXml(['사업', '재원', '연도', '금액', '1', '구비']);
const HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>';
const sheet = (rows: string, extra = ''): string => `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${HEADER}${rows}</sheetData>${extra}</worksheet>`;
/** A budget row 2 whose amount cell D2 is `amount` (the XML of a `<c>`). */
const row2 = (amount: string): string => `<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>2022</v></c>${amount}</row>`;

function save(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function budgetOf(name: string, parts: readonly Part[], compress = true): Promise<string[][]> {
  const { dataset } = await loadDataset(save(name, await zipParts(parts, compress)), 'budget');
  return dataset.budget.toArray().map((l) => [l.project, l.source, String(l.year), l.amount.toFixed()]);
}

async function refused(name: string, parts: readonly Part[]): Promise<InputError> {
  const e = await loadDataset(save(name, await zipParts(parts)), 'budget').catch((x: unknown) => x);
  if (!(e instanceof InputError)) throw new Error(`${name}: expected a refusal, got ${String(e)}`);
  return e;
}

const withSheet = (xml: string, ...more: Part[]): Part[] => workbookParts('소요예산', BUDGET, [['xl/worksheets/sheet1.xml', xml], ['xl/sharedStrings.xml', STRINGS], ...more]);

describe('workbooks other programs write', () => {
  test('re-saved by openpyxl, its comments at openpyxl\'s path (xl/comments/comment1.xml): read, comments ignored (issue 14)', async () => {
    const parts = withSheet(
      sheet(row2('<c r="D2"><v>5600</v></c>'), '<legacyDrawing r:id="anysvml"/>'),
      ['xl/worksheets/_rels/sheet1.xml.rels', `<?xml version="1.0"?>\n<Relationships xmlns="${PKG}"><Relationship Id="comments" Type="${REL}/comments" Target="/xl/comments/comment1.xml"/><Relationship Id="anysvml" Type="${REL}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/></Relationships>`],
      ['xl/comments/comment1.xml', `<?xml version="1.0"?>\n<comments xmlns="${MAIN}"><authors><author>openpyxl</author></authors><commentList><comment ref="D2" authorId="0"><text><t>확인 필요</t></text></comment></commentList></comments>`],
      ['xl/drawings/commentsDrawing1.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025"><br></v:shape></xml>'],
    );
    expect(await budgetOf('openpyxl.xlsx', parts)).toEqual([['1', '구비', '2022', '5600']]);
    const run = await runCli(['budget', '2022', '--data', join(dir, 'openpyxl.xlsx'), '--format', 'csv']);
    expect(run.stderr).not.toMatch(/Cannot read properties/);
    expect(run.code).toBe(0);
  });

  test('a > inside a quoted attribute (LibreOffice writes number formats so) is no end of tag', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[>=100]#,##0;0"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const parts = withSheet(sheet(row2('<c r="D2" s="1"><v>5600</v></c>')), ['xl/styles.xml', styles]);
    expect(await budgetOf('libreoffice.xlsx', parts)).toEqual([['1', '구비', '2022', '5600']]);
  });

  test('stored (uncompressed) zip entries are read like deflated ones', async () => {
    expect(await budgetOf('stored.xlsx', workbookParts('소요예산', BUDGET), false)).toEqual([['1', '구비', '2022', '5600']]);
  });

  test('a number cell holding Excel\'s double for =0.1+0.2 reads 0.3, as Excel shows it (15 significant digits)', async () => {
    expect(await budgetOf('double.xlsx', withSheet(sheet(row2('<c r="D2"><v>0.30000000000000004</v></c>'))))).toEqual([['1', '구비', '2022', '0.3']]);
  });
});

describe('damaged workbooks: refused with a sentence naming the part or the cell', () => {
  test('the same sheet twice in the zip (readers would disagree on which copy is the sheet)', async () => {
    const parts = workbookParts('소요예산', BUDGET);
    const copy = workbookParts('소요예산', [['사업', '재원', '연도', '금액'], ['1', '구비', 2022, 999999]]).find(([n]) => n === 'xl/worksheets/sheet1.xml')!;
    const e = await refused('twice.xlsx', [...parts, copy]);
    expect(renderFindingLines(e.findings, 'ko')).toEqual([
      'twice.xlsx: zip 안에 xl/worksheets/sheet1.xml이 두 번 들어 있습니다. 프로그램마다 다른 쪽을 읽을 수 있어 열지 않습니다(손상되었거나 조작된 파일).',
    ]);
  });

  test('an attribute without a value in a sheet: named by its cell', async () => {
    const e = await refused('attr.xlsx', withSheet(sheet(row2('<c r="D2" t><v>5600</v></c>'))));
    expect(renderFindingLines(e.findings, 'en')).toEqual(["attr.xlsx 소요예산!D2: The sheet's XML is malformed (a malformed attribute; damaged file)."]);
  });

  test('elements closed out of order in a sheet', async () => {
    const e = await refused('order.xlsx', withSheet(sheet(row2('<c r="D2"><v>5600</c></v>'))));
    expect(e.findings.map((f) => [f.code, f.cell])).toEqual([['xlsx-malformed', 'D2']]);
  });

  test('malformed XML in the shared strings, and a bare & in workbook.xml: named by part', async () => {
    const shared = await refused('shared.xlsx', withSheet(sheet(row2('<c r="D2"><v>5600</v></c>')), ['xl/sharedStrings.xml', STRINGS.replace('<si><t>구비</t></si>', '<si><t>구비</si>')]));
    expect(shared.findings.map((f) => [f.code, f.params.part])).toEqual([['xlsx-part-malformed', 'xl/sharedStrings.xml']]);
    const parts = workbookParts('소요예산', BUDGET).map(([n, c]): Part => (n === 'xl/workbook.xml' ? [n, String(c).replace('name="소요예산"', 'name="소요 & 예산"')] : [n, c]));
    const e = await refused('amp.xlsx', parts);
    expect(renderFindingLines(e.findings, 'en')).toEqual(['amp.xlsx: The XML of xl/workbook.xml is malformed (an & that starts no entity; damaged file); not opened.']);
  });

  test('a row past Excel\'s 1,048,576 and a column past XFD', async () => {
    const row = await refused('rows.xlsx', withSheet(sheet('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')));
    expect(renderFindingLines(row.findings, 'ko')).toEqual(['rows.xlsx 소요예산: row 1048577 셀은 Excel의 한도(1,048,576행, XFD열)를 넘어 있어 열지 않습니다.']);
    const column = await refused('columns.xlsx', withSheet(sheet(row2('<c r="D2"><v>5600</v></c><c r="XFE2"><v>1</v></c>'))));
    expect(column.findings.map((f) => [f.code, f.params.ref])).toEqual([['xlsx-past-excel-grid', 'XFE2']]);
  });

  test('a formula with no cached value is an error at its cell, never a blank (shared formulas too)', async () => {
    const e = await refused('nocache.xlsx', withSheet(sheet(row2('<c r="D2"><f>1000+4600</f></c>') + '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c><c r="C3"><v>2021</v></c><c r="D3"><f t="shared" si="0"/></c></row>')));
    expect(renderFindingLines(e.findings, 'ko')).toEqual([
      'nocache.xlsx 소요예산!D2: 수식 =1000+4600의 계산된 값이 저장되어 있지 않습니다. Excel에서 열어 계산한 뒤 저장하세요.',
      'nocache.xlsx 소요예산!D3: 수식 (shared)의 계산된 값이 저장되어 있지 않습니다. Excel에서 열어 계산한 뒤 저장하세요.',
    ]);
  });

  test('the same on a sheet read whole (not the long layout)', async () => {
    const strings: string[] = [];
    const xml = sheetXml([['제목', '값'], ['가', 1]], strings).replace('</sheetData>', '<row r="3"><c r="B3"><f>SUM(B1:B2)</f></c></row></sheetData>');
    const zip = await zipParts(workbookParts('표', [], [['xl/worksheets/sheet1.xml', xml], ['xl/sharedStrings.xml', sharedStringsXml(strings)]]));
    const e = await readWorkbookBytes(zip, 'table.xlsx').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['xlsx-formula-no-value', '표', 'B3']]);
  });
});

describe('a cached value that disagrees with its own formula', () => {
  test('is a stale-formula warning at its cell, with both figures; a current one is not', async () => {
    const strings: string[] = [];
    const xml = sheetXml([['구분', '금액'], ['가', 1000], ['나', 2500]], strings).replace(
      '</sheetData>',
      '<row r="4"><c r="B4"><f>SUM(B2:B3)</f><v>999999</v></c><c r="C4"><f>$B$2+B3</f><v>3500</v></c><c r="D4"><f>VLOOKUP(A1,A1:B3,2)</f><v>7</v></c></row></sheetData>',
    );
    const zip = await zipParts(workbookParts('표', [], [['xl/worksheets/sheet1.xml', xml], ['xl/sharedStrings.xml', sharedStringsXml(strings)]]));
    const { tables, warnings } = await readWorkbookBytes(zip, 'stale.xlsx');
    // The figure read is the cached one, as Excel shows it until it recalculates; the warning says so.
    expect(tables[0]!.rows.at(-1)).toEqual({ row: 4, cells: ['', '999999', '3500', '7'] });
    expect(renderFindingLines(warnings, 'ko')).toEqual(['stale.xlsx 표!B4: 저장된 값 999999가 수식 =SUM(B2:B3)으로 같은 시트에서 계산한 3500과 다릅니다. Excel에서 다시 계산해 저장하세요.']);
    expect(warnings[0]).toMatchObject({ code: 'stale-formula', severity: 'warning', expected: '3500', actual: '999999' });
  });

  test('validate on such a workbook (plain tables, no dataset) says so on stderr', async () => {
    const strings: string[] = [];
    const xml = sheetXml([['구분', '금액'], ['가', 1000], ['나', 2500]], strings).replace('</sheetData>', '<row r="4"><c r="B4"><f>SUM(B2:B3)</f><v>999999</v></c></row></sheetData>');
    const path = save('stale-validate.xlsx', await zipParts(workbookParts('표', [], [['xl/worksheets/sheet1.xml', xml], ['xl/sharedStrings.xml', sharedStringsXml(strings)]])));
    const run = await runCli(['validate', path, '--lang', 'en']);
    expect(run.stderr).toContain('stale-validate.xlsx 표!B4: The saved value 999999 differs from 3500, what =SUM(B2:B3) gives on the same sheet; recalculate in Excel and save.');
  });
});
