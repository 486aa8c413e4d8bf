// The one CSV tokenizer, in AssemblyScript, compiled to WebAssembly by `npm run build` (dist/csv-scan.wasm;
// src/load/csv-wasm.ts loads it). It is a structural scanner only: bytes in, field boundaries out. It knows
// nothing of budgets, labels, sources or numbers; every field it finds is read by the same TypeScript that
// reads a small file (src/load/). Why WebAssembly: a command runs for well under a second, and V8 runs
// JavaScript interpreted until its optimising compiler has caught up; WebAssembly is compiled before it
// runs, so the first megabyte of a 40 MB file is scanned as fast as the last. csv-parse, measured in the
// same role on the national file (40 MB, 437,000 records), took 4.6 s to tokenize alone.
//
// CSV as Excel writes it (RFC 4180): fields split by a one-byte delimiter, records by LF, CRLF or CR; a
// field that starts with `"` is quoted, may hold delimiters, line breaks and doubled quotes, and must end
// with `"` before a delimiter or line break. A quote elsewhere is a literal character, as in Excel. A blank
// line is a record with one empty field, so row numbers match what Excel shows; a final line break does not
// start a record.
//
// All positions are byte offsets into the input area (INPUT); state is a row of i32 slots (STATE) that the
// JavaScript side reads and writes through a view.

// ---- Layout (byte offsets), read by the JavaScript side from these exports ----
export const MAX_FIELDS: i32 = 1024;
export const STATE: i32 = 0;
export const STARTS: i32 = 1024;
export const ENDS: i32 = STARTS + MAX_FIELDS * 4;
export const ESCAPED: i32 = ENDS + MAX_FIELDS * 4;
export const PREV_STARTS: i32 = ESCAPED + MAX_FIELDS;
export const PREV_ENDS: i32 = PREV_STARTS + MAX_FIELDS * 4;
export const PREV_ESCAPED: i32 = PREV_ENDS + MAX_FIELDS * 4;
// Per field k of the last record: ASCII_FLAG when its bytes are all ASCII, REPEAT_FLAG when it holds the same text
// as field k of the record before.
export const FLAGS: i32 = PREV_ESCAPED + MAX_FIELDS;
export const INPUT: i32 = (FLAGS + MAX_FIELDS + 0xffff) & ~0xffff;
export const ASCII_FLAG: i32 = 1;
export const REPEAT_FLAG: i32 = 2;

// ---- State slots (i32 index into STATE) ----
export const S_POS: i32 = 0; // next byte to scan
export const S_LEN: i32 = 1; // bytes in the input
export const S_DELIMITER: i32 = 2;
export const S_FINAL: i32 = 3; // 1: the input ends the file; 0: a record reaching its end waits for more
export const S_LINE: i32 = 4; // 1-based line the next record starts on
export const S_RECORD_LINE: i32 = 5; // line the last record started on (also of a syntax error)
export const S_COUNT: i32 = 6; // fields of the last record (past MAX_FIELDS counted, not located)
export const S_PREV_COUNT: i32 = 7; // fields of the record before it in PREV_*; -1 when there is none

// ---- Results ----
export const END: i32 = 0; // no record left in the input
export const RECORD: i32 = 1; // a record is in the field arrays
export const MORE: i32 = 2; // the input ends inside a record (not final): move it to the front, read more
export const UNCLOSED_QUOTE: i32 = -1;
export const TEXT_AFTER_QUOTE: i32 = -2;

const QUOTE: i32 = 0x22;
const LF: i32 = 0x0a;
const CR: i32 = 0x0d;

@inline function get(slot: i32): i32 {
  return load<i32>(STATE + (slot << 2));
}
@inline function set(slot: i32, value: i32): void {
  store<i32>(STATE + (slot << 2), value);
}
@inline function byte(i: i32): i32 {
  return <i32>load<u8>(INPUT + i);
}
@inline function start(k: i32): i32 {
  return load<i32>(STARTS + (k << 2));
}
@inline function end(k: i32): i32 {
  return load<i32>(ENDS + (k << 2));
}

function field(count: i32, s: i32, e: i32, escaped: bool): void {
  if (count < MAX_FIELDS) {
    store<i32>(STARTS + (count << 2), s);
    store<i32>(ENDS + (count << 2), e);
    store<u8>(ESCAPED + count, escaped ? 1 : 0);
  }
}

function done(pos: i32, line: i32, recordLine: i32, count: i32): i32 {
  set(S_POS, pos);
  set(S_LINE, line);
  set(S_RECORD_LINE, recordLine);
  set(S_COUNT, count);
  const located = min(count, MAX_FIELDS);
  for (let k = 0; k < located; k++) store<u8>(FLAGS + k, (ascii(start(k), end(k)) ? ASCII_FLAG : 0) | (repeats(k) ? REPEAT_FLAG : 0));
  return RECORD;
}


const ONES: u64 = 0x0101010101010101;
const HIGHS: u64 = 0x8080808080808080;

/**
 * The high bit set in each byte of `w` equal to the byte that `pattern` repeats eight times. Bytes above a
 * match may be marked too (a borrow), never below it, so the lowest mark is always a real match.
 */
@inline function equal(w: u64, pattern: u64): u64 {
  const x = w ^ pattern;
  return (x - ONES) & ~x & HIGHS;
}

