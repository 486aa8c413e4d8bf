import type { Project } from '../model/dataset.js';
import { SOURCES } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import { Header } from './header.js';
import type { RawTable } from './raw-table.js';
import { labelKey } from '../parse/normalize.js';
import type { AmountOptions } from '../parse/number.js';
import { parseYearLabel } from './cells.js';
import { csvSyntaxProblem } from './csv.js';
import { CsvSyntaxError, detectDelimiter, MAX_FIELDS, scanCsv } from './csv-scan.js';
import { isUtf8 } from 'node:buffer';
import { LongLayoutDecoder, type DecodedPart, type LongColumns, type LongRow } from './long-layout.js';
import type { BudgetLines } from '../model/budget-lines.js';

const SOURCE_BYTES = SOURCES.map((s) => Buffer.from(s, 'utf8'));

/** Long-layout rows answered straight from the file's bytes: only the cells that need it are decoded. */
class BytesLongRow implements LongRow {
  row = 0;
  line = 0;
  count = 0;
  starts = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  ends = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  escaped = new Uint8Array(0) as Uint8Array<ArrayBufferLike>;
  /** The previous record's field ranges, to see a label repeat without decoding it. */
  private readonly prevStarts = new Int32Array(MAX_FIELDS);
  private readonly prevEnds = new Int32Array(MAX_FIELDS);
  private prevCount = 0;

  constructor(private buf: Buffer) {}

  /** A new chunk: ranges now point into it, and the previous record's ranges no longer mean anything. */
  setBuffer(buf: Buffer): void {
    this.buf = buf;
    this.prevCount = 0;
  }

  set(row: number, line: number, count: number, starts: Int32Array, ends: Int32Array, escaped: Uint8Array): void {
    this.row = row;
    this.line = line;
    this.count = Math.min(count, MAX_FIELDS);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
  }

  /** Called after the decoder is done with a record: remembers its ranges for `repeats`. */
  done(): void {
    for (let k = 0; k < this.count; k++) {
      this.prevStarts[k] = this.starts[k]!;
      this.prevEnds[k] = this.ends[k]!;
    }
    this.prevCount = this.count;
  }

  repeats(column: number): boolean {
    if (column > this.count || column > this.prevCount) return false;
    const s = this.starts[column - 1]!;
    const len = this.ends[column - 1]! - s;
    const p = this.prevStarts[column - 1]!;
    if (this.prevEnds[column - 1]! - p !== len) return false;
    const { buf } = this;
    for (let k = 0; k < len; k++) if (buf[s + k] !== buf[p + k]) return false;
    return true;
  }

  text(column: number): string {
    if (column > this.count) return '';
    const t = this.buf.toString('utf8', this.starts[column - 1]!, this.ends[column - 1]!);
    return this.escaped[column - 1] ? t.replace(/""/g, '"') : t;
  }

  key(column: number): string {
    return column > this.count ? '' : this.buf.toString('latin1', this.starts[column - 1]!, this.ends[column - 1]!);
  }

  isBlank(column: number): boolean {
    if (column > this.count) return true;
    const { buf } = this;
    for (let i = this.starts[column - 1]!; i < this.ends[column - 1]!; i++) {
      const b = buf[i]!;
      if (b === 0x20 || b === 0x09) continue;
      return b < 0x80 ? false : this.text(column).trim() === '';
    }
    return true;
  }

  fastSource(column: number): number | undefined {
    if (column > this.count) return undefined;
    const s = this.starts[column - 1]!;
    const e = this.ends[column - 1]!;
    const { buf } = this;
    next: for (let k = 0; k < SOURCE_BYTES.length; k++) {
      const want = SOURCE_BYTES[k]!;
      if (e - s !== want.length) continue;
      for (let j = 0; j < want.length; j++) if (buf[s + j] !== want[j]) continue next;
      return k;
    }
    return undefined;
  }

  fastYear(column: number): number | undefined {
    if (column > this.count) return undefined;
    const s = this.starts[column - 1]!;
    if (this.ends[column - 1]! - s !== 4) return undefined;
    let y = 0;
    for (let i = s; i < s + 4; i++) {
      const d = this.buf[i]! - 0x30;
      if (d < 0 || d > 9) return undefined;
      y = y * 10 + d;
    }
    return y;
  }

