import type { BudgetSums, ExactCells } from '../compute/budget-sums.js';
import type { RowHead } from '../compute/budget-report.js';
import { SOURCES } from '../model/dataset.js';
import { growMemory, wasmConstants, wasmInstance } from '../wasm-module.js';
import { CHANGE_RATE_PLACES, SHARE_PLACES } from './budget-sheets.js';

const CONSTANTS = [
  'S_CELLS', 'S_SEEN', 'S_SPAN', 'S_FIRST_YEAR', 'S_YEAR', 'S_PLACES', 'S_YEARS', 'S_YEAR_COUNT', 'S_KEYS',
  'S_ID', 'S_ID_LENGTH', 'S_NAME', 'S_NAME_LENGTH', 'S_OUT', 'S_RATE_PLACES', 'S_SHARE_PLACES', 'STATE',
] as const;

/** The members of a row, in the order of the module's K_* indices. */
const KEYS = ['id', 'name', 'amount', 'bySource', 'previous', 'change', 'changeRate', 'cityShare', 'years', 'allYears', ...SOURCES];

interface Module {
  row(group: number, depth: number, named: number): number;
  memory: WebAssembly.Memory;
  k: Record<(typeof CONSTANTS)[number], number>;
}

let instance: Module | undefined;

function budgetJsonModule(): Module {
  if (!instance) {
    const exports = wasmInstance('budget-json');
    instance = { row: exports.row as Module['row'], memory: exports.memory as WebAssembly.Memory, k: wasmConstants(exports, CONSTANTS) };
  }
  return instance;
}

/** Where the fixed parts go: state and scratch below FIXED, then the keys, years, cells, and a row's text. */
const FIXED = 4096;
const align8 = (n: number): number => (n + 7) & ~7;

/**
 * Rows of the budget JSON written by wasm/budget-json.ts straight from a BudgetSums' exact cells, laid out
 * as budget-json.ts lays out the same row from the report model. One writer per BudgetSums, used one row at
 * a time: each row's bytes are valid until the next call.
 */
export class BudgetJsonRows {
  private readonly m: Module;
  /** Where a row's id and name go, then the row. */
  private readonly text: number;

  private constructor(
    private readonly cells: ExactCells,
    years: readonly number[],
    year: number,
  ) {
    const m = budgetJsonModule();
    this.m = m;
    const keys = KEYS.map((key) => Buffer.from(`${JSON.stringify(key)}: `, 'utf8'));
    const keyTable = FIXED;
    const keyBytes = keyTable + keys.length * 8;
    const yearsAt = align8(keyBytes + keys.reduce((n, b) => n + b.length, 0));
    const cellsAt = align8(yearsAt + years.length * 4);
    const seenAt = cellsAt + cells.acc.byteLength;
    this.text = align8(seenAt + cells.seen.length);
    growMemory(m.memory, this.text);
    const { buffer } = m.memory;
    const state = new Int32Array(buffer, m.k.STATE, 64);
    const { k } = m;
    let at = keyBytes;
    keys.forEach((b, i) => {
      new Int32Array(buffer, keyTable + i * 8, 2).set([at, b.length]);
      new Uint8Array(buffer, at, b.length).set(b);
      at += b.length;
    });
    new Int32Array(buffer, yearsAt, years.length).set(years);
    new Float64Array(buffer, cellsAt, cells.acc.length).set(cells.acc);
    new Uint8Array(buffer, seenAt, cells.seen.length).set(cells.seen);
    state[k.S_CELLS] = cellsAt;
    state[k.S_SEEN] = seenAt;
    state[k.S_SPAN] = cells.span;
    state[k.S_FIRST_YEAR] = cells.firstYear;
    state[k.S_YEAR] = year;
    state[k.S_PLACES] = Math.round(Math.log10(cells.scale));
    state[k.S_YEARS] = yearsAt;
    state[k.S_YEAR_COUNT] = years.length;
    state[k.S_KEYS] = keyTable;
    state[k.S_RATE_PLACES] = CHANGE_RATE_PLACES;
    state[k.S_SHARE_PLACES] = SHARE_PLACES;
  }

  /** A writer of the rows of `sums`, or null when some cell is not an exact integer below 2^53. */
  static of(sums: BudgetSums, year: number): BudgetJsonRows | null {
    const cells = sums.exact();
    return cells ? new BudgetJsonRows(cells, sums.years, year) : null;
  }

  /**
   * Group `group`'s row (an index into `sums.groups`, as RowHead.group) as an object at `depth`, with the
   * head's id and name when given; null when the module leaves it to the report model (a figure past 2^53).
   */
  row(group: number, depth: number, head?: RowHead): Uint8Array | null {
    const { m, cells } = this;
    const id = head ? JSON.stringify(head.id) : '';
    const name = head ? JSON.stringify(head.name) : '';
    // UTF-8 takes at most three bytes per UTF-16 unit; a row's own layout takes well under 64 KiB.
    const out = this.text + 3 * (id.length + name.length);
    growMemory(m.memory, out + 65536 + 256 * cells.span);
    const { buffer } = m.memory;
    const state = new Int32Array(buffer, m.k.STATE, 64);
    const bytes = Buffer.from(buffer);
    const idLength = bytes.write(id, this.text, 'utf8');
    const nameLength = bytes.write(name, this.text + idLength, 'utf8');
    state[m.k.S_ID] = this.text;
    state[m.k.S_ID_LENGTH] = idLength;
    state[m.k.S_NAME] = this.text + idLength;
    state[m.k.S_NAME_LENGTH] = nameLength;
    state[m.k.S_OUT] = out;
    const length = m.row(cells.cell[group]!, depth, head ? 1 : 0);
    return length < 0 ? null : bytes.subarray(out, out + length);
  }
}
