/**
 * The one CSV tokenizer, over UTF-8 bytes (RFC 4180 as Excel writes it): fields split by a one-byte
 * delimiter, records by LF, CRLF or CR; a field that starts with `"` is quoted, may hold delimiters,
 * line breaks and doubled quotes, and must end with `"` before a delimiter or line break. A quote
 * elsewhere is a literal character, as in Excel. Blank lines are records with one empty field, so row
 * numbers match what Excel shows; a final line break does not start a record.
 *
 * It reports byte ranges instead of strings: decoding 40 MB to a JS string alone costs more than the
 * whole scan, so callers decode only the fields they need (see csv.ts and budget-long-fast.ts).
 */
export interface CsvVisitor {
  /**
   * One record that started on 1-based `line`: its `count` fields are bytes [starts[k], ends[k]) without
   * their quotes, `escaped[k]` = 1 when they hold doubled quotes. The arrays are reused for the next record
   * (one call per record, not per field: on 440,000 records the calls themselves cost). Fields past
   * MAX_FIELDS are counted but not located.
   */
  record(line: number, count: number, starts: Int32Array, ends: Int32Array, escaped: Uint8Array): void;
}

export const MAX_FIELDS = 1024;

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'unclosed-quote' | 'text-after-quote',
  ) {
    super(`${reason} at line ${line}`);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where a scan of one chunk stopped: bytes before `consumed` are done; `line` is the next record's line. */
export interface ScanProgress {
  consumed: number;
  line: number;
}

/**
 * Scans `bytes` as CSV. With `final` false the bytes are one chunk of a longer file: a record that reaches
 * the end of the chunk is not reported, and `consumed` says where it starts, so the caller can move it to
 * the front of the next chunk. `line` carries the line count across chunks.
 */
export function scanCsv(bytes: Uint8Array, delimiter: number, visit: CsvVisitor, final = true, firstLine = 1): ScanProgress {
  const starts = new Int32Array(MAX_FIELDS);
  const ends = new Int32Array(MAX_FIELDS);
  const escapedAt = new Uint8Array(MAX_FIELDS);
  let count = 0;
  const field = (s: number, e: number, escaped: boolean): void => {
    if (count < MAX_FIELDS) {
      starts[count] = s;
      ends[count] = e;
      escapedAt[count] = escaped ? 1 : 0;
    }
    count++;
  };
  const record = (line: number): void => {
    visit.record(line, count, starts, ends, escapedAt);
    count = 0;
  };
  const n = bytes.length;
  const stopAbove = Math.max(delimiter, LF, CR);
  let i = 0;
  let line = firstLine;
  let recordLine = firstLine;
  let recordStart = 0;
  // In a chunk, a record that needs a byte past the end is left for the next chunk.
  const more = (): ScanProgress => ({ consumed: recordStart, line: recordLine });
  while (i < n) {
    // One field starts at i.
    if (bytes[i] === QUOTE) {
      const start = i + 1;
      let j = start;
      let escaped = false;
      for (;;) {
        if (j >= n) {
          if (!final) return more();
          throw new CsvSyntaxError(recordLine, 'unclosed-quote');
        }
        const b = bytes[j]!;
        // Above the quote, no byte means anything inside quotes: one test for most of them.
        if (b > QUOTE) {
          j++;
          continue;
        }
        if (j + 1 >= n && !final && (b === QUOTE || b === CR)) return more();
        if (b === QUOTE) {
          if (bytes[j + 1] === QUOTE) {
            escaped = true;
            j += 2;
            continue;
          }
          break;
        }
        if (b === LF || (b === CR && bytes[j + 1] !== LF)) line++;
        j++;
      }
      field(start, j, escaped);
      i = j + 1;
      if (i >= n && !final) return more();
      const next = i < n ? bytes[i]! : LF;
      if (next !== delimiter && next !== LF && next !== CR) throw new CsvSyntaxError(recordLine, 'text-after-quote');
    } else {
      let j = i;
      while (j < n) {
        const b = bytes[j]!;
        // Most bytes (digits, letters, Hangul) are above every byte that can end a field: one test for them.
        if (b > stopAbove) {
          j++;
          continue;
        }
        if (b === delimiter || b === LF || b === CR) break;
        j++;
      }
      field(i, j, false);
      i = j;
    }
    if (i >= n) {
      if (!final) return more();
      record(recordLine);
      return { consumed: n, line };
    }
    const b = bytes[i]!;
    if (b === delimiter) {
      i++;
      if (i >= n) {
        if (!final) return more();
        // A delimiter at the very end still opens one last, empty field.
        field(n, n, false);
        record(recordLine);
        return { consumed: n, line };
      }
      continue;
    }
    // A line break ends the record (CR at the chunk's end may be the first half of CRLF).
    if (b === CR && i + 1 >= n && !final) return more();
    i += b === CR && bytes[i + 1] === LF ? 2 : 1;
    record(recordLine);
    count = 0;
    line++;
    recordLine = line;
    recordStart = i;
  }
  return { consumed: n, line };
}

/** The delimiter is the one of `,` `;` tab that occurs most in the first line outside quotes (comma on a tie). */
export function detectDelimiter(bytes: Uint8Array): number {
  const counts = new Map<number, number>([[0x2c, 0], [0x3b, 0], [0x09, 0]]);
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) quoted = !quoted;
    else if (!quoted && (b === LF || b === CR)) break;
    else if (!quoted && counts.has(b)) counts.set(b, counts.get(b)! + 1);
  }
  let best = 0x2c;
  for (const [d, c] of counts) if (c > counts.get(best)!) best = d;
  return best;
}