  /**
   * Plain `123456`, `-123` or `1234.5` (no more decimals than the unit allows) as exact integer units;
   * anything else (commas, units, △, …) is left to the full parser.
   */
  fastUnits(column: number, scale: number): number | undefined {
    if (column > this.count) return undefined;
    const { buf } = this;
    let i = this.starts[column - 1]!;
    const e = this.ends[column - 1]!;
    let negative = false;
    if (buf[i] === 0x2d) {
      negative = true;
      i++;
    }
    let whole = 0;
    let digits = 0;
    for (; i < e; i++) {
      const d = buf[i]! - 0x30;
      if (d < 0 || d > 9) break;
      whole = whole * 10 + d;
      digits++;
    }
    if (digits === 0 || digits > 15) return undefined;
    let units = whole * scale;
    if (i < e) {
      if (buf[i] !== 0x2e) return undefined;
      let step = scale;
      for (i++; i < e; i++) {
        const d = buf[i]! - 0x30;
        step /= 10;
        if (d < 0 || d > 9 || step < 1) return undefined;
        units += d * step;
      }
      if (step === scale) return undefined;
    }
    if (!Number.isSafeInteger(units)) return undefined;
    return negative ? -units : units;
  }
}

/** The columns of a long-layout header, or undefined when the header is not one. */
export function longColumns(header: readonly string[]): LongColumns | undefined {
  const keys = header.map(labelKey);
  const find = (...names: string[]): number | undefined => {
    for (const n of names) {
      const i = keys.indexOf(n);
      if (i >= 0) return i + 1;
    }
    return undefined;
  };
  const source = find('재원');
  const year = find('연도');
  const amount = find('금액');
  if (source === undefined || year === undefined || amount === undefined) return undefined;
  const cols: LongColumns = { source, year, amount };
  const org = find('기관', '기관명');
  const project = find('사업', '사업번호', '번호');
  const name = find('사업명');
  if (org !== undefined) cols.org = org;
  if (project !== undefined) cols.project = project;
  if (name !== undefined) cols.name = name;
  return cols;
}

class NotLongLayout extends Error {}

/** Told after each chunk: bytes read of the total, and rows read. */
export type Progress = (bytes: number, total: number, rows: number) => void;

/** Bytes a long-layout reader pulls in order: a file read in chunks, or a buffer already in memory. */
export interface ChunkSource {
  /** Copies the next bytes into `into` from `offset`; returns how many (0 at the end). */
  read(into: Buffer, offset: number, length: number): number;
  /** Total size, to size the line store. */
  size: number;
}

export function bufferChunks(bytes: Buffer): ChunkSource {
  let pos = 0;
  return {
    size: bytes.length,
    read(into, offset, length) {
      const n = Math.min(length, bytes.length - pos);
      bytes.copy(into, offset, pos, pos + n);
      pos += n;
      return n;
    },
  };
}

/** Bytes are not UTF-8: the caller decodes the whole file (CP949, …) and reads it again from memory. */
export class NotUtf8 extends Error {}

export const CHUNK = 1 << 20;

type LongOptions = Pick<AmountOptions, 'unit' | 'conversionRounding'> & { scale: number };

/** What a reader of the rest of a file needs to know of its start: the header and the delimiter. */
export interface LongStart {
  header: string[];
  delimiter: number;
}

/**
 * Reads a long-layout budget CSV straight from its UTF-8 bytes, one 1 MiB chunk at a time (the national
 * dataset's path: 40 MB, 440,000 lines). Reading a whole 40 MB file into fresh memory costs ten times
 * more here than reading it in reused chunks, and holds 40 MB for nothing. A record cut by the chunk's end
 * moves to the front of the next chunk. Each chunk is checked to be UTF-8 up to its last line break before
 * it is scanned; other bytes throw NotUtf8. The first non-blank record of the first ten must be the header;
 * if it is not the long layout, `scan` says so and the caller reads the file as a table instead.
 *
 * A reader can stop at a byte offset (`scan(limit)`) and take in what another reader read from there on
 * (`absorb`): the two halves of a large file read on two cores (see long-halves.ts). A reader given a
 * `LongStart` reads such a second half: no header, rows numbered from its first record.
 */
