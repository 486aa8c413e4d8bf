// The one CSV tokenizer, in AssemblyScript, compiled to WebAssembly by `npm run build` (dist/csv-scan.wasm;
// src/load/csv-wasm.ts loads it). Why WebAssembly: a command runs for well under a second, and V8 runs
// JavaScript interpreted until its optimising compiler has caught up. On the national dataset (40 MB,
// 440,000 lines) the JavaScript tokenizer and long-layout reader spent ~90 ms of a ~250 ms load waiting
// for that; WebAssembly is compiled before it runs, so the first megabyte goes as fast as the last.
//
// CSV as Excel writes it (RFC 4180): fields split by a one-byte delimiter, records by LF, CRLF or CR; a
// field that starts with `"` is quoted, may hold delimiters, line breaks and doubled quotes, and must end
// with `"` before a delimiter or line break. A quote elsewhere is a literal character, as in Excel. A blank
// line is a record with one empty field, so row numbers match what Excel shows; a final line break does not
// start a record.
//
// Two entry points share the tokenizer:
// - next(): one record into the field arrays, for any reader (src/load/csv-wasm.ts wraps it as scanCsv);
// - decode(): the long-layout budget reader's common case (labels repeating the row above or met before,
//   one of the three sources, a four-digit year, a plain amount), straight into a batch of budget lines.
//   Any other record is handed back to the JavaScript reader, which has every rule and message
//   (src/load/long-bytes.ts).
//
// All positions are byte offsets into the input area (INPUT); state is a row of i32 slots (STATE) that the
// JavaScript side reads and writes through a view.

// ---- Layout (byte offsets), read by the JavaScript side from these exports ----
export const MAX_FIELDS: i32 = 1024;
export const STATE: i32 = 0;
export const UNITS: i32 = 384; // f64: the amount read by amount()
export const SOURCE_PATTERNS: i32 = 512; // 3 × 16 bytes: length, then the UTF-8 bytes of 국비, 시비, 구비
export const STARTS: i32 = 1024;
export const ENDS: i32 = STARTS + MAX_FIELDS * 4;
export const ESCAPED: i32 = ENDS + MAX_FIELDS * 4;
export const PREV_STARTS: i32 = ESCAPED + MAX_FIELDS;
export const PREV_ENDS: i32 = PREV_STARTS + MAX_FIELDS * 4;
export const YEAR_SEEN: i32 = PREV_ENDS + MAX_FIELDS * 4; // 65,536 bytes: 1 once a year has had a line
export const NEW_YEARS: i32 = YEAR_SEEN + 65536; // up to 256 years first seen in the batch (i32)
export const BATCH: i32 = 8192; // lines per batch
export const B_ORG: i32 = NEW_YEARS + 1024;
export const B_PROJECT: i32 = B_ORG + BATCH * 4;
export const B_UNITS: i32 = B_PROJECT + BATCH * 4;
export const B_SOURCE: i32 = B_UNITS + BATCH * 8;
export const B_YEAR: i32 = B_SOURCE + BATCH;
export const B_RUN_LINE: i32 = B_YEAR + BATCH * 2;
export const B_RUN_ROW: i32 = B_RUN_LINE + BATCH * 4;
// Labels met so far, by their bytes: two open-addressing tables (organisations, projects) of LABEL_SLOTS
// slots of (offset of the bytes in LABEL_BYTES + 1, length, index); 0 marks an empty slot.
export const LABEL_SLOTS: i32 = 16384;
export const LABEL_TABLES: i32 = B_RUN_ROW + BATCH * 4;
export const LABEL_BYTES: i32 = LABEL_TABLES + 2 * LABEL_SLOTS * 12;
export const LABEL_BYTES_SIZE: i32 = 1 << 20;
export const INPUT: i32 = (LABEL_BYTES + LABEL_BYTES_SIZE + 0xffff) & ~0xffff;

