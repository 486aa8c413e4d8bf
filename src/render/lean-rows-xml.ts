import { columnLetter } from '../model/provenance.js';
import type { LeanFormula, LeanRows } from './report/grid.js';
import { checkCellNumber } from './cell-number.js';
import { CellTooLong, cellText, EXCEL_CELL_CHARS } from './cell-guard.js';

/** XML 1.0 forbids these control characters outright; exceljs drops them too. */
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

const escapeXml = (text: string): string =>
  text.replace(FORBIDDEN, '').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/**
 * The workbook's shared-string table (xl/sharedStrings.xml as exceljs wrote it) with the lean rows' text
 * added: a national 기관별 sheet names 243 organisations and 1,600 projects 36,000 times each, so its rows
 * refer to each text by number and stay ASCII, the cheapest XML to build and deflate.
 */
export class LeanStrings {
  private readonly added = new Map<string, number>();
  private readonly first: number;
  private refs = 0;

  constructor(private readonly sst: Buffer) {
    this.first = Number(/uniqueCount="(\d+)"/.exec(this.head())?.[1] ?? Number.NaN);
    if (!Number.isInteger(this.first)) throw new Error('sharedStrings.xml: no uniqueCount');
  }

  index(raw: string): number {
    const text = cellText(raw);
    this.refs++;
    let i = this.added.get(text);
    if (i === undefined) this.added.set(text, (i = this.first + this.added.size));
    return i;
  }

  /** The table with the added strings at its end and its counts raised. */
  xml(): Buffer {
    if (this.added.size === 0) return this.sst;
    const head = this.head();
    const count = Number(/ count="(\d+)"/.exec(head)?.[1] ?? 0) + this.refs;
    const raised = head.replace(/ count="\d+"/, ` count="${count}"`).replace(/uniqueCount="\d+"/, `uniqueCount="${this.first + this.added.size}"`);
    const xml = this.sst.toString('utf8');
    const end = xml.lastIndexOf('</sst>');
    const items = [...this.added.keys()].map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('');
    return Buffer.from(xml.slice(0, xml.indexOf(head)) + raised + xml.slice(xml.indexOf(head) + head.length, end) + items + xml.slice(end), 'utf8');
  }

  private head(): string {
    const m = /<sst\b[^>]*>/.exec(this.sst.toString('utf8', 0, 4096));
    if (!m) throw new Error('sharedStrings.xml: no <sst>');
    return m[0];
  }
}

/**
 * The rest of a formula cell after its style, as exceljs writes one: the cached number, or an empty text
 * result as `t="str"` (a formula's text result is inline, never a shared string).
 */
function formulaXml(cell: LeanFormula): string {
  const f = `<f>${escapeXml(cell.formula)}</f>`;
  if (typeof cell.value === 'string' && cell.value !== '') checkCellNumber(cell.value);
  return cell.value === '' ? ` t="str">${f}<v></v></c>` : `>${f}<v>${cell.value}</v></c>`;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Rows are encoded in batches of about this many characters: no long string is built, nor the whole sheet. */
const BATCH = 1 << 16;

/**
 * A worksheet's XML (as exceljs wrote it) with the lean rows inserted after their template row, each cell
 * styled as the template's cell in its column; in chunks, made as the zip deflates them. Text is a shared
 * string (a string cell, never a formula, whatever it starts with); numbers are written as their exact
 * decimal text; a formula cell carries its cached result. Cells after a row's first go without their
 * optional address (`r`): each follows the one before, as the format defines (exceljs needs the first), a
 * quarter less XML to build and deflate.
 */
export function* leanSheetXml(sheetXml: Buffer, lean: LeanRows, strings: LeanStrings, sheet: string): Generator<Buffer> {
  const xml = sheetXml.toString('utf8');
  const open = xml.indexOf(`<row r="${lean.after}"`);
  const close = open < 0 ? -1 : xml.indexOf('</row>', open) + '</row>'.length;
  if (close < '</row>'.length) throw new Error(`lean rows: no template row ${lean.after}`);
  const template = xml.slice(open, close);
  // `<c s="5"` of the template's cell in each column (no style when the template has none there).
  const starts = lean.kinds.map((_, k) => {
    const cell = new RegExp(`<c r="${columnLetter(k + 1)}${lean.after}"([^>]*?)/?>`).exec(template);
    const s = cell && / s="(\d+)"/.exec(cell[1]!);
    return s ? `<c s="${s[1]}"` : '<c';
  });
  yield Buffer.from(xml.slice(0, close), 'utf8');
  let batch = '';
  // Batches are ASCII (latin1 is the cheapest encoding) unless a formula names a sheet in Hangul.
  let wide = false;
  for (let i = 0; i < lean.count; i++) {
    const cells = lean.row(i);
    const r = lean.after + 1 + i;
    batch += `<row r="${r}">`;
    for (let k = 0; k < cells.length; k++) {
      const v = cells[k];
      batch += k === 0 ? `<c r="A${r}"${starts[0]!.slice(2)}` : starts[k];
      if (v === null || v === undefined) batch += '/>';
      else if (typeof v === 'object') {
        batch += formulaXml(v);
        wide ||= NON_ASCII.test(v.formula);
      } else if (typeof v === 'number') batch += `><v>${v}</v></c>`;
      else if (lean.kinds[k] === 'number') {
        checkCellNumber(v);
        batch += `><v>${v}</v></c>`;
      }
      else {
        // Past Excel's limit for one cell: refused with its place, as the other cells are (cell-guard.ts).
        if (v.length > EXCEL_CELL_CHARS) throw new CellTooLong(sheet, `${columnLetter(k + 1)}${r}`, v.length);
        batch += ` t="s"><v>${strings.index(v)}</v></c>`;
      }
    }
    batch += '</row>';
    if (batch.length > BATCH) {
      yield Buffer.from(batch, wide ? 'utf8' : 'latin1');
      batch = '';
      wide = false;
    }
  }
  yield Buffer.from(batch, wide ? 'utf8' : 'latin1');
  yield Buffer.from(xml.slice(close), 'utf8');
}