export class LongCsvReader {
  private buf = Buffer.allocUnsafeSlow(CHUNK);
  private readonly row: BytesLongRow;
  private decoder: LongLayoutDecoder | undefined;
  private records = 0;
  private header: string[] = [];
  private blankLabels = new Set<number>();
  private headerRow = 1;
  private dataRows = 0;
  private readonly found: Finding[] = [];
  private readonly table: RawTable;
  private filled = 0;
  private done = 0;
  private line = 1;
  private delimiter = -1;
  private first = true;
  private ended = false;

  constructor(
    private readonly source: ChunkSource,
    private readonly file: string,
    private readonly opts: LongOptions,
    private readonly defaultProject: Project,
    private readonly onProgress?: Progress,
    start?: LongStart,
  ) {
    this.row = new BytesLongRow(this.buf);
    this.table = { file, rows: [] };
    if (start) {
      this.first = false;
      this.delimiter = start.delimiter;
      this.useHeader(start.header, undefined);
    }
  }

  /** The header and delimiter, once the header has been read. */
  get start(): LongStart | undefined {
    return this.decoder ? { header: this.header, delimiter: this.delimiter } : undefined;
  }

  /** Records read so far (the header and blank lines included): the row number of the last one. */
  get recordCount(): number {
    return this.records;
  }

  /** Bytes of the file read so far. */
  get bytesRead(): number {
    return this.done;
  }

  /**
   * Reads on until the end, or until `limit` bytes have been read and every whole record in them scanned.
   * Returns false when the header is not the long layout (nothing else is read).
   */
  scan(limit = Infinity): boolean {
    try {
      this.scanChunks(limit);
    } catch (e) {
      if (e instanceof NotLongLayout) return false;
      if (e instanceof CsvSyntaxError) throw csvSyntaxProblem(e, this.file);
      throw e;
    }
    return true;
  }

  /** True when the reader stopped exactly at its limit, between two records. */
  atRecordBoundary(): boolean {
    return !this.ended && this.filled === 0;
  }

  /** Takes in what a reader of the rest of the file read (see exportPart); this reader is then at the end. */
  absorb(rest: ReadPart): void {
    this.decoder!.absorb(rest.decoded, this.records);
    this.dataRows += rest.dataRows;
    this.ended = true;
  }

  /** What this reader read, as plain data for another thread. */
  exportPart(): ReadPart {
    const decoded = this.decoder!.exportPart();
    return { decoded, dataRows: this.dataRows, clean: this.found.length === 0 && decoded.clean };
  }

  /** Ends the read: the decoder's own checks, then the lines and projects, with every problem in `problems`. */
  finish(problems: Finding[]): { lines: BudgetLines; projects: Project[] } | undefined {
    if (!this.decoder) return undefined;
    if (this.dataRows === 0) this.found.push(findingAt('no-rows', 'error', { file: this.file }, { file: this.file }));
    const projects = this.decoder.finish();
    problems.push(...this.found);
    return { projects, lines: this.decoder.lines };
  }

  /** Takes the header read at `line` (undefined: the header another reader already read and checked). */
  private useHeader(header: string[], line: number | undefined): void {
    const cols = longColumns(header);
    if (!cols) throw new NotLongLayout();
    this.header = header;
    // The header's own checks (duplicate labels after normalisation) as for every table.
    if (line !== undefined) new Header(this.table, { row: this.records, line, cells: header }, this.found);
    this.blankLabels = new Set(header.flatMap((h, i) => (h.trim() === '' ? [i + 1] : [])));
    this.headerRow = this.records;
    this.decoder = new LongLayoutDecoder(cols, this.opts, this.found, this.file, undefined, this.defaultProject, Math.ceil(this.source.size / 64));
  }

