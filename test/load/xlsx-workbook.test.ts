import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/load/input-error.js';
import { loadDataset } from '../../src/load/dataset.js';
import { WORKBOOK_LIMITS } from '../../src/load/xlsx-workbook.js';
import { readWorkbookBytes } from '../../src/load/xlsx.js';
import { renderFindingLines } from '../../src/render/findings-text.js';
import { patchEntry, sharedStringsXml, workbookParts, zipParts, type Part } from '../helpers/workbook-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'jr-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A long-layout budget table: one line, 5,600 (천원) of 구비 in 2022. */
const BUDGET = [
  ['사업', '재원', '연도', '금액'],
  ['1', '구비', 2022, 5600],
] as const;

async function budgetWorkbook(...override: Part[]): Promise<Buffer> {
  return zipParts(workbookParts('소요예산', BUDGET, override));
}

/** Loads bytes saved as `name` the way `--data name` would, and returns the problems it was refused with. */
async function refusal(bytes: Buffer, name = 'data.xlsx'): Promise<InputError> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  try {
    await loadDataset(path, 'budget');
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`${name} was accepted`);
}

const codes = (e: InputError): string[] => e.findings.map((f) => f.code);

describe('a workbook assembled from XML parts', () => {
  test('loads when nothing is wrong (the control for every case below)', async () => {
    const path = join(dir, 'ok.xlsx');
    writeFileSync(path, await budgetWorkbook());
    const { dataset } = await loadDataset(path, 'budget');
    expect(dataset.budget.toArray().map((l) => [l.project, l.source, l.year, l.amount.toFixed()])).toEqual([['1', '구비', 2022, '5600']]);
  });

  test('every sheet of the bundled XLSX reads, with no note', async () => {
    const { BUNDLED_XLSX } = await import('../helpers/paths.js');
    const { readFileSync } = await import('node:fs');
    const { tables, warnings } = await readWorkbookBytes(readFileSync(BUNDLED_XLSX), 'geumcheon-2022.xlsx');
    expect(tables.length).toBeGreaterThan(5);
    expect(warnings).toEqual([]);
  });
});

describe('not a workbook', () => {
  test('text saved as .xlsx', async () => {
    const e = await refusal(Buffer.from('사업,재원,연도,금액\n1,구비,2022,5600\n'));
    expect(codes(e)).toEqual(['xlsx-not-zip']);
    expect(renderFindingLines(e.findings, 'ko')[0]).toBe('data.xlsx: XLSX 통합문서(zip 형식)가 아닙니다. 텍스트 표라면 확장자를 .csv로 바꾸세요.');
  });

  test('an empty file', async () => {
    expect(codes(await refusal(Buffer.alloc(0)))).toEqual(['empty-file']);
  });

  test('a truncated workbook (the zip directory at its end is cut off)', async () => {
    const whole = await budgetWorkbook();
    const e = await refusal(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(codes(e)).toEqual(['xlsx-unopenable']);
    expect(renderFindingLines(e.findings, 'en')[0]).toBe('data.xlsx: the workbook is truncated or damaged; its zip directory cannot be read.');
  });

  test('a zip that holds no workbook (e.g. a .docx renamed)', async () => {
    const docx = await zipParts([['word/document.xml', '<w:document/>']]);
    expect(codes(await refusal(docx))).toEqual(['xlsx-not-workbook']);
  });

  // OLE2 compound files start D0 CF 11 E0 A1 B1 1A E1; the directory names its streams in UTF-16LE.
  const ole2 = (stream: string): Buffer =>
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);

  test('a password-protected .xlsx (OLE2 holding an EncryptedPackage stream)', async () => {
    const e = await refusal(ole2('EncryptedPackage'));
    expect(codes(e)).toEqual(['xlsx-encrypted']);
    expect(renderFindingLines(e.findings, 'ko')[0]).toContain('암호가 걸린 통합문서');
  });

  test('an Excel 97-2003 .xls renamed to .xlsx (OLE2 holding a Workbook stream)', async () => {
    const e = await refusal(ole2('Workbook'));
    expect(codes(e)).toEqual(['xlsx-old-xls']);
  });

  test('the same files named .csv are recognised too, and a .csv that is really a workbook is said so', async () => {
    expect(codes(await refusal(ole2('EncryptedPackage'), 'budget.csv'))).toEqual(['xlsx-encrypted']);
    expect(codes(await refusal(ole2('Workbook'), 'budget.csv'))).toEqual(['xlsx-old-xls']);
    const e = await refusal(await budgetWorkbook(), 'budget.csv');
    expect(codes(e)).toEqual(['csv-is-workbook']);
    expect(renderFindingLines(e.findings, 'ko')[0]).toBe('budget.csv: CSV가 아니라 XLSX 통합문서입니다. 확장자를 .xlsx로 바꾸세요.');
  });

  test('zip entries flagged as encrypted', async () => {
    const zip = patchEntry(await budgetWorkbook(), 'xl/worksheets/sheet1.xml', { flags: 1 });
    expect(codes(await refusal(zip))).toEqual(['xlsx-encrypted']);
  });
});

