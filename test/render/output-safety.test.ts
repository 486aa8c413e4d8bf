import { Decimal } from 'decimal.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { sheetName, renderXlsx } from '../../src/render/xlsx.js';

const BOOK = { title: '2022년 주요업무보고', org: '', negative: 'triangle' } as const;
import { amount, text, type Sheet } from '../../src/render/sheet.js';
import { renderText } from '../../src/render/text.js';
import { entryText } from '../helpers/workbook-zip.js';
import { PLAIN } from '../../src/render/ansi.js';

/** Text a spreadsheet would run as a formula, or that starts with a character some treat as one. */
const HOSTILE = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'];

const sheet = (name = '예산'): Sheet => ({
  name,
  title: '=제목',
  rows: [{ style: 'item', cells: [...HOSTILE.map(text), amount(new Decimal(-1234))] }],
});

const sheetXml = (xlsx: Buffer): Promise<string> => entryText(xlsx, 'xl/worksheets/sheet1.xml');

describe('formula-like text', () => {
  test('CSV: each gets a leading apostrophe; the number stays a number', () => {
    const bytes = renderCsv([sheet()], 'utf-8');
    const [row] = parse(bytes.subarray(3).toString('utf8'), { relax_column_count: true }) as string[][];
    expect(row).toEqual([...HOSTILE.map((h) => `'${h}`), '-1234']);
  });

  test('CSV: a bare CR or LF inside a text cell is quoted, so the cell stays one cell (csv-stringify left a bare CR unquoted)', () => {
    const s: Sheet = { name: 'x', title: 't', rows: [{ style: 'item', cells: [text('a\rb'), text('c\nd'), text('e')] }] };
    const records = parse(renderCsv([s], 'utf-8').subarray(3).toString('utf8'), { relax_column_count: true }) as string[][];
    expect(records).toEqual([['a\rb', 'c\nd', 'e']]);
  });

  test('CSV with two sheets: the titles are guarded too', () => {
    const lines = renderCsv([sheet(), sheet('b')], 'utf-8').subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe("'=제목");
  });

  test('XLSX: written as string cells (read back: type String, same text; no <f> in the sheet XML)', async () => {
    const xlsx = await renderXlsx([sheet()], BOOK);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const row = wb.worksheets[0]!.getRow(2);
    const cells = HOSTILE.map((_, i) => row.getCell(i + 1));
    // CR alone is not kept by XML parsers' line-end normalisation; what matters is the type.
    expect(cells.map((c) => c.type)).toEqual(HOSTILE.map(() => ExcelJS.ValueType.String));
    expect(cells.slice(0, 5).map((c) => c.value)).toEqual(HOSTILE.slice(0, 5));
    expect(row.getCell(HOSTILE.length + 1).type).toBe(ExcelJS.ValueType.Number);
    const xml = await sheetXml(xlsx);
    expect(xml).not.toMatch(/<f[ >]/);
    const textCells = xml.match(/<c r="[A-G]2"[^>]*>/g) ?? [];
    expect(textCells).toHaveLength(HOSTILE.length);
    for (const c of textCells) expect(c).toContain('t="s"');
  });

  test('XLSX sheet names from labels: forbidden characters replaced, duplicates numbered, at most 31 characters', async () => {
    const used = new Set<string>();
    expect(sheetName('2022/23 [예산]: 구비?', used)).toBe('2022_23 _예산__ 구비_');
    expect(sheetName('2022/23 [예산]: 구비?', used)).toBe('2022_23 _예산__ 구비_~2');
    expect(sheetName('가'.repeat(40), used)).toHaveLength(31);
    const xlsx = await renderXlsx([sheet('a/b'), sheet('a/b')], BOOK);
    expect(xlsx.length).toBeGreaterThan(0);
  });
});

describe('terminal output', () => {
  test('control characters and bidi overrides in labels are shown escaped', () => {
    const s: Sheet = { name: 'x', title: 't', rows: [{ style: 'item', cells: [text('abc\u202Edef\u001b[31m')] }] };
    const { lines } = renderText(s, { styles: PLAIN, negative: 'triangle' });
    expect(lines[1]).toBe('abc\\u{202e}def\\u{001b}[31m');
    expect(lines.join('')).not.toMatch(/[\u001b\u202e]/);
  });
});