// ---- State slots (i32 index into STATE) ----
export const S_POS: i32 = 0; // next byte to scan
export const S_LEN: i32 = 1; // bytes in the input
export const S_DELIMITER: i32 = 2;
export const S_FINAL: i32 = 3; // 1: the input ends the file; 0: a record reaching its end waits for more
export const S_LINE: i32 = 4; // 1-based line the next record starts on
export const S_RECORD_LINE: i32 = 5; // line the last record started on (also of a syntax error)
export const S_COUNT: i32 = 6; // fields of the last record (past MAX_FIELDS counted, not located)
export const S_PREV_COUNT: i32 = 7; // fields of the last decoded record in PREV_*; -1 when there is none
export const S_RECORDS: i32 = 8; // records so far: the Excel row of the last one
export const S_COL_ORG: i32 = 9; // long-layout columns, 1-based (0: none)
export const S_COL_PROJECT: i32 = 10;
export const S_COL_NAME: i32 = 11;
export const S_COL_SOURCE: i32 = 12;
export const S_COL_YEAR: i32 = 13;
export const S_COL_AMOUNT: i32 = 14;
export const S_HEADER_LENGTH: i32 = 15;
export const S_ALL_SLOW: i32 = 16; // 1: every record goes to the JavaScript reader
export const S_SCALE: i32 = 17; // smallest units per dataset unit (1, 1000 or 1,000,000)
export const S_LINES: i32 = 18; // lines in the batch
export const S_RUNS: i32 = 19; // cell runs in the batch (see BudgetLines)
export const S_BLANKS: i32 = 20; // rows with a blank amount since the last batch
export const S_FIRST_BLANK_ROW: i32 = 21; // the first of them (0: none)
export const S_FIRST_BLANK_LINE: i32 = 22;
export const S_DATA_ROWS: i32 = 23; // non-blank records decode() has read
export const S_NEW_YEARS: i32 = 24; // years first seen since the last batch
export const S_LAST_ROW: i32 = 25; // the row of the batch's last line
export const S_ORG: i32 = 26; // index of the organisation of the last decoded record
export const S_PROJECT: i32 = 27; // index of its project
export const S_FOLLOWED: i32 = 28; // 1 once decode() has decoded a record (the caller's last labels are out of date)
export const S_LABELS: i32 = 29; // labels kept in the tables
export const S_LABEL_BYTES: i32 = 30; // bytes of LABEL_BYTES used

// ---- Results ----
export const END: i32 = 0; // no record left in the input
export const RECORD: i32 = 1; // next(): a record is in the field arrays
export const SLOW: i32 = 1; // decode(): a record for the JavaScript reader is in the field arrays
export const MORE: i32 = 2; // the input ends inside a record (not final): move it to the front, read more
export const FULL: i32 = 3; // decode(): the batch is full
export const LABEL: i32 = 4; // decode(): the record in the field arrays names another organisation or project
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

/** True once decode() has noted years or labels, which the next scan must not see. */
let dirty = false;

/** Starts a scan: state, years seen and labels kept all cleared. */
export function reset(): void {
  memory.fill(STATE, 0, 256);
  if (!dirty) return;
  memory.fill(YEAR_SEEN, 0, 65536);
  memory.fill(LABEL_TABLES, 0, 2 * LABEL_SLOTS * 12);
  dirty = false;
}

