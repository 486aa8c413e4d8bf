import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** What wasm/csv-scan.ts exports: its layout and state slots as globals, and its functions. */
interface CsvScanExports {
  memory: WebAssembly.Memory;
  next(): number;
  reset(): void;
  [name: string]: unknown;
}

/** The names of wasm/csv-scan.ts's layout and state constants, read once from the module itself. */
const CONSTANTS = [
  'MAX_FIELDS', 'STATE', 'STARTS', 'ENDS', 'ESCAPED', 'FLAGS', 'INPUT', 'ASCII_FLAG', 'REPEAT_FLAG',
  'S_POS', 'S_LEN', 'S_DELIMITER', 'S_FINAL', 'S_LINE', 'S_RECORD_LINE', 'S_COUNT', 'S_PREV_COUNT',
  'RECORD', 'MORE', 'UNCLOSED_QUOTE',
] as const;
export type CsvScanConstant = (typeof CONSTANTS)[number];

/**
 * The tokenizer's WebAssembly instance and views of its memory (wasm/csv-scan.ts has the layout). One per
 * process, compiled on first use from dist/csv-scan.wasm (`npm run build` makes it; a module of a few KB
 * compiles in about a millisecond). Growing the memory replaces its buffer, so views are taken again after
 * `reserve`, and callers read them from here each time.
 */
export class CsvMachine {
  readonly wasm: CsvScanExports;
  readonly k: Record<CsvScanConstant, number>;
  state!: Int32Array;
  starts!: Int32Array;
  ends!: Int32Array;
  escaped!: Uint8Array;
  /** Per field of the last record: ASCII_FLAG (all its bytes ASCII), REPEAT_FLAG (the same as the record before). */
  flags!: Uint8Array;
  /**
   * The input fed last, one character per byte (latin1): a field of ASCII bytes is sliced from it as its
   * text, without a call to decode it; any field's slice is its bytes' identity (see key()).
   */
  private bytes = '';
  private from = 0;
  /** The input area: bytes to scan go here (field ranges are offsets into it). */
  input!: Buffer;
  /** True while a scan is using the state: scans don't nest (a visitor starting one would corrupt it). */
  busy = false;

  constructor() {
    const bytes = readFileSync(join(packageRoot(), 'dist', 'csv-scan.wasm')) as Uint8Array<ArrayBuffer>;
    const exports = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
    this.wasm = exports as unknown as CsvScanExports;
    this.k = Object.fromEntries(CONSTANTS.map((name) => [name, (exports[name] as WebAssembly.Global).value as number])) as Record<CsvScanConstant, number>;
    this.reserve(1 << 20);
  }

  /** Room for `length` input bytes (what the input holds is kept). */
  reserve(length: number): void {
    const { memory } = this.wasm;
    const have = memory.buffer.byteLength;
    const need = this.k.INPUT + length;
    if (need > have) memory.grow(Math.ceil((need - have) / 65536));
    if (this.input?.buffer === memory.buffer) return;
    const { buffer } = memory;
    const k = this.k;
    this.state = new Int32Array(buffer, k.STATE, 64);
    this.starts = new Int32Array(buffer, k.STARTS, k.MAX_FIELDS);
    this.ends = new Int32Array(buffer, k.ENDS, k.MAX_FIELDS);
    this.escaped = new Uint8Array(buffer, k.ESCAPED, k.MAX_FIELDS);
    this.flags = new Uint8Array(buffer, k.FLAGS, k.MAX_FIELDS);
    this.input = Buffer.from(buffer, k.INPUT, buffer.byteLength - k.INPUT);
  }

  /** Starts a scan, with nothing of the last one left, the first record on `line`. */
  begin(delimiter: number, line = 1): void {
    const { state, k } = this;
    this.wasm.reset();
    state[k.S_DELIMITER] = delimiter;
    state[k.S_LINE] = line;
  }

  /**
   * Input bytes [from, length), valid UTF-8, to scan next; `final` when they end the file. The last record's
   * field ranges no longer mean anything once the input has moved, so no record repeats across inputs.
   */
  feed(from: number, length: number, final: boolean): void {
    const { state, k } = this;
    state[k.S_POS] = from;
    state[k.S_LEN] = length;
    state[k.S_FINAL] = final ? 1 : 0;
    state[k.S_COUNT] = 0;
    state[k.S_PREV_COUNT] = -1;
    // One call for a megabyte: a call to decode each field cost more than the whole scan.
    this.bytes = this.input.toString('latin1', from, length);
    this.from = from;
  }

  /** Field k (0-based) of the last record, as text, its doubled quotes made single. */
  field(k: number): string {
    const t = (this.flags[k]! & this.k.ASCII_FLAG) !== 0 ? this.bytes.slice(this.starts[k]! - this.from, this.ends[k]! - this.from) : this.input.toString('utf8', this.starts[k], this.ends[k]);
    return this.escaped[k] ? t.replace(/""/g, '"') : t;
  }

  /** Field k (0-based) holds the same text as in the record before. */
  repeats(k: number): boolean {
    return (this.flags[k]! & this.k.REPEAT_FLAG) !== 0;
  }

  /**
   * Field k's bytes, one character each: equal keys are equal text. A field whose doubled quotes stand for
   * one is marked with a leading quote (no unquoted field starts with one), so `"a""b"` (a"b) and `a""b`
   * (as written) are two keys.
   */
  key(k: number): string {
    const bytes = this.bytes.slice(this.starts[k]! - this.from, this.ends[k]! - this.from);
    return this.escaped[k] ? `"${bytes}` : bytes;
  }
}

let machine: CsvMachine | undefined;

/** The process's tokenizer. */
export function csvMachine(): CsvMachine {
  machine ??= new CsvMachine();
  return machine;
}