  record(line: number, count: number, starts: Int32Array, ends: Int32Array, escaped: Uint8Array): void {
    const row = this.row;
    this.records++;
    row.set(this.records, line, count, starts, ends, escaped);
    const blankLine = count === 1 && starts[0] === ends[0];
    if (blankLine) {
      if (!this.decoder && this.records >= 10) throw new NotLongLayout();
      return;
    }
    if (this.decoder) {
      this.dataRows++;
      if (count > this.header.length || this.blankLabels.size > 0) checkOutsideHeader(row, this.header, this.headerRow, this.blankLabels, this.table, this.found);
      this.decoder.row(row);
      row.done();
      return;
    }
    this.useHeader(Array.from({ length: row.count }, (_, i) => row.text(i + 1)), line);
  }

  private scanChunks(limit: number): void {
    const { source } = this;
    while (!this.ended) {
      if (this.filled === this.buf.length) {
        // One record longer than the chunk: grow so that it fits.
        const bigger = Buffer.allocUnsafeSlow(this.buf.length * 2);
        this.buf.copy(bigger, 0, 0, this.filled);
        this.buf = bigger;
      }
      const want = Math.min(this.buf.length - this.filled, limit - this.done);
      const n = want > 0 ? source.read(this.buf, this.filled, want) : 0;
      this.filled += n;
      this.done += n;
      this.onProgress?.(this.done, source.size, this.records);
      const final = n === 0 && want > 0;
      let start = 0;
      if (this.first) {
        if (this.filled >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) start = 3;
        this.delimiter = detectDelimiter(this.buf.subarray(start, this.filled));
        this.first = false;
      }
      const usable = final ? this.filled : this.buf.lastIndexOf(0x0a, this.filled - 1) + 1;
      if (usable > start || final) {
        if (!isUtf8(this.buf.subarray(start, usable))) throw new NotUtf8();
        const chunk = this.buf.subarray(start, usable);
        this.row.setBuffer(chunk);
        const progress = scanCsv(chunk, this.delimiter, this, final, this.line);
        if (final) {
          this.ended = true;
          this.filled = 0;
          return;
        }
        this.line = progress.line;
        const rest = start + progress.consumed;
        this.buf.copy(this.buf, 0, rest, this.filled);
        this.filled -= rest;
      }
      if (this.done >= limit) return;
    }
  }
}

/** A reader's result for another thread: the decoded lines, the data rows seen, and whether it met any problem. */
export interface ReadPart {
  decoded: DecodedPart;
  dataRows: number;
  clean: boolean;
}

/** Reads a whole long-layout CSV in one go (see LongCsvReader); undefined when it is not the long layout. */
export function readLongCsv(
  source: ChunkSource,
  file: string,
  opts: LongOptions,
  problems: Finding[],
  defaultProject: Project,
  onProgress?: Progress,
): { lines: BudgetLines; projects: Project[] } | undefined {
  const reader = new LongCsvReader(source, file, opts, defaultProject, onProgress);
  return reader.scan() ? reader.finish(problems) : undefined;
}

/**
 * A value right of the header's last column, or under a blank header cell, would be dropped without a
 * word: an error at that cell (the same finding the text tables give, see under-header.ts).
 */
function checkOutsideHeader(row: BytesLongRow, header: readonly string[], headerRow: number, blankLabels: Set<number>, table: RawTable, problems: Finding[]): void {
  for (let c = header.length + 1; c <= row.count; c++) {
    if (row.isBlank(c)) continue;
    let count = row.count;
    while (count > 0 && row.isBlank(count)) count--;
    const place = at(table.file, row.row, c);
    problems.push(findingAt('extra-cells', 'error', place, { place: describePlace(place), expected: String(header.length), count: String(count), value: row.text(c) }, row.line !== row.row ? { line: row.line } : {}));
    break;
  }
  // Each blank header cell is reported once, with the first value found under it.
  for (const c of blankLabels) {
    if (row.isBlank(c)) continue;
    blankLabels.delete(c);
    const place = at(table.file, headerRow, c);
    problems.push(findingAt('empty-header', 'error', place, { place: describePlace(place), example: `${describePlace(at(table.file, row.row, c))} "${row.text(c)}"` }));
  }
}
