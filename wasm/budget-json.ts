// The rows of `budget --format json` written from the exact sums, in AssemblyScript compiled to WebAssembly
// by `npm run build` (dist/budget-json.wasm; src/render/budget-json-rows.ts loads it). Why WebAssembly: a
// national budget writes 1,600 rows (2.9 MB) in well under a second, mostly before V8 has optimised the
// JavaScript that would write them; this code is compiled before it runs.
//
// A row is laid out exactly as JSON.stringify(row, null, 2) lays out the BudgetRow that
// src/render/budget-json.ts writes from the report model (a test holds the two equal byte for byte).
// Figures come from the sums' cells: integers in smallest units, below 2^53. A row whose figures or rates
// would leave that range here is answered with -1, and the caller writes it from the report model.
// The row's rules are the report model's (src/compute: buildRow in budget-report.ts, changeRates in
// change.ts, cityShare in share.ts, Ratio.text in ratio.ts): a change there is a change here too, and
// test/render/budget-json.test.ts fails until both agree.
//
// Memory: STATE's i32 slots (below) say where the caller put the cells, the years, the keys and the row's
// id and name; the row is written at S_OUT.

export const STATE: i32 = 0;
export const S_CELLS: i32 = 0; // f64 cells: (group × 3 + source) × span + (year − first year)
export const S_SEEN: i32 = 1; // u8 per group × span: 1 when the group has a line that year
export const S_SPAN: i32 = 2;
export const S_FIRST_YEAR: i32 = 3;
export const S_YEAR: i32 = 4; // the report year
export const S_PLACES: i32 = 5; // decimals of the smallest unit (3 for 천원 kept in 원)
export const S_YEARS: i32 = 6; // the data's years (i32 each), in order
export const S_YEAR_COUNT: i32 = 7;
export const S_KEYS: i32 = 8; // KEY_COUNT × (offset, length) of `"key": ` in UTF-8
export const S_ID: i32 = 9; // the row's id as JSON text (offset, length in the next slot)
export const S_ID_LENGTH: i32 = 10;
export const S_NAME: i32 = 11;
export const S_NAME_LENGTH: i32 = 12;
export const S_OUT: i32 = 13;
export const S_RATE_PLACES: i32 = 14; // 증감률 decimals
export const S_SHARE_PLACES: i32 = 15; // city share decimals

// Keys, in S_KEYS order.
export const K_ID: i32 = 0;
export const K_NAME: i32 = 1;
export const K_AMOUNT: i32 = 2;
export const K_BY_SOURCE: i32 = 3;
export const K_PREVIOUS: i32 = 4;
export const K_CHANGE: i32 = 5;
export const K_CHANGE_RATE: i32 = 6;
export const K_CITY_SHARE: i32 = 7;
export const K_YEARS: i32 = 8;
export const K_ALL_YEARS: i32 = 9;
export const K_SOURCE: i32 = 10; // 국비, 시비, 구비: 10, 11, 12
export const KEY_COUNT: i32 = 13;

const SOURCES: i32 = 3;
const CITY: i32 = 1;
const DISTRICT: i32 = 2;
const MAX_SAFE: i64 = 9007199254740991;

@inline function get(slot: i32): i32 {
  return load<i32>(STATE + (slot << 2));
}

// ---- Output ----
let at: i32 = 0;

@inline function put(b: i32): void {
  store<u8>(at++, b);
}

function copy(from: i32, length: i32): void {
  memory.copy(at, from, length);
  at += length;
}

function newline(depth: i32): void {
  put(0x0a);
  memory.fill(at, 0x20, depth * 2);
  at += depth * 2;
}

/** A member's comma (after the first), line break, indent and key. */
function member(key: i32, depth: i32, first: bool): void {
  if (!first) put(0x2c);
  newline(depth);
  const slot = get(S_KEYS) + key * 8;
  copy(load<i32>(slot), load<i32>(slot + 4));
}

function putNull(): void {
  put(0x6e);
  put(0x75);
  put(0x6c);
  put(0x6c);
}

const digits: i32 = 256; // scratch for up to 24 digits, least significant first

