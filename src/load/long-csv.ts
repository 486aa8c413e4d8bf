import type { BudgetOptions } from './budget-table.js';
import type { Project } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { Header } from './header.js';
import { UnderHeader } from './under-header.js';
import type { RawTable } from '../formats/raw-table.js';
import { csvSyntaxProblem } from '../formats/csv.js';
import { CsvSyntaxError, detectDelimiter, MAX_FIELDS, MAX_RECORD_BYTES, throwIfSyntaxError, withMachine } from '../formats/csv-scan.js';
import type { CsvMachine } from '../formats/csv-wasm.js';
import { isUtf8 } from 'node:buffer';
import { isBlankCell } from '../parse/blank.js';
import { isBlankLongRow, longColumns, LongLayoutDecoder, type LongRow } from './long-layout.js';
import type { BudgetTableData } from './budget-table.js';

/**
 * Long-layout rows read from the file's bytes in the tokenizer's memory: a cell is decoded to text only
 * when the decoder asks for it, and a label repeating the row above is recognised by its bytes.
 */
class BytesLongRow implements LongRow {
  row = 0;
  line = 0;

  constructor(private readonly m: CsvMachine) {}

  /** Fields of the record, as far as they are located. */
  cells = 0;

  repeats(column: number): boolean {
    return column <= this.cells && this.m.repeats(column - 1);
  }

  text(column: number): string {
    return column > this.cells ? '' : this.m.field(column - 1);
  }

  key(column: number): string {
    return column > this.cells ? '' : this.m.key(column - 1);
  }

  isBlank(column: number): boolean {
    return column > this.cells || isBlankCell(this.text(column));
  }
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
 *
 * Past the header, every record goes through the decoder, which has every rule and message.
 */
export function readLongCsv(
  source: ChunkSource,
  file: string,
  opts: BudgetOptions & { scale: number },
  problems: Finding[],
  defaultProject: Project,
  onProgress?: Progress,
): BudgetTableData | undefined {
  try {
    return withMachine((m) => readChunks(m, source, file, opts, problems, defaultProject, onProgress));
  } catch (e) {
    if (e instanceof NotLongLayout) return undefined;
    if (e instanceof CsvSyntaxError) throw csvSyntaxProblem(e, file);
    throw e;
  }
}

function readChunks(m: CsvMachine, ...[source, file, opts, problems, defaultProject, onProgress]: Parameters<typeof readLongCsv>): BudgetTableData | undefined {
  const { k, wasm } = m;
  // A view of the tokenizer's state: taken again whenever the input area grows (growing replaces the memory).
  let { state } = m;
  let capacity = CHUNK;
  m.reserve(capacity);
  const row = new BytesLongRow(m);
  let decoder: LongLayoutDecoder | undefined;
  let header: string[] = [];
  let underHeader: UnderHeader | undefined;
  let records = 0;
  const found: Finding[] = [];
  const table: RawTable = { file, rows: [] };

  // The header, when the record is the first non-blank one: the decoder for its columns.
  const readHeader = (): void => {
    header = Array.from({ length: row.cells }, (_, i) => row.text(i + 1));
    const cols = longColumns(header, opts.words);
    if (!cols) throw new NotLongLayout();
    // The header's own checks (duplicate labels after normalisation) as for every table.
    new Header(table, { row: records, line: row.line, cells: header }, found);
    underHeader = new UnderHeader(table, header, records, found);
    decoder = new LongLayoutDecoder(cols, opts, found, file, undefined, defaultProject, Math.ceil(source.size / 64), header);
  };
  // Every record of the input fed last; false when it ends inside a record (more input is needed).
  const readRecords = (): void => {
    for (;;) {
      const result = wasm.next();
      throwIfSyntaxError(m, result);
      if (result !== k.RECORD) return;
      row.row = ++records;
      row.line = state[k.S_RECORD_LINE]!;
      row.cells = Math.min(state[k.S_COUNT]!, MAX_FIELDS);
      if (!decoder) {
        // Blank records before the header (an empty line, a cleared title row `,,,,`) are skipped, by the one rule.
        if (isBlankLongRow(row)) {
          if (records >= 10) throw new NotLongLayout();
          continue;
        }
        readHeader();
        continue;
      }
      // A blank line goes to the decoder too, which skips it as it skips `,,,,`: the tokenizer compares each
      // record with the one before (`repeats`), so a record the decoder never saw would let the next one
      // take the last project's label for its own empty cell.
      const count = state[k.S_COUNT]!;
      if (underHeader!.concerns(count)) underHeader!.row({ row: row.row, line: row.line, cells: Array.from({ length: Math.min(count, MAX_FIELDS) }, (_, i) => row.text(i + 1)) });
      decoder.row(row);
    }
  };

  m.begin(-1);
  let filled = 0;
  let done = 0;
  let first = true;
  for (;;) {
    if (filled === capacity) {
      // One record longer than the chunk: grow so that it fits (what the input holds is kept).
      if (capacity >= MAX_RECORD_BYTES) throw new CsvSyntaxError(state[k.S_LINE]!, 'too-long');
      capacity *= 2;
      m.reserve(capacity);
      state = m.state;
    }
    const n = source.read(m.input, filled, capacity - filled);
    filled += n;
    done += n;
    onProgress?.(done, source.size, records);
    const final = n === 0;
    let start = 0;
    const { input } = m;
    if (first) {
      if (filled >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) start = 3;
      state[k.S_DELIMITER] = detectDelimiter(input.subarray(start, filled));
      first = false;
    }
    const usable = final ? filled : input.lastIndexOf(0x0a, filled - 1) + 1;
    if (usable <= start && !final) continue;
    if (!isUtf8(input.subarray(start, usable))) throw new NotUtf8();
    m.feed(start, usable, final);
    readRecords();
    if (final) break;
    const rest = state[k.S_POS]!;
    input.copy(input, 0, rest, filled);
    filled -= rest;
  }
  if (!decoder) return undefined;
  const projects = decoder.finish();
  // Nothing read and nothing said (no rows, or only blank ones): said as such, not later as "no data for 2022".
  if (decoder.lines.length === 0 && decoder.statedTotals.length === 0 && found.length === 0) found.push(findingAt('no-rows', 'error', { file }, { file }));
  problems.push(...found);
  return { projects, lines: decoder.lines, statedTotals: decoder.statedTotals };
}
