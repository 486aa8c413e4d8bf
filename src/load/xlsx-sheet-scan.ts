import { plainDecimal } from './number-text.js';
import { serialDateText } from './xlsx-dates.js';
import { TokenTooLong } from './xml-scan.js';
import { decodeExcelEscapes, decodeStrCellAgain, decodeXmlText } from './xml-text.js';

/** The sheet's XML is not what a worksheet holds; `row`/`column` say where the scan was. */
export class SheetSyntaxError extends Error {
  constructor(readonly reason: string, readonly row: number, readonly column: number) {
    super(reason);
  }
}

/** A DOCTYPE or ENTITY declaration: never in a workbook, the start of entity attacks. */
export class SheetDoctype extends Error {}

/** Which cell styles (`s`) show numbers as dates (see xlsx-dates.ts), and the workbook's date system. */
export interface SheetDates {
  styles: readonly boolean[];
  date1904: boolean;
}

export interface SheetVisitor {
  /** A row that holds at least one value; `cells[c - 1]` is column c's text, '' where blank. */
  row(row: number, cells: string[]): void;
  /** A `t="s"` cell whose index names no shared string. */
  missingShared(row: number, column: number, value: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUEST = 0x3f;
const COLON = 0x3a;
const QUOT = 0x22;
const APOS = 0x27;

const CELL_END = Uint8Array.from(Buffer.from('</v></c>', 'latin1'));

const enum Type { Number, Shared, Str, Inline, Bool, Error }
const enum Capture { None, Text, SharedIndex }

/**
 * A worksheet's XML read as bytes, chunk by chunk, into rows of cell text: no DOM and no string of the
 * whole sheet (a national sheet is 113 MB of XML). Only `<row>`, `<c>`, `<v>`, `<is>`, `<t>`, `<r>` and
 * `<rPh>` mean anything; everything else is skipped. An unfinished token waits for the next chunk, so
 * memory is bounded by `maxToken`. Each cell's text is what the exceljs reader gives for it (see
 * xlsx.ts): shared and inline strings (rich-text runs joined), numbers as exact plain decimals, booleans
 * as TRUE/FALSE, errors as written; a formula by its cached value. A cell without `r` is the one after
 * the previous cell; a row without `r` the one after the previous row.
 */
export class SheetScanner {
  private carry: Buffer | undefined;
  private row = 0;
  private col = 0;
  private cells: string[] = [];
  private inRow = false;
  private inCell = false;
  private type = Type.Number;
  private capture = Capture.None;
  private text = '';
  private index = 0;
  private indexText = '';
  private hasValue = false;
  private inRun = false;
  private phonetic = false;

  constructor(
    private readonly shared: readonly string[],
    private readonly visitor: SheetVisitor,
    private readonly maxToken: number,
    private readonly dates: SheetDates = { styles: [], date1904: false },
  ) {}

  write(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const used = this.scan(buf, false);
    this.carry = used < buf.length ? buf.subarray(used) : undefined;
    if (this.carry && this.carry.length > this.maxToken) throw new TokenTooLong();
  }

  end(): void {
    if (this.carry) this.scan(this.carry, true);
    this.carry = undefined;
    if (this.inRow) this.endRow();
  }

  /** Reads complete tokens from `buf`; returns where the first unfinished one starts. */
  private scan(buf: Buffer, final: boolean): number {
    const n = buf.length;
    let i = 0;
    while (i < n) {
      if (buf[i] !== LT) {
        let j = i + 1;
        while (j < n && buf[j] !== LT) j++;
        if (j === n && !final) return i;
        if (this.capture !== Capture.None) this.take(buf, i, j);
        i = j;
        continue;
      }
      if (i + 1 >= n) {
        if (final) this.fail('an unfinished tag');
        return i;
      }
      const next = buf[i + 1];
      if (next === BANG || next === QUEST) {
        const end = this.special(buf, i, final);
        if (end < 0) return i;
        i = end;
        continue;
      }
      const end = tagEnd(buf, i + 1);
      if (end < 0) {
        if (final) this.fail('an unfinished tag');
        return i;
      }
      this.tag(buf, i + 1, end);
      i = this.inCell && this.capture === Capture.None ? this.simpleCell(buf, end + 1) : end + 1;
    }
    return n;
  }

  /** `<!-- -->`, `<![CDATA[ ]]>`, `<?…?>`; a DOCTYPE or ENTITY is refused. Returns the index after it, or -1. */
  private special(buf: Buffer, i: number, final: boolean): number {
    const head = buf.toString('latin1', i, Math.min(buf.length, i + 9));
    let close: string;
    if (head.startsWith('<!--')) close = '-->';
    else if (head.startsWith('<![CDATA[')) close = ']]>';
    else if (head.startsWith('<?')) close = '?>';
    else if (/^<!(D|E|$)/i.test(head) && (head.length >= 9 || final)) throw new SheetDoctype();
    else if (head.length < 9 && !final) return -1;
    else return this.fail('an unknown <! declaration');
    const end = buf.indexOf(close, i + (close === ']]>' ? 9 : close === '-->' ? 4 : 2), 'latin1');
    if (end < 0) {
      if (final) this.fail(`an unfinished ${close === '?>' ? 'processing instruction' : close === '-->' ? 'comment' : 'CDATA section'}`);
      return -1;
    }
    if (close === ']]>' && this.capture === Capture.Text && end > i + 9) {
      this.text += buf.toString('utf8', i + 9, end);
      this.hasValue = true;
    }
    return end + close.length;
  }

  private take(buf: Buffer, start: number, end: number): void {
    this.hasValue = true;
    if (this.capture === Capture.Text) {
      const piece = decodeXmlText(buf.toString(this.type === Type.Number ? 'latin1' : 'utf8', start, end));
      this.text = this.text === '' ? piece : this.text + piece;
      return;
    }
    // A shared-string index: digits straight from the bytes (whitespace around them allowed).
    for (let k = start; k < end; k++) {
      const d = buf[k]! - 0x30;
      if (d >= 0 && d <= 9 && this.index >= 0) this.index = this.index * 10 + d;
      else if (buf[k] !== 0x20 && buf[k] !== 0x0a && buf[k] !== 0x0d && buf[k] !== 0x09) this.index = -1;
    }
    this.indexText += buf.toString('latin1', start, end);
  }

  private tag(buf: Buffer, start: number, end: number): void {
    const closing = buf[start] === SLASH;
    let s = closing ? start + 1 : start;
    let e = s;
    while (e < end && buf[e]! > 0x20 && buf[e] !== SLASH) {
      if (buf[e] === COLON) s = e + 1;
      e++;
    }
    const selfClosing = !closing && buf[end - 1] === SLASH;
    const len = e - s;
    const c0 = buf[s];
    if (len === 1) {
      if (c0 === 0x63 /* c */) return closing ? this.endCell() : this.openCell(buf, e, end, selfClosing);
      if (!this.inCell) return;
      if (c0 === 0x76 /* v */ || c0 === 0x74 /* t */) {
        // exceljs decodes `_xHHHH_` in rich-text runs of an inline string, not in its plain <t>.
        if (closing && c0 === 0x74 && this.inRun && this.capture === Capture.Text) this.text = this.text.slice(0, this.runStart) + decodeExcelEscapes(this.text.slice(this.runStart));
        if (closing || selfClosing || (c0 === 0x74 && this.phonetic)) {
          this.capture = Capture.None;
          return;
        }
        this.capture = c0 === 0x76 && this.type === Type.Shared ? Capture.SharedIndex : Capture.Text;
        this.runStart = this.text.length;
        return;
      }
      if (c0 === 0x72 /* r */) this.inRun = !closing && !selfClosing;
      return;
    }
    if (len === 3 && c0 === 0x72 && buf[s + 1] === 0x6f && buf[s + 2] === 0x77 /* row */) {
      if (closing) return this.endRow();
      if (this.inRow) this.endRow();
      const r = numberAttr(buf, e, end, 0x72);
      this.row = r > 0 ? r : this.row + 1;
      this.col = 0;
      this.inRow = !selfClosing;
      return;
    }
    if (len === 3 && c0 === 0x72 && buf[s + 1] === 0x50 && buf[s + 2] === 0x68 /* rPh */) this.phonetic = !closing && !selfClosing;
  }

  /**
   * Most cells are `<c …><v>digits</v></c>`: read the value and close the cell in one step, without the
   * three tags' general handling. Returns where reading goes on (`from` itself when the cell is not so).
   */
  private simpleCell(buf: Buffer, from: number): number {
    if (buf[from] !== LT || buf[from + 1] !== 0x76 || buf[from + 2] !== GT || (this.type !== Type.Shared && this.type !== Type.Number)) return from;
    const start = from + 3;
    let k = start;
    const n = buf.length;
    let plain = true;
    for (; k < n && buf[k] !== LT; k++) if (buf[k] === 0x26 /* & */) plain = false;
    if (!plain || k === start || k + 8 > n) return from;
    for (let j = 0; j < 8; j++) if (buf[k + j] !== CELL_END[j]) return from;
    if (this.type === Type.Shared) {
      let index = 0;
      for (let j = start; j < k; j++) {
        const d = buf[j]! - 0x30;
        if (d < 0 || d > 9) return from;
        index = index * 10 + d;
      }
      this.index = index;
      this.indexText = buf.toString('latin1', start, k);
    } else {
      this.text = buf.toString('latin1', start, k);
    }
    this.hasValue = true;
    this.endCell();
    return k + 8;
  }

  private runStart = 0;
  private readonly attrs: CellAttrs = { refStart: -1, refEnd: -1, typeStart: -1, typeEnd: -1, style: -1 };
  private style = -1;

  private openCell(buf: Buffer, from: number, end: number, selfClosing: boolean): void {
    if (!this.inRow) {
      // A cell outside any <row>: Excel never writes one; read it into the row after the last.
      this.row++;
      this.col = 0;
      this.inRow = true;
    }
    cellAttrs(buf, from, end, this.attrs);
    const column = this.attrs.refStart >= 0 ? columnOf(buf, this.attrs.refStart, this.attrs.refEnd) : 0;
    this.col = column > 0 ? column : this.col + 1;
    this.type = this.attrs.typeStart >= 0 ? typeOf(buf, this.attrs.typeStart, this.attrs.typeEnd) : Type.Number;
    this.style = this.attrs.style;
    this.text = '';
    this.index = 0;
    this.indexText = '';
    this.hasValue = false;
    this.inRun = false;
    this.phonetic = false;
    this.inCell = !selfClosing;
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.capture = Capture.None;
    if (!this.hasValue) return;
    const value = this.valueText();
    if (value !== '') this.cells[this.col - 1] = value;
  }

  private valueText(): string {
    switch (this.type) {
      case Type.Shared: {
        // Digits only (spaces around them allowed): `1 2` is no index, not 12.
        const s = this.index >= 0 && /^\d+$/.test(this.indexText.trim()) ? this.shared[this.index] : undefined;
        if (s === undefined) this.visitor.missingShared(this.row, this.col, this.indexText.trim());
        return s ?? '';
      }
      case Type.Bool:
        // As exceljs reads it (parseInt, anything but 0 is TRUE), so that both readers give the same text.
        return parseInt(this.text, 10) !== 0 ? 'TRUE' : 'FALSE';
      case Type.Str:
        return decodeStrCellAgain(this.text);
      case Type.Number:
        // exceljs gives a number in a date-formatted cell as a date.
        return this.dates.styles[this.style] ? serialDateText(this.text, this.dates.date1904) : plainDecimal(this.text.trim());
      default:
        return this.text;
    }
  }

  private endRow(): void {
    this.inRow = false;
    const { cells } = this;
    if (cells.length === 0) return;
    for (let k = 0; k < cells.length; k++) cells[k] ??= '';
    this.cells = [];
    this.visitor.row(this.row, cells);
  }

  private fail(reason: string): never {
    throw new SheetSyntaxError(reason, Math.max(1, this.row), Math.max(1, this.col));
  }
}

/** A cell's `t`, from its bytes: s, str, inlineStr, b, e; anything else (n, d, none) is a number. */
function typeOf(buf: Buffer, start: number, end: number): Type {
  const len = end - start;
  const c = buf[start];
  if (len === 1) return c === 0x73 ? Type.Shared : c === 0x62 ? Type.Bool : c === 0x65 ? Type.Error : Type.Number;
  if (len === 3 && c === 0x73 && buf[start + 1] === 0x74 && buf[start + 2] === 0x72) return Type.Str;
  if (len === 9 && buf.toString('latin1', start, end) === 'inlineStr') return Type.Inline;
  return Type.Number;
}

interface CellAttrs {
  refStart: number;
  refEnd: number;
  typeStart: number;
  typeEnd: number;
  /** The style index `s` when it is plain digits, else -1. */
  style: number;
}

/** The value ranges of a `<c>` tag's `r` and `t` attributes (-1 when absent) and its style, in one pass over its bytes. */
function cellAttrs(buf: Buffer, from: number, end: number, out: CellAttrs): void {
  out.refStart = out.refEnd = out.typeStart = out.typeEnd = out.style = -1;
  let i = from;
  while (i < end) {
    while (i < end && buf[i]! <= 0x20) i++;
    const nameStart = i;
    while (i < end && buf[i]! > 0x20 && buf[i] !== 0x3d) i++;
    const one = i - nameStart === 1 ? buf[nameStart] : 0;
    while (i < end && buf[i]! <= 0x20) i++;
    if (buf[i] !== 0x3d) return;
    i++;
    while (i < end && buf[i]! <= 0x20) i++;
    const q = buf[i];
    if (q !== QUOT && q !== APOS) return;
    let close = i + 1;
    while (close < end && buf[close] !== q) close++;
    if (close >= end) return;
    if (one === 0x72) {
      out.refStart = i + 1;
      out.refEnd = close;
    } else if (one === 0x74) {
      out.typeStart = i + 1;
      out.typeEnd = close;
    } else if (one === 0x73 && close - i - 1 <= 9) {
      let style = close > i + 1 ? 0 : -1;
      for (let j = i + 1; j < close && style >= 0; j++) style = buf[j]! >= 0x30 && buf[j]! <= 0x39 ? style * 10 + buf[j]! - 0x30 : -1;
      out.style = style;
    }
    i = close + 1;
  }
}

/** The `>` that ends a tag starting at `from`, skipping quoted attribute values; -1 if not in `buf`. */
function tagEnd(buf: Buffer, from: number): number {
  const n = buf.length;
  for (let i = from; i < n; i++) {
    const b = buf[i];
    if (b === GT) return i;
    if (b === QUOT || b === APOS) {
      i++;
      while (i < n && buf[i] !== b) i++;
    }
  }
  return -1;
}

/** The value range of the one-letter attribute `letter` (e.g. `r`, `t`) in a tag's bytes. */
function attrRange(buf: Buffer, from: number, end: number, letter: number): [number, number] | undefined {
  for (let i = from; i < end; i++) {
    const b = buf[i];
    if (b === QUOT || b === APOS) {
      i = buf.indexOf(b, i + 1);
      if (i < 0 || i >= end) return undefined;
      continue;
    }
    if (b !== letter || buf[i - 1]! > 0x20) continue;
    let k = i + 1;
    while (k < end && buf[k]! <= 0x20) k++;
    if (buf[k] !== 0x3d /* = */) continue;
    k++;
    while (k < end && buf[k]! <= 0x20) k++;
    const q = buf[k];
    if (q !== QUOT && q !== APOS) return undefined;
    const close = buf.indexOf(q, k + 1);
    return close < 0 || close > end ? undefined : [k + 1, close];
  }
  return undefined;
}

function numberAttr(buf: Buffer, from: number, end: number, letter: number): number {
  const range = attrRange(buf, from, end, letter);
  if (!range || range[1] - range[0] > 9) return 0;
  let n = 0;
  for (let i = range[0]; i < range[1]; i++) {
    const d = buf[i]! - 0x30;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}

/** `AB12` → 28; 0 when the reference is not letters then digits (or past Excel's XFD). */
function columnOf(buf: Buffer, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const l = buf[i]! - 0x41;
    if (l < 0 || l > 25) break;
    col = col * 26 + l + 1;
  }
  if (i === start || i - start > 3 || col > 16384) return 0;
  for (; i < end; i++) {
    const d = buf[i]! - 0x30;
    if (d < 0 || d > 9) return 0;
  }
  return col;
}