/** x's decimal digits into `digits`, at least places + 1 of them (leading zeros); returns how many. */
function toDigits(x: u64, places: i32): i32 {
  let n = 0;
  do {
    store<u8>(digits + n++, <i32>(x % 10));
    x /= 10;
  } while (x > 0);
  while (n <= places) store<u8>(digits + n++, 0);
  return n;
}

/** Exact decimal text of `units` smallest units, quoted: `"1234.5"`, no trailing zeros, never `-0`. */
function amount(units: i64): void {
  const places = get(S_PLACES);
  const n = toDigits(units < 0 ? <u64>-units : <u64>units, places);
  let cut = 0;
  while (cut < places && load<u8>(digits + cut) == 0) cut++;
  put(0x22);
  if (units < 0) put(0x2d);
  for (let i = n - 1; i >= places; i--) put(0x30 + load<u8>(digits + i));
  if (cut < places) {
    put(0x2e);
    for (let i = places - 1; i >= cut; i--) put(0x30 + load<u8>(digits + i));
  }
  put(0x22);
}

/**
 * factor × num ÷ den rounded half-up to `places` decimals, quoted (as Ratio.text writes it), or null when
 * den is 0. False when the integer steps would not fit in 64 bits: the caller writes the row instead.
 */
function rate(num: i64, den: i64, factor: u64, places: i32): bool {
  if (den == 0) {
    putNull();
    return true;
  }
  const negative = num < 0 != den < 0;
  const a: u64 = num < 0 ? <u64>-num : <u64>num;
  const d: u64 = den < 0 ? <u64>-den : <u64>den;
  let scale = factor;
  for (let i = 0; i < places; i++) scale *= 10;
  // ⌊(2·a·scale + d) / 2d⌋, with every step below 2^64.
  if (a > (0xffffffffffffffff - d) / (2 * scale)) return false;
  const n = toDigits((2 * a * scale + d) / (2 * d), places);
  let zero = true;
  for (let i = 0; i < n; i++) if (load<u8>(digits + i) != 0) zero = false;
  put(0x22);
  if (negative && !zero) put(0x2d);
  for (let i = n - 1; i >= places; i--) put(0x30 + load<u8>(digits + i));
  if (places > 0) {
    put(0x2e);
    for (let i = places - 1; i >= 0; i--) put(0x30 + load<u8>(digits + i));
  }
  put(0x22);
  return true;
}

// ---- Sums of one group ----
// Four figures (total, 국비, 시비, 구비) at a time, in these slots.
const CURRENT: i32 = 320;
const PREVIOUS: i32 = CURRENT + 32;
const FIGURES: i32 = PREVIOUS + 32;

@inline function figure(set: i32, k: i32): i64 {
  return load<i64>(set + (k << 3));
}

function cell(group: i32, source: i32, year: i32): i64 {
  const y = year - get(S_FIRST_YEAR);
  if (y < 0 || y >= get(S_SPAN)) return 0;
  return <i64>load<f64>(get(S_CELLS) + (((group * SOURCES + source) * get(S_SPAN) + y) << 3));
}

/** Σ sign × cells over years from..to (and less year `minus` when `subtract`), by source, into `set`; false past 2^53. */
function sum(set: i32, group: i32, from: i32, to: i32, subtract: bool, minus: i32): bool {
  let total: i64 = 0;
  for (let k = 0; k < SOURCES; k++) {
    let s: i64 = 0;
    for (let y = from; y <= to; y++) {
      s += cell(group, k, y);
      if (s > MAX_SAFE || s < -MAX_SAFE) return false;
    }
    if (subtract) s -= cell(group, k, minus);
    if (s > MAX_SAFE || s < -MAX_SAFE) return false;
    store<i64>(set + ((k + 1) << 3), s);
    total += s;
    if (total > MAX_SAFE || total < -MAX_SAFE) return false;
  }
  store<i64>(set, total);
  return true;
}

/** The members `"amount"` and `"bySource"` of the figures in `set`. */
function amounts(set: i32, depth: i32, first: bool): void {
  member(K_AMOUNT, depth, first);
  amount(figure(set, 0));
  member(K_BY_SOURCE, depth, false);
  put(0x7b);
  for (let k = 0; k < SOURCES; k++) {
    member(K_SOURCE + k, depth + 1, k == 0);
    amount(figure(set, k + 1));
  }
  newline(depth);
  put(0x7d);
}