describe('zip bombs: refused within seconds and without inflating them', () => {
  test('parts that expand past the ratio bound (20 MiB of zeros in a ~20 KiB file)', async () => {
    const zip = await budgetWorkbook(['xl/media/image1.bin', Buffer.alloc(20 * 2 ** 20)]);
    expect(zip.length).toBeLessThan(100 * 1024);
    const started = Date.now();
    const e = await refusal(zip);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(codes(e)).toEqual(['xlsx-ratio']);
    expect(renderFindingLines(e.findings, 'en')[0]).toMatch(/^data\.xlsx: it expands to 20\.0 MiB, \d+ times the file size, over the limit of 100 times; not opened/);
  });

  test('declared sizes past the total bound (nothing is inflated: the directory says 3 GiB)', async () => {
    const zip = patchEntry(await budgetWorkbook(), 'xl/sharedStrings.xml', { uncompressedSize: 3 * 2 ** 30 });
    const e = await refusal(zip);
    expect(codes(e)).toEqual(['xlsx-too-big']);
    expect(e.findings[0]!.params).toMatchObject({ size: '3072.0 MiB', limit: '256.0 MiB' });
  });

  test('a part that inflates past the size its directory entry declares', async () => {
    // 8 MiB of spaces inside the sheet, declared as 1,000 bytes: the stream is cut at byte 1,001.
    const padded = workbookParts('소요예산', BUDGET).map(([n, c]): [string, string | Buffer] =>
      n === 'xl/worksheets/sheet1.xml' ? [n, String(c).replace('<sheetData>', `<sheetData>${' '.repeat(8 * 2 ** 20)}`)] : [n, c],
    );
    const zip = patchEntry(await zipParts(padded), 'xl/worksheets/sheet1.xml', { uncompressedSize: 1000 });
    const e = await refusal(zip);
    expect(codes(e)).toEqual(['xlsx-size-mismatch']);
    expect(e.findings[0]!.params.part).toBe('xl/worksheets/sheet1.xml');
  });
});

describe('hostile XML', () => {
  const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n';

  test('a DOCTYPE with entities (billion laughs) in the shared strings, named by part', async () => {
    const strings = ['사업', '재원', '연도', '금액', '1', '구비'];
    const e = await refusal(await budgetWorkbook(['xl/sharedStrings.xml', sharedStringsXml(strings, laughs)]));
    expect(codes(e)).toEqual(['xlsx-doctype']);
    expect(renderFindingLines(e.findings, 'ko')[0]).toBe(
      'data.xlsx: xl/sharedStrings.xml에 DOCTYPE/ENTITY 선언이 있습니다. Excel 통합문서에는 없는 것이라(XML 엔티티 공격) 열지 않습니다.',
    );
  });

  test('a DOCTYPE in any other XML part, e.g. docProps/app.xml', async () => {
    const e = await refusal(await budgetWorkbook(['docProps/app.xml', `<?xml version="1.0"?>\n<!doctype x SYSTEM "file:///etc/passwd"><Properties/>`]));
    expect(e.findings.map((f) => [f.code, f.params.part])).toEqual([['xlsx-doctype', 'docProps/app.xml']]);
  });

  test('a sheet read whole that uses row 1,048,576 (a declared dimension alone allocates nothing, so it is not judged)', async () => {
    const sheet = '<worksheet><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>';
    const e = await refusal(await budgetWorkbook(['xl/worksheets/sheet1.xml', sheet]));
    expect(codes(e)).toEqual(['xlsx-too-many-rows']);
    expect(renderFindingLines(e.findings, 'ko')[0]).toBe('data.xlsx 소요예산: 시트가 1048576행까지 있다고 적혀 있어 한도 100000행을 넘습니다. 열지 않습니다.');
  });

  test('more cells than the bound (a lowered bound keeps the test small)', async () => {
    const zip = await budgetWorkbook();
    const e = await readWorkbookBytes(zip, 'data.xlsx', { ...WORKBOOK_LIMITS, cells: 5 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(codes(e as InputError)).toEqual(['xlsx-too-many-cells']);
  });

  test('one XML token longer than the bound (held across inflated chunks)', async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" x="${'a'.repeat(3 * 2 ** 20)}"><v>1</v></c></row></sheetData></worksheet>`;
    const zip = await budgetWorkbook(['xl/worksheets/sheet1.xml', sheet]);
    const e = await readWorkbookBytes(zip, 'data.xlsx', { ...WORKBOOK_LIMITS, tokenChars: 2 ** 20 }).catch((x: unknown) => x);
    expect(codes(e as InputError)).toEqual(['xlsx-huge-element']);
  });

  test('shared-string indexes that do not exist: every such cell, located as Excel names it', async () => {
    // BUDGET's strings are 사업, 재원, 연도, 금액, 1, 구비 (indexes 0–5); B2 and A2 point past them.
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="s"><v>99</v></c><c r="C2"><v>2022</v></c><c r="D2"><v>5600</v></c></row></sheetData></worksheet>';
    const e = await refusal(await budgetWorkbook(['xl/worksheets/sheet1.xml', sheet]));
    expect(renderFindingLines(e.findings, 'ko')).toEqual([
      'data.xlsx 소요예산!A2: 공유 문자열 6번을 가리키지만 통합문서에는 6개뿐입니다(손상된 파일).',
      'data.xlsx 소요예산!B2: 공유 문자열 99번을 가리키지만 통합문서에는 6개뿐입니다(손상된 파일).',
    ]);
    expect(e.findings.map((f) => [f.sheet, f.cell])).toEqual([['소요예산', 'A2'], ['소요예산', 'B2']]);
  });
});
