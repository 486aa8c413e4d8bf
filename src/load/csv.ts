import { findingAt } from '../model/finding.js';
import { CsvSyntaxError, detectDelimiter, MAX_FIELDS, MAX_RECORD_BYTES, scanCsv } from './csv-scan.js';
import { InputError } from './input-error.js';
import type { RawRow, RawTable } from './raw-table.js';

const REASON: Record<CsvSyntaxError['reason'], string> = {
  'unclosed-quote': '닫히지 않은 따옴표',
  'text-after-quote': '따옴표 뒤에 구분자가 없음',
  'too-long': `한 레코드가 ${MAX_RECORD_BYTES / 2 ** 20} MiB를 넘음`,
};

/** The located input error for a CSV syntax problem: the line its record starts on. */
export function csvSyntaxProblem(e: CsvSyntaxError, file: string): InputError {
  return new InputError([findingAt('csv-syntax', 'error', { file }, { file, line: String(e.line), reason: REASON[e.reason] }, { line: e.line })]);
}

/**
 * Parses UTF-8 CSV bytes into rows numbered as Excel shows them. Blank lines are kept as empty rows so that
 * numbering matches what a user sees in Excel; each row also remembers the line its record starts on.
 */
export function parseCsvBytes(input: Uint8Array, file: string): RawTable {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (isBlankText(body)) return { file, rows: [] };
  const rows: RawRow[] = [];
  try {
    scanCsv(body, detectDelimiter(body), {
      record(line, count, field) {
        const cells: string[] = [];
        for (let k = 0; k < Math.min(count, MAX_FIELDS); k++) cells.push(field(k));
        rows.push({ row: rows.length + 1, line, cells });
      },
    });
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw csvSyntaxProblem(e, file);
    throw e;
  }
  return { file, rows };
}

/** Parses CSV text (already decoded) the same way. */
export function parseCsv(text: string, file: string): RawTable {
  return parseCsvBytes(Buffer.from(text, 'utf8'), file);
}

/** Only spaces, tabs and line breaks (the check looks at bytes: no need to decode a large file). */
export function isBlankText(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    if (b < 0x80) return false;
    // A non-ASCII character: blank only if it is Unicode white space (NBSP, ideographic space, …).
    const ch = String.fromCodePoint(bytes.toString('utf8', i, Math.min(i + 4, bytes.length)).codePointAt(0)!);
    if (!/^\s$/u.test(ch)) return false;
    i += Buffer.byteLength(ch) - 1;
  }
  return true;
}