/**
 * The first of bytes [j, n) that is one of the three bytes `a`, `b`, `c` repeat, or n: eight bytes at a
 * time (a field is mostly bytes that mean nothing to the tokenizer: letters, digits, Hangul, spaces).
 */
function find(j: i32, n: i32, a: u64, b: u64, c: u64): i32 {
  while (j + 8 <= n) {
    const w = load<u64>(INPUT + j);
    const m = equal(w, a) | equal(w, b) | equal(w, c);
    if (m != 0) return j + <i32>(ctz(m) >> 3);
    j += 8;
  }
  for (; j < n; j++) {
    const x = <u64>byte(j);
    if (x == (a & 0xff) || x == (b & 0xff) || x == (c & 0xff)) return j;
  }
  return n;
}

/** Whether bytes [a, a + length) and [b, b + length) are equal: eight at a time. */
function same(a: i32, b: i32, length: i32): bool {
  let i = 0;
  for (; i + 8 <= length; i += 8) if (load<u64>(a + i) != load<u64>(b + i)) return false;
  for (; i < length; i++) if (load<u8>(a + i) != load<u8>(b + i)) return false;
  return true;
}

/** Starts a scan: no state of the last one left. */
export function reset(): void {
  memory.fill(STATE, 0, 256);
}

/** Whether bytes [i, e) are all ASCII (then the caller reads the field's bytes as text without decoding them). */
function ascii(i: i32, e: i32): bool {
  let high: u64 = 0;
  for (; i + 8 <= e; i += 8) high |= load<u64>(INPUT + i);
  for (; i < e; i++) high |= <u64>byte(i);
  return (high & HIGHS) == 0;
}

/** The last record's field ranges become the previous record's, for `repeats`. */
function keepPrevious(): void {
  const count = get(S_COUNT);
  // None yet, or the input has moved since (the caller sets the count to 0 when it feeds new input).
  if (count == 0) {
    set(S_PREV_COUNT, -1);
    return;
  }
  const located = min(count, MAX_FIELDS);
  memory.copy(PREV_STARTS, STARTS, located << 2);
  memory.copy(PREV_ENDS, ENDS, located << 2);
  memory.copy(PREV_ESCAPED, ESCAPED, located);
  set(S_PREV_COUNT, located);
}

/** Scans the record at S_POS into the field arrays. */
export function next(): i32 {
  const n = get(S_LEN);
  const delimiter = get(S_DELIMITER);
  const final = get(S_FINAL) != 0;
  let i = get(S_POS);
  if (i >= n) return END;
  keepPrevious();
  let line = get(S_LINE);
  const recordLine = line;
  let count = 0;
  const delimiters = <u64>delimiter * ONES;
  const quotes = <u64>QUOTE * ONES;
  const lfs = <u64>LF * ONES;
  const crs = <u64>CR * ONES;
  for (;;) {
    if (byte(i) == QUOTE) {
      const s = i + 1;
      let j = s;
      let escaped = false;
      for (;;) {
        // Inside quotes only a quote means anything (and a line break, which counts a line).
        j = find(j, n, quotes, lfs, crs);
        if (j >= n) {
          if (!final) return MORE;
          set(S_RECORD_LINE, recordLine);
          return UNCLOSED_QUOTE;
        }
        const b = byte(j);
        if (j + 1 >= n && !final && (b == QUOTE || b == CR)) return MORE;
        if (b == QUOTE) {
          if (j + 1 < n && byte(j + 1) == QUOTE) {
            escaped = true;
            j += 2;
            continue;
          }
          break;
        }
        if (b == LF || (b == CR && !(j + 1 < n && byte(j + 1) == LF))) line++;
        j++;
      }
      field(count++, s, j, escaped);
      i = j + 1;
      if (i >= n && !final) return MORE;
      const after = i < n ? byte(i) : LF;
      if (after != delimiter && after != LF && after != CR) {
        set(S_RECORD_LINE, recordLine);
        return TEXT_AFTER_QUOTE;
      }
    } else {
      const j = find(i, n, delimiters, lfs, crs);
      field(count++, i, j, false);
      i = j;
    }
    if (i >= n) {
      if (!final) return MORE;
      return done(n, line, recordLine, count);
    }
    const b = byte(i);
    if (b == delimiter) {
      i++;
      if (i >= n) {
        if (!final) return MORE;
        // A delimiter at the very end still opens one last, empty field.
        field(count++, n, n, false);
        return done(n, line, recordLine, count);
      }
      continue;
    }
    // A line break ends the record (CR at the input's end may be the first half of CRLF).
    if (b == CR && i + 1 >= n && !final) return MORE;
    i += b == CR && i + 1 < n && byte(i + 1) == LF ? 2 : 1;
    return done(i, line + 1, recordLine, count);
  }
}

/**
 * Field k holds the same text as in the record before (false when there is none): the same bytes, read the
 * same way (`"a""b"` is a"b, `a""b` is itself).
 */
function repeats(field: i32): bool {
  if (field >= get(S_PREV_COUNT)) return false;
  if (load<u8>(ESCAPED + field) != load<u8>(PREV_ESCAPED + field)) return false;
  const k = field << 2;
  const s = load<i32>(STARTS + k);
  const length = load<i32>(ENDS + k) - s;
  const p = load<i32>(PREV_STARTS + k);
  if (load<i32>(PREV_ENDS + k) - p != length) return false;
  return same(INPUT + s, INPUT + p, length);
}

