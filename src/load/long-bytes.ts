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
import { LongLayoutDecoder, type LongColumns, type LongRow } from './long-layout.js';
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

const CHUNK = 1 << 20;

/**
 * Reads a long-layout budget CSV straight from its UTF-8 bytes, one 1 MiB chunk at a time (the national
 * dataset's path: 40 MB, 440,000 lines). Reading a whole 40 MB file into fresh memory costs ten times
 * more here than reading it in reused chunks, and holds 40 MB for nothing. A record cut by the chunk's end
 * moves to the front of the next chunk. Each chunk is checked to be UTF-8 up to its last line break before
 * it is scanned; other bytes throw NotUtf8. Returns undefined when the header is not the long layout, so
 * the caller reads the file as a table instead. The first non-blank record of the first ten must be the header.
 */
export function readLongCsv(
  source: ChunkSource,
  file: string,
  opts: Pick<AmountOptions, 'unit' | 'conversionRounding'> & { scale: number },
  problems: Finding[],
  defaultProject: Project,
  onProgress?: Progress,
): { lines: BudgetLines; projects: Project[] } | undefined {
  let buf = Buffer.allocUnsafeSlow(CHUNK);
  let done = 0;
  const row = new BytesLongRow(buf);
  let decoder: LongLayoutDecoder | undefined;
  let records = 0;
  let header: string[] = [];
  let blankLabels = new Set<number>();
  let headerRow = 1;
  let dataRows = 0;
  const found: Finding[] = [];
  const table: RawTable = { file, rows: [] };
  const visitor = {
    record(line: number, count: number, starts: Int32Array, ends: Int32Array, escaped: Uint8Array): void {
      records++;
      row.set(records, line, count, starts, ends, escaped);
      const blankLine = count === 1 && starts[0] === ends[0];
      if (blankLine) {
        if (!decoder && records >= 10) throw new NotLongLayout();
        return;
      }
      if (decoder) {
        dataRows++;
        if (count > header.length || blankLabels.size > 0) checkOutsideHeader(row, header, headerRow, blankLabels, table, found);
        decoder.row(row);
        row.done();
        return;
      }
      header = Array.from({ length: row.count }, (_, i) => row.text(i + 1));
      const cols = longColumns(header);
      if (!cols) throw new NotLongLayout();
      // The header's own checks (duplicate labels after normalisation) as for every table.
      new Header(table, { row: records, line, cells: header }, found);
      blankLabels = new Set(header.flatMap((h, i) => (h.trim() === '' ? [i + 1] : [])));
      headerRow = records;
      decoder = new LongLayoutDecoder(cols, opts, found, file, undefined, defaultProject, Math.ceil(source.size / 64));
    },
  };

  let filled = 0;
  let line = 1;
  let delimiter = -1;
  let first = true;
  try {
    for (;;) {
      if (filled === buf.length) {
        // One record longer than the chunk: grow so that it fits.
        const bigger = Buffer.allocUnsafeSlow(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const n = source.read(buf, filled, buf.length - filled);
      filled += n;
      done += n;
      onProgress?.(done, source.size, records);
      const final = n === 0;
      let start = 0;
      if (first) {
        if (filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
        delimiter = detectDelimiter(buf.subarray(start, filled));
        first = false;
      }
      const usable = final ? filled : buf.lastIndexOf(0x0a, filled - 1) + 1;
      if (usable <= start && !final) continue;
      if (!isUtf8(buf.subarray(start, usable))) throw new NotUtf8();
      const chunk = buf.subarray(start, usable);
      row.setBuffer(chunk);
      const progress = scanCsv(chunk, delimiter, visitor, final, line);
      if (final) break;
      line = progress.line;
      const rest = start + progress.consumed;
      buf.copy(buf, 0, rest, filled);
      filled -= rest;
    }
  } catch (e) {
    if (e instanceof NotLongLayout) return undefined;
    if (e instanceof CsvSyntaxError) throw csvSyntaxProblem(e, file);
    throw e;
  }
  if (!decoder) return undefined;
  if (dataRows === 0) found.push(findingAt('no-rows', 'error', { file }, { file }));
  const projects = decoder.finish();
  problems.push(...found);
  return { projects, lines: decoder.lines };
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
