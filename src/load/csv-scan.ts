import { csvMachine, type CsvMachine } from './csv-wasm.js';

/**
 * CSV records from UTF-8 bytes, through the one tokenizer (wasm/csv-scan.ts, which has the rules: RFC 4180
 * as Excel writes it; blank lines are records with one empty field, so row numbers match what Excel shows).
 */
export interface CsvVisitor {
  /**
   * One record that started on 1-based `line`, of `count` fields; `field(k)` is field k (0-based) as text,
   * valid until the next record. Fields past MAX_FIELDS are counted but not located.
   */
  record(line: number, count: number, field: (k: number) => string): void;
}

/**
 * The longest record read: a file with an unclosed quote or no line break at all (a device, a binary) is
 * refused with its line, not read into memory until memory runs out.
 */
export const MAX_RECORD_BYTES = 64 * 2 ** 20;

/** Fields located per record: wasm/csv-scan.ts's MAX_FIELDS (a test holds the two equal). */
export const MAX_FIELDS = 1024;

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'unclosed-quote' | 'text-after-quote' | 'too-long',
  ) {
    super(`${reason} at line ${line}`);
  }
}

/** Throws the syntax error a negative result of the tokenizer stands for. */
export function throwIfSyntaxError(m: CsvMachine, result: number): void {
  if (result >= 0) return;
  const line = m.state[m.k.S_RECORD_LINE]!;
  throw new CsvSyntaxError(line, result === m.k.UNCLOSED_QUOTE ? 'unclosed-quote' : 'text-after-quote');
}

/** Holds the tokenizer for the duration of `use`: scans don't nest, and a second one would corrupt the first. */
export function withMachine<T>(use: (m: CsvMachine) => T): T {
  const m = csvMachine();
  if (m.busy) throw new Error('CSV scans do not nest');
  m.busy = true;
  try {
    return use(m);
  } finally {
    m.busy = false;
  }
}

/** Scans all of `bytes` as CSV, record by record. */
export function scanCsv(bytes: Uint8Array, delimiter: number, visit: CsvVisitor): void {
  withMachine((m) => {
    m.reserve(bytes.length);
    m.input.set(bytes, 0);
    m.begin(delimiter);
    m.feed(0, bytes.length, true);
    const { k, wasm } = m;
    const field = (i: number): string => m.field(i);
    for (;;) {
      const result = wasm.next();
      throwIfSyntaxError(m, result);
      if (result !== k.RECORD) return;
      visit.record(m.state[k.S_RECORD_LINE]!, m.state[k.S_COUNT]!, field);
    }
  });
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

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