/** A member holding the object of `amounts`. */
function amountsMember(key: i32, set: i32, depth: i32): void {
  member(key, depth, false);
  put(0x7b);
  amounts(set, depth + 1, true);
  newline(depth);
  put(0x7d);
}

function seen(group: i32, year: i32): bool {
  const y = year - get(S_FIRST_YEAR);
  return y >= 0 && y < get(S_SPAN) && load<u8>(get(S_SEEN) + group * get(S_SPAN) + y) == 1;
}

/**
 * Writes group `group`'s row object at S_OUT, its members at `depth` + 1 (with id and name when `named`).
 * Returns the bytes written, or -1 when a figure would pass 2^53 or a rate 2^64 in its integer steps.
 */
export function row(group: i32, depth: i32, named: bool): i32 {
  at = get(S_OUT);
  const year = get(S_YEAR);
  const inner = depth + 1;
  if (!sum(CURRENT, group, year, year, false, 0)) return -1;
  const hasPrevious = seen(group, year - 1);
  if (hasPrevious && !sum(PREVIOUS, group, year - 1, year - 1, false, 0)) return -1;
  put(0x7b);
  if (named) {
    member(K_ID, inner, true);
    copy(get(S_ID), get(S_ID_LENGTH));
    member(K_NAME, inner, false);
    copy(get(S_NAME), get(S_NAME_LENGTH));
  }
  amounts(CURRENT, inner, !named);
  if (hasPrevious) {
    amountsMember(K_PREVIOUS, PREVIOUS, inner);
    if (!sum(FIGURES, group, year, year, true, year - 1)) return -1;
    amountsMember(K_CHANGE, FIGURES, inner);
    member(K_CHANGE_RATE, inner, false);
    put(0x7b);
    const places = get(S_RATE_PLACES);
    member(K_AMOUNT, inner + 1, true);
    if (!rate(figure(CURRENT, 0) - figure(PREVIOUS, 0), figure(PREVIOUS, 0), 100, places)) return -1;
    member(K_BY_SOURCE, inner + 1, false);
    put(0x7b);
    for (let k = 1; k <= SOURCES; k++) {
      member(K_SOURCE + k - 1, inner + 2, k == 1);
      if (!rate(figure(CURRENT, k) - figure(PREVIOUS, k), figure(PREVIOUS, k), 100, places)) return -1;
    }
    newline(inner + 1);
    put(0x7d);
    newline(inner);
    put(0x7d);
  } else {
    member(K_PREVIOUS, inner, false);
    putNull();
    member(K_CHANGE, inner, false);
    putNull();
    member(K_CHANGE_RATE, inner, false);
    putNull();
  }
  member(K_CITY_SHARE, inner, false);
  const city = figure(CURRENT, CITY + 1);
  if (!rate(city, city + figure(CURRENT, DISTRICT + 1), 1, get(S_SHARE_PLACES))) return -1;
  member(K_YEARS, inner, false);
  put(0x7b);
  const count = get(S_YEAR_COUNT);
  for (let i = 0; i < count; i++) {
    const y = load<i32>(get(S_YEARS) + (i << 2));
    if (!sum(FIGURES, group, y, y, false, 0)) return -1;
    // The key is the year as String(y) writes it: `"2022": `.
    if (i > 0) put(0x2c);
    newline(inner + 1);
    put(0x22);
    const n = toDigits(<u64>y, 0);
    for (let d = n - 1; d >= 0; d--) put(0x30 + load<u8>(digits + d));
    put(0x22);
    put(0x3a);
    put(0x20);
    put(0x7b);
    amounts(FIGURES, inner + 2, true);
    newline(inner + 1);
    put(0x7d);
  }
  if (count > 0) newline(inner);
  put(0x7d);
  const first = get(S_FIRST_YEAR);
  if (!sum(FIGURES, group, first, first + get(S_SPAN) - 1, false, 0)) return -1;
  amountsMember(K_ALL_YEARS, FIGURES, inner);
  newline(depth);
  put(0x7d);
  return at - get(S_OUT);
}
