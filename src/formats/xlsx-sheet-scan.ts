import { excelNumberText } from './number-text.js';
import { percentText, serialDateText, type SheetFormats } from './xlsx-number-formats.js';
import { decodeExcelEscapes, decodeXmlText, hasBadReference, TokenTooLong } from './xml-scan.js';

/** The sheet's XML is not what a worksheet holds; `row`/`column` say where the scan was. */
export class SheetSyntaxError extends Error {
  constructor(readonly reason: string, readonly row: number, readonly column: number) {
    super(reason);
  }
}

/** A cell or row past Excel's grid (1,048,576 rows, 16,384 columns: XFD); `ref` is as the file wrote it. */
export class SheetPastLimits extends Error {
  constructor(readonly row: number, readonly column: number, readonly ref: string) {
    super(ref);
  }
}

/** Excel's grid: no workbook Excel opens has a cell past row 1,048,576 or column XFD (16,384). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** A DOCTYPE or ENTITY declaration: never in a workbook, the start of entity attacks. */
export class SheetDoctype extends Error {}

export interface SheetVisitor {
  /** A row that holds at least one value; `cells[c - 1]` is column c's text, '' where blank. */
  row(row: number, cells: string[]): void;
  /** A `t="s"` cell whose index names no shared string. */
  missingShared(row: number, column: number, value: string): void;
  /**
   * A cell holding a formula: its text (empty for a shared formula's followers, which carry none) and
   * its cached value as read ('' when the file holds none: a workbook saved by a program that does not
   * calculate, whose figure nobody has seen).
   */
  formula(row: number, column: number, formula: string, cached: string | undefined): void;
  /**
   * A number cell whose style shows it otherwise (a date, a percentage: see xlsx-number-formats.ts), its
   * stored number as plain decimals: what a formula over the cell computes with, where `row` gives what it shows.
   */
  shownOtherwise?(row: number, column: number, numeral: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUEST = 0x3f;
const COLON = 0x3a;
const QUOT = 0x22;
const APOS = 0x27;
const AMP = 0x26;

const CELL_END = Uint8Array.from(Buffer.from('</v></c>', 'latin1'));

const enum Type { Number, Shared, Str, Inline, Bool, Error, IsoDate }
const enum Capture { None, Text, SharedIndex, Formula }

/**
 * A worksheet's XML read as bytes, chunk by chunk, into rows of cell text: no DOM and no string of the
 * whole sheet (a national sheet is 113 MB of XML). Only `<row>`, `<c>`, `<v>`, `<f>`, `<is>`, `<t>` and
 * `<rPh>` mean anything; every other element is only checked. The XML must be well-formed as it goes:
 * elements closed in the order opened, attributes written `name="value"`, every `&` an entity (a part that
 * is not is refused, never half read). An unfinished token waits for the next chunk, so memory is bounded
 * by `maxToken`. Each cell's text: shared and inline strings (rich-text runs joined, phonetic guides left
 * out, Excel's `_xHHHH_` escapes decoded), numbers as Excel shows them (plain decimals, 15 significant
 * digits: see excelNumberText), numbers in a date format as `YYYY-MM-DD`, numbers in a percent format as
 * the percentage shown (`107%`), booleans as TRUE/FALSE, errors as written, a formula by its cached value
 * (given to `formula` as the number itself, whatever its style shows). A cell without `r` is the one after
 * the previous cell; a row without `r` the one after the previous row; nothing may lie past Excel's grid.
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
  private indexChecked = false;
  private hasValue = false;
  /** A `<v>` or `<is>` was opened: the cell holds a value, even an empty one. */
  private cached = false;
  private hasFormula = false;
  private formulaText = '';
  private phonetic = false;
  /** The open elements, each by a hash of its qualified name, to check that each is closed in turn. */
  private readonly open: number[] = [];
  private depth = 0;
  private rooted = false;

  constructor(
    private readonly shared: readonly string[],
    private readonly visitor: SheetVisitor,
    private readonly maxToken: number,
    private readonly formats: SheetFormats = { styles: [], date1904: false },
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
    if (this.depth > 0) this.fail('an element that is never closed');
    if (!this.rooted) this.fail('no worksheet element');
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
        else if (this.depth === 0) this.outside(buf, i, j);
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

  /** Only white space may stand outside the root element. */
  private outside(buf: Buffer, start: number, end: number): void {
    for (let k = start; k < end; k++) if (buf[k]! > 0x20) this.fail('text outside the worksheet element');
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
    if (close === ']]>') {
      if (this.depth === 0) this.fail('a CDATA section outside the worksheet element');
      if (this.capture === Capture.Text && end > i + 9) {
        this.text += buf.toString('utf8', i + 9, end);
        this.hasValue = true;
      }
    }
    return end + close.length;
  }

  private take(buf: Buffer, start: number, end: number): void {
    this.hasValue = true;
    if (this.capture === Capture.Text || this.capture === Capture.Formula) {
      const raw = buf.toString(this.type === Type.Number && this.capture === Capture.Text ? 'latin1' : 'utf8', start, end);
      if (raw.includes('&') && hasBadReference(raw)) this.fail('an & that starts no entity');
      const piece = decodeXmlText(raw);
      if (this.capture === Capture.Formula) this.formulaText += piece;
      else this.text = this.text === '' ? piece : this.text + piece;
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
    const nameStart = closing ? start + 1 : start;
    let s = nameStart;
    let e = s;
    let hash = 0;
    while (e < end && buf[e]! > 0x20 && buf[e] !== SLASH) {
      if (buf[e] === COLON) s = e + 1;
      hash = (Math.imul(hash, 31) + buf[e]!) | 0;
      e++;
    }
    if (e === nameStart) this.fail('a tag without a name');
    const selfClosing = !closing && buf[end - 1] === SLASH;
    const len = e - s;
    const c0 = buf[s];
    if (closing) {
      for (let k = e; k < end; k++) if (buf[k]! > 0x20) this.fail('a closing tag with attributes');
      if (this.depth === 0 || this.open[--this.depth] !== hash) this.fail('a closing tag that matches no open element');
    } else {
      // A cell's attributes are read, and so checked, by cellAttrs; every other tag's are checked here.
      if (!(len === 1 && c0 === 0x63) && !attributesWellFormed(buf, e, selfClosing ? end - 1 : end)) this.fail('a malformed attribute');
      if (this.depth === 0 && this.rooted) this.fail('a second root element');
      this.rooted = true;
      if (!selfClosing) this.open[this.depth++] = hash;
    }
    if (len === 1) {
      if (c0 === 0x63 /* c */) return closing ? this.endCell() : this.openCell(buf, e, selfClosing ? end - 1 : end, selfClosing);
      if (!this.inCell) return;
      if (c0 === 0x76 /* v */ || c0 === 0x74 /* t */) {
        if (c0 === 0x76 && !closing && !selfClosing) this.cached = true;
        if (closing || selfClosing || (c0 === 0x74 && this.phonetic)) {
          this.capture = Capture.None;
          return;
        }
        this.capture = c0 === 0x76 && this.type === Type.Shared ? Capture.SharedIndex : Capture.Text;
        return;
      }
      if (c0 === 0x66 /* f */) {
        this.hasFormula = true;
        this.capture = closing || selfClosing ? Capture.None : Capture.Formula;
      }
      return;
    }
    if (len === 2 && c0 === 0x69 && buf[s + 1] === 0x73 /* is */ && !closing && this.inCell) {
      this.cached = true;
      return;
    }
    if (len === 3 && c0 === 0x72 && buf[s + 1] === 0x6f && buf[s + 2] === 0x77 /* row */) {
      if (closing) return this.endRow();
      if (this.inRow) this.endRow();
      const r = rowAttr(buf, e, end);
      if (r < 0) this.fail('a row number that is not a number');
      this.row = r > 0 ? r : this.row + 1;
      if (this.row > EXCEL_ROWS) throw new SheetPastLimits(this.row, 1, `row ${r > 0 ? r : this.row}`);
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
    for (; k < n && buf[k] !== LT; k++) if (buf[k] === AMP) plain = false;
    if (!plain || k === start || k + 8 > n) return from;
    for (let j = 0; j < 8; j++) if (buf[k + j] !== CELL_END[j]) return from;
    if (this.type === Type.Shared) {
      // Past 9 digits no index is real: the general path keeps the digits as written for the message.
      if (k - start > 9) return from;
      let index = 0;
      for (let j = start; j < k; j++) {
        const d = buf[j]! - 0x30;
        if (d < 0 || d > 9) return from;
        index = index * 10 + d;
      }
      this.index = index;
      // Digits only, just checked: no text needed unless the index turns out to name no string.
      this.indexChecked = true;
    } else {
      this.text = buf.toString('latin1', start, k);
    }
    this.hasValue = true;
    this.cached = true;
    // `</c>` closes the `<c>` opened just before.
    this.depth--;
    this.endCell();
    return k + 8;
  }

  private readonly attrs: CellAttrs = { refStart: -1, refEnd: -1, typeStart: -1, typeEnd: -1, style: -1 };
  private style = -1;

  private openCell(buf: Buffer, from: number, end: number, selfClosing: boolean): void {
    if (!this.inRow) this.fail('a cell outside any row');
    if (!cellAttrs(buf, from, end, this.attrs)) {
      // Its reference may be what is malformed: named as the cell after the previous one.
      this.col++;
      this.fail('a malformed attribute');
    }
    const column = this.attrs.refStart >= 0 ? columnOf(buf, this.attrs.refStart, this.attrs.refEnd) : this.col + 1;
    if (column === 0) this.fail('a malformed cell reference');
    this.col = column;
    if (column > EXCEL_COLUMNS) throw new SheetPastLimits(this.row, column, buf.toString('latin1', this.attrs.refStart, this.attrs.refEnd) || `column ${column}`);
    this.type = this.attrs.typeStart >= 0 ? typeOf(buf, this.attrs.typeStart, this.attrs.typeEnd) : Type.Number;
    this.style = this.attrs.style;
    this.text = '';
    this.index = 0;
    this.indexText = '';
    this.indexChecked = false;
    this.hasValue = false;
    this.cached = false;
    this.hasFormula = false;
    this.formulaText = '';
    this.phonetic = false;
    this.inCell = !selfClosing;
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.capture = Capture.None;
    const value = this.hasValue ? this.valueText() : '';
    const shown = this.type === Type.Number && value !== '' ? this.formats.styles[this.style] : null;
    const numeral = shown ? excelNumberText(this.text.trim()) : value;
    if (shown) this.visitor.shownOtherwise?.(this.row, this.col, numeral);
    if (this.hasFormula) this.visitor.formula(this.row, this.col, this.formulaText, this.cached ? numeral : undefined);
    if (value !== '') this.cells[this.col - 1] = value;
  }

  private valueText(): string {
    switch (this.type) {
      case Type.Shared: {
        // Digits only (spaces around them allowed): `1 2` is no index, not 12.
        const s = this.indexChecked || (this.index >= 0 && /^\d+$/.test(this.indexText.trim())) ? this.shared[this.index] : undefined;
        if (s === undefined) this.visitor.missingShared(this.row, this.col, this.indexChecked ? String(this.index) : this.indexText.trim());
        return s ?? '';
      }
      case Type.Bool: {
        const b = this.text.trim();
        if (b !== '0' && b !== '1') this.fail('a boolean that is neither 0 nor 1');
        return b === '1' ? 'TRUE' : 'FALSE';
      }
      case Type.Str:
      case Type.Inline:
        return decodeExcelEscapes(this.text);
      case Type.Number: {
        const shown = this.formats.styles[this.style];
        if (shown === 'date') return serialDateText(this.text, this.formats.date1904);
        return shown === 'percent' ? percentText(this.text) : excelNumberText(this.text.trim());
      }
      case Type.IsoDate:
        return isoDateText(this.text.trim());
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

/**
 * A `t="d"` cell (ISO 8601, written by some programs instead of a serial number): its date as `YYYY-MM-DD`,
 * as a date-formatted number reads, when it is a day (no time, or midnight); otherwise as written.
 */
function isoDateText(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:00)?)?$/.exec(text);
  return m ? m[1]! : text;
}

/** A cell's `t`, from its bytes: s, str, inlineStr, b, e, d (an ISO 8601 date); anything else (n, none) is a number. */
function typeOf(buf: Buffer, start: number, end: number): Type {
  const len = end - start;
  const c = buf[start];
  if (len === 1) return c === 0x73 ? Type.Shared : c === 0x62 ? Type.Bool : c === 0x65 ? Type.Error : c === 0x64 ? Type.IsoDate : Type.Number;
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

/**
 * The value ranges of a `<c>` tag's `r` and `t` attributes (-1 when absent) and its style, in one pass over
 * its bytes; false when the attributes are not all `name="value"`.
 */
function cellAttrs(buf: Buffer, from: number, end: number, out: CellAttrs): boolean {
  out.refStart = out.refEnd = out.typeStart = out.typeEnd = out.style = -1;
  let i = from;
  for (;;) {
    const gap = i;
    while (i < end && buf[i]! <= 0x20) i++;
    if (i >= end) return true;
    if (i === gap) return false;
    const nameStart = i;
    while (i < end && buf[i]! > 0x20 && buf[i] !== 0x3d) i++;
    const one = i - nameStart === 1 ? buf[nameStart] : 0;
    while (i < end && buf[i]! <= 0x20) i++;
    if (buf[i] !== 0x3d || i === nameStart) return false;
    i++;
    while (i < end && buf[i]! <= 0x20) i++;
    const q = buf[i];
    if (q !== QUOT && q !== APOS) return false;
    let close = i + 1;
    while (close < end && buf[close] !== q && buf[close] !== LT) close++;
    if (close >= end || buf[close] === LT) return false;
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

/** Whether a tag's bytes after its name are zero or more ` name="value"` pairs (the same test as cellAttrs). */
function attributesWellFormed(buf: Buffer, from: number, end: number): boolean {
  return cellAttrs(buf, from, end, SCRATCH);
}

const SCRATCH: CellAttrs = { refStart: -1, refEnd: -1, typeStart: -1, typeEnd: -1, style: -1 };

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

/** The value range of the one-letter attribute `letter` (e.g. `r`) in a tag's bytes. */
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

/** A row's `r`: 0 when absent, -1 when not digits; numbers past 15 digits read as past any limit. */
function rowAttr(buf: Buffer, from: number, end: number): number {
  const range = attrRange(buf, from, end, 0x72);
  if (!range) return 0;
  if (range[1] === range[0]) return -1;
  let n = 0;
  for (let i = range[0]; i < range[1]; i++) {
    const d = buf[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return Math.min(n, Number.MAX_SAFE_INTEGER);
}

/** `AB12` → 28; 0 when the reference is not letters then digits. Four letters or more read as past XFD. */
function columnOf(buf: Buffer, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const l = buf[i]! - 0x41;
    if (l < 0 || l > 25) break;
    if (i - start < 4) col = col * 26 + l + 1;
  }
  if (i === start || i === end) return 0;
  for (; i < end; i++) {
    const d = buf[i]! - 0x30;
    if (d < 0 || d > 9) return 0;
  }
  return col;
}
