import { growMemory, wasmConstants, wasmInstance } from '../wasm-module.js';

/** What wasm/csv-scan.ts exports: layout offsets and slots as globals, and its functions. */
interface CsvScanExports {
  memory: WebAssembly.Memory;
  next(): number;
  decode(known: number): number;
  bind(): void;
  reset(): void;
  markDecoded(): void;
  repeats(column: number): number;
  blankness(column: number): number;
  source(column: number): number;
  year(column: number): number;
  amount(column: number, scale: number): number;
  [name: string]: unknown;
}

/** The names of wasm/csv-scan.ts's layout and state constants, read once from the module itself. */
const CONSTANTS = [
  'MAX_FIELDS', 'STATE', 'UNITS', 'SOURCE_PATTERNS', 'STARTS', 'ENDS', 'ESCAPED', 'NEW_YEARS', 'BATCH',
  'B_ORG', 'B_PROJECT', 'B_UNITS', 'B_SOURCE', 'B_YEAR', 'B_RUN_LINE', 'B_RUN_ROW', 'INPUT',
  'S_POS', 'S_LEN', 'S_DELIMITER', 'S_FINAL', 'S_LINE', 'S_RECORD_LINE', 'S_COUNT', 'S_PREV_COUNT', 'S_RECORDS',
  'S_COL_ORG', 'S_COL_PROJECT', 'S_COL_NAME', 'S_COL_SOURCE', 'S_COL_YEAR', 'S_COL_AMOUNT', 'S_HEADER_LENGTH', 'S_ALL_SLOW', 'S_SCALE',
  'S_LINES', 'S_RUNS', 'S_BLANKS', 'S_FIRST_BLANK_ROW', 'S_FIRST_BLANK_LINE', 'S_DATA_ROWS', 'S_NEW_YEARS',
  'S_ORG', 'S_PROJECT', 'S_FOLLOWED',
  'RECORD', 'SLOW', 'MORE', 'FULL', 'LABEL', 'UNCLOSED_QUOTE', 'TEXT_AFTER_QUOTE', 'BLANK', 'UNSURE',
] as const;
export type CsvScanConstant = (typeof CONSTANTS)[number];

/**
 * The tokenizer's WebAssembly instance and views of its memory (wasm/csv-scan.ts has the layout). One per
 * process, made on first use. Growing the memory replaces its buffer, so views are taken again after
 * `reserve`, and callers read them from here each time.
 */
export class CsvMachine {
  readonly wasm: CsvScanExports;
  readonly k: Record<CsvScanConstant, number>;
  state!: Int32Array;
  units!: Float64Array;
  starts!: Int32Array;
  ends!: Int32Array;
  escaped!: Uint8Array;
  /** The input area: bytes to scan go here (field ranges are offsets into it). */
  input!: Buffer;
  batch!: { org: Int32Array; project: Int32Array; units: Float64Array; source: Uint8Array; year: Uint16Array; runLine: Int32Array; runRow: Int32Array; newYears: Int32Array };
  /** True while a scan is using the state: scans don't nest (a visitor starting one would corrupt it). */
  busy = false;

  constructor() {
    const exports = wasmInstance('csv-scan');
    this.wasm = exports as unknown as CsvScanExports;
    this.k = wasmConstants(exports, CONSTANTS);
    this.reserve(1 << 20);
  }

  /** Room for `length` input bytes (what the input holds is kept). */
  reserve(length: number): void {
    const { memory } = this.wasm;
    growMemory(memory, this.k.INPUT + length);
    if (this.input?.buffer === memory.buffer) return;
    const { buffer } = memory;
    const k = this.k;
    this.state = new Int32Array(buffer, k.STATE, 64);
    this.units = new Float64Array(buffer, k.UNITS, 1);
    this.starts = new Int32Array(buffer, k.STARTS, k.MAX_FIELDS);
    this.ends = new Int32Array(buffer, k.ENDS, k.MAX_FIELDS);
    this.escaped = new Uint8Array(buffer, k.ESCAPED, k.MAX_FIELDS);
    this.input = Buffer.from(buffer, k.INPUT, buffer.byteLength - k.INPUT);
    this.batch = {
      org: new Int32Array(buffer, k.B_ORG, k.BATCH),
      project: new Int32Array(buffer, k.B_PROJECT, k.BATCH),
      units: new Float64Array(buffer, k.B_UNITS, k.BATCH),
      source: new Uint8Array(buffer, k.B_SOURCE, k.BATCH),
      year: new Uint16Array(buffer, k.B_YEAR, k.BATCH),
      runLine: new Int32Array(buffer, k.B_RUN_LINE, k.BATCH),
      runRow: new Int32Array(buffer, k.B_RUN_ROW, k.BATCH),
      newYears: new Int32Array(buffer, k.NEW_YEARS, 256),
    };
  }

  /** Starts a scan, with nothing of the last one left (state, years, labels), the first record on `line`. */
  begin(delimiter: number, line = 1): void {
    const { state, k } = this;
    this.wasm.reset();
    state[k.S_DELIMITER] = delimiter;
    state[k.S_LINE] = line;
  }

  /**
   * Input bytes [from, length) to scan next; `final` when they end the file. The previous record's field
   * ranges no longer mean anything once the input has moved, so no record repeats across inputs.
   */
  feed(from: number, length: number, final: boolean): void {
    const { state, k } = this;
    state[k.S_POS] = from;
    state[k.S_LEN] = length;
    state[k.S_FINAL] = final ? 1 : 0;
    state[k.S_PREV_COUNT] = -1;
  }

  /** The three sources' UTF-8 bytes, in the order decode() numbers them. */
  setSources(sources: readonly string[]): void {
    const base = this.k.SOURCE_PATTERNS;
    const bytes = new Uint8Array(this.wasm.memory.buffer, base, 48);
    sources.forEach((s, i) => {
      const utf8 = Buffer.from(s, 'utf8');
      bytes[i * 16] = utf8.length;
      bytes.set(utf8, i * 16 + 1);
    });
  }
}

let machine: CsvMachine | undefined;

/** The process's tokenizer, compiled on first use from dist/csv-scan.wasm (`npm run build` makes it). */
export function csvMachine(): CsvMachine {
  machine ??= new CsvMachine();
  return machine;
}