/** Scans the record at S_POS into the field arrays. */
export function next(): i32 {
  const n = get(S_LEN);
  const delimiter = get(S_DELIMITER);
  const final = get(S_FINAL) != 0;
  let i = get(S_POS);
  if (i >= n) return END;
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

/** Keeps the last record's field ranges as the previous decoded record's, for `repeats`. */
export function markDecoded(): void {
  const count = min(get(S_COUNT), MAX_FIELDS);
  memory.copy(PREV_STARTS, STARTS, count << 2);
  memory.copy(PREV_ENDS, ENDS, count << 2);
  set(S_PREV_COUNT, count);
}

/** Column (1-based) holds the same bytes as in the previous decoded record. */
export function repeats(column: i32): bool {
  if (column > get(S_COUNT) || column > get(S_PREV_COUNT)) return false;
  const k = (column - 1) << 2;
  const s = load<i32>(STARTS + k);
  const length = load<i32>(ENDS + k) - s;
  const p = load<i32>(PREV_STARTS + k);
  if (load<i32>(PREV_ENDS + k) - p != length) return false;
  return same(INPUT + s, INPUT + p, length);
}

export const BLANK: i32 = 0;
export const FILLED: i32 = 1;
export const UNSURE: i32 = 2;

/**
 * Whether a field is blank as the JavaScript reader's `trim()` sees it: spaces and tabs only is blank;
 * a printable ASCII byte or a lead byte that starts no Unicode space (Hangul starts with EA–ED) is filled;
 * a lead byte of C2, E1, E2, E3 or EF may be NBSP, U+3000 and the like, so that record is left to JavaScript.
 */
export function blankness(column: i32): i32 {
  if (column > get(S_COUNT)) return BLANK;
  const e = end(column - 1);
  for (let i = start(column - 1); i < e; i++) {
    const b = byte(i);
    if (b == 0x20 || b == 0x09) continue;
    if (b < 0x80) return FILLED;
    return b == 0xc2 || b == 0xe1 || b == 0xe2 || b == 0xe3 || b == 0xef ? UNSURE : FILLED;
  }
  return BLANK;
}

/** 0, 1, 2 for 국비, 시비, 구비 written exactly so; -1 for anything else. */
export function source(column: i32): i32 {
  if (column > get(S_COUNT)) return -1;
  const s = start(column - 1);
  const length = end(column - 1) - s;
  for (let k = 0; k < 3; k++) {
    const pattern = SOURCE_PATTERNS + (k << 4);
    if (<i32>load<u8>(pattern) == length && same(INPUT + s, pattern + 1, length)) return k;
  }
  return -1;
}

/** Four ASCII digits as a year; -1 for anything else. */
export function year(column: i32): i32 {
  if (column > get(S_COUNT)) return -1;
  const s = start(column - 1);
  if (end(column - 1) - s != 4) return -1;
  let y = 0;
  for (let i = s; i < s + 4; i++) {
    const d = byte(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    y = y * 10 + d;
  }
  return y;
}

/**
 * Plain `123456`, `-123` or `1234.5` (no more decimals than the unit allows) as exact integer units in
 * `units`; anything else (commas, units, △, spaces, …) is left to the full parser. Amounts past 2^53 units
 * too, which the JavaScript side keeps as Decimals.
 */
export function amount(column: i32, scale: i32): bool {
  let i = start(column - 1);
  const e = end(column - 1);
  let negative = false;
  if (i < e && byte(i) == 0x2d) {
    negative = true;
    i++;
  }
  let whole: i64 = 0;
  let digits = 0;
  for (; i < e; i++) {
    const d = byte(i) - 0x30;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + <i64>d;
    digits++;
  }
  if (digits == 0 || digits > 15) return false;
  // Past 2^53 units (a large amount in 백만원 would even wrap 64 bits here): the Decimal parser's.
  if (whole > 9007199254740991 / <i64>scale) return false;
  let value = whole * <i64>scale;
  if (i < e) {
    if (byte(i) != 0x2e) return false;
    let step = <i64>scale;
    for (i++; i < e; i++) {
      const d = byte(i) - 0x30;
      step /= 10;
      if (d < 0 || d > 9 || step < 1) return false;
      value += <i64>d * step;
    }
    if (step == <i64>scale) return false;
  }
  if (value > 9007199254740991) return false;
  store<f64>(UNITS, negative ? -(<f64>value) : <f64>value);
  return true;
}

function push(org: i32, project: i32, sourceIndex: i32, y: i32, row: i32): void {
  const n = get(S_LINES);
  store<i32>(B_ORG + (n << 2), org);
  store<i32>(B_PROJECT + (n << 2), project);
  store<f64>(B_UNITS + (n << 3), load<f64>(UNITS));
  store<u8>(B_SOURCE + n, sourceIndex);
  store<u16>(B_YEAR + (n << 1), y);
  // A run of cells goes down one row per line; a skipped row starts the next run.
  if (n == 0 || row != get(S_LAST_ROW) + 1) {
    const r = get(S_RUNS);
    store<i32>(B_RUN_LINE + (r << 2), n);
    store<i32>(B_RUN_ROW + (r << 2), row);
    set(S_RUNS, r + 1);
  }
  set(S_LAST_ROW, row);
  if (load<u8>(YEAR_SEEN + y) == 0) {
    store<u8>(YEAR_SEEN + y, 1);
    const k = get(S_NEW_YEARS);
    store<i32>(NEW_YEARS + (k << 2), y);
    set(S_NEW_YEARS, k + 1);
  }
  set(S_LINES, n + 1);
}

const ORG_TABLE: i32 = 0;
const PROJECT_TABLE: i32 = 1;

function hash(s: i32, e: i32): u32 {
  let h: u32 = 2166136261;
  for (let i = s; i < e; i++) h = (h ^ <u32>byte(i)) * 16777619;
  return h;
}

/** The slot of the label in column's bytes in `table`: the one holding it, or the empty one it would go to (-1: full). */
function slotOf(table: i32, column: i32): i32 {
  const s = start(column - 1);
  const length = end(column - 1) - s;
  const base = LABEL_TABLES + table * LABEL_SLOTS * 12;
  let k = <i32>(hash(s, s + length) & <u32>(LABEL_SLOTS - 1));
  for (let probes = 0; probes < LABEL_SLOTS; probes++) {
    const slot = base + k * 12;
    const at = load<i32>(slot);
    if (at == 0) return slot;
    if (load<i32>(slot + 4) == length && same(LABEL_BYTES + at - 1, INPUT + s, length)) return slot;
    k = (k + 1) & (LABEL_SLOTS - 1);
  }
  return -1;
}

/** The index of the label in column, as bind() was told it; -1 when it was not. */
function lookup(table: i32, column: i32): i32 {
  const slot = slotOf(table, column);
  return slot < 0 || load<i32>(slot) == 0 ? -1 : load<i32>(slot + 8);
}

function keep(table: i32, column: i32, index: i32): void {
  const slot = slotOf(table, column);
  if (slot < 0 || load<i32>(slot) != 0) return;
  const s = start(column - 1);
  const length = end(column - 1) - s;
  const used = get(S_LABEL_BYTES);
  // Half the slots at most, so that probes stay short; past that (or out of bytes) labels stay with the caller.
  if (get(S_LABELS) >= LABEL_SLOTS / 2 || used + length > LABEL_BYTES_SIZE) return;
  memory.copy(LABEL_BYTES + used, INPUT + s, length);
  store<i32>(slot, used + 1);
  store<i32>(slot + 4, length);
  store<i32>(slot + 8, index);
  set(S_LABEL_BYTES, used + length);
  set(S_LABELS, get(S_LABELS) + 1);
}

/**
 * The caller has read the labels of the record that decode() returned LABEL for: S_ORG and S_PROJECT hold
 * their indices. Keeps them by their bytes, so that decode() knows them when they come again.
 */
export function bind(): void {
  dirty = true;
  const colOrg = get(S_COL_ORG);
  const colProject = get(S_COL_PROJECT) != 0 ? get(S_COL_PROJECT) : get(S_COL_NAME);
  if (colOrg != 0 && colOrg <= get(S_COUNT)) keep(ORG_TABLE, colOrg, get(S_ORG));
  if (colProject != 0 && colProject <= get(S_COUNT)) keep(PROJECT_TABLE, colProject, get(S_PROJECT));
}

/**
 * Reads long-layout records into the batch while they are the common case, starting from the organisation
 * and project S_ORG and S_PROJECT (those of the last decoded record). Returns LABEL with a record whose
 * organisation or project bind() was never told (or the first of an input), in the field arrays: the caller finds their indices, sets
 * S_ORG and S_PROJECT, calls bind() and calls again with `known` 1 to go on from that record. Returns SLOW
 * with any other uncommon record in the field arrays (counted in S_RECORDS and S_DATA_ROWS) for the caller
 * to read; FULL when the batch is full or new years fill their list; what next() returned at the input's
 * end or on a syntax error.
 */
export function decode(known: i32): i32 {
  const colOrg = get(S_COL_ORG);
  // The column a project is named by: 사업 when the layout has it, else 사업명, else none (one default).
  const colProject = get(S_COL_PROJECT) != 0 ? get(S_COL_PROJECT) : get(S_COL_NAME);
  const colSource = get(S_COL_SOURCE);
  const colYear = get(S_COL_YEAR);
  const colAmount = get(S_COL_AMOUNT);
  const headerLength = get(S_HEADER_LENGTH);
  const allSlow = get(S_ALL_SLOW) != 0;
  const scale = get(S_SCALE);
  dirty = true;
  let labelsKnown = known != 0;
  for (;;) {
    if (!labelsKnown) {
      if (get(S_LINES) == BATCH || get(S_NEW_YEARS) == 256) return FULL;
      const r = next();
      if (r != RECORD) return r;
      set(S_RECORDS, get(S_RECORDS) + 1);
      const count = get(S_COUNT);
      if (count == 1 && start(0) == end(0)) continue;
      set(S_DATA_ROWS, get(S_DATA_ROWS) + 1);
      if (allSlow || count > headerLength) return SLOW;
      if (colProject != 0 && blankness(colProject) != FILLED) return SLOW;
      // The first row of an input goes to the caller, which names the default organisation and project
      // when the layout has no column for them.
      if (get(S_PREV_COUNT) < 0) return LABEL;
      // Rows sorted by organisation and project mostly repeat the row above; else the tables know the label.
      let org = get(S_ORG);
      let project = get(S_PROJECT);
      if (colOrg != 0 && !repeats(colOrg)) org = lookup(ORG_TABLE, colOrg);
      if (colProject != 0 && !repeats(colProject)) project = lookup(PROJECT_TABLE, colProject);
      if (org < 0 || project < 0) return LABEL;
      set(S_ORG, org);
      set(S_PROJECT, project);
    }
    labelsKnown = false;
    const row = get(S_RECORDS);
    const s = source(colSource);
    const y = year(colYear);
    if (s < 0 || y < 0) return SLOW;
    const blank = blankness(colAmount);
    if (blank == UNSURE) return SLOW;
    set(S_FOLLOWED, 1);
    if (blank == BLANK) {
      set(S_BLANKS, get(S_BLANKS) + 1);
      if (get(S_FIRST_BLANK_ROW) == 0) {
        set(S_FIRST_BLANK_ROW, row);
        set(S_FIRST_BLANK_LINE, get(S_RECORD_LINE));
      }
      markDecoded();
      continue;
    }
    if (!amount(colAmount, scale)) return SLOW;
    push(get(S_ORG), get(S_PROJECT), s, y, row);
    markDecoded();
  }
  return END; // not reached
}
