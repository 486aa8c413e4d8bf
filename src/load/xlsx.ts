import { readFileSync } from 'node:fs';
import type { Cell, Workbook } from 'exceljs';
import { findingAt } from '../model/finding.js';
import { InputError } from './input-error.js';
import type { RawRow, RawTable } from './raw-table.js';
import { fileProblem } from './input-error.js';
import { plainDecimal } from './number-text.js';
import { inspectWorkbook } from './xlsx-inspect.js';
import { excelJsWorkbook } from '../vendor/lazy-modules.js';

/**
 * Reads every worksheet of an XLSX workbook as text tables, rows numbered as Excel shows them.
 * The bytes are inspected first (zip bombs, encryption, DOCTYPE, absurd sizes: see xlsx-inspect.ts), so
 * exceljs, which inflates everything into memory, only ever sees a workbook of sane size.
 * exceljs is imported here, on demand, so commands that read only CSV never pay for loading it.
 */
export async function readWorkbook(path: string, file: string): Promise<RawTable[]> {
  return readWorkbookBytes(workbookBytes(path, file), file);
}

export function workbookBytes(path: string, file: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw fileProblem(file, e);
  }
}

/** readWorkbook for bytes already read. */
export async function readWorkbookBytes(bytes: Buffer, file: string): Promise<RawTable[]> {
  await inspectWorkbook(bytes, file);
  const ExcelWorkbook = excelJsWorkbook();
  const wb: Workbook = new ExcelWorkbook();
  try {
    // exceljs's types ask for an ArrayBuffer-backed Buffer; JSZip takes any Buffer at run time.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError([findingAt('not-a-workbook', 'error', { file }, { file, reason: (e as Error).message })]);
  }
  const tables: RawTable[] = [];
  wb.eachSheet((ws) => {
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = cellToText(cell);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      rows.push({ row: rowNumber, cells });
    });
    tables.push({ file, sheet: ws.name, rows });
  });
  return tables;
}

/** A cell's value as text: numbers in their shortest exact decimal form, formulas by their cached result. */
export function cellToText(cell: Cell): string {
  // A merged range's other cells report the top-left value in exceljs; as printed they are blank.
  if (cell.isMerged && cell.master !== cell) return '';
  return valueToText(cell.value);
}

function valueToText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string; formula?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o || 'formula' in o) return valueToText(o.result);
    if (typeof o.text === 'string') return o.text;
    if (typeof o.error === 'string') return o.error;
  }
  return String(v);
}

/**
 * Excel stores numbers as doubles and writes the shortest decimal that reads back as the same double,
 * which is what the user typed (1588400, 0.7). exceljs has turned that text into a double; String() gives
 * the same shortest digits back, written out in plain decimals as the streaming reader writes the text it
 * reads (1e-7 → 0.0000001, 2^60 → 1152921504606847000: the digits Excel wrote, not the double's exact value).
 */
function numberText(n: number): string {
  return plainDecimal(String(n));
}
