import { parse } from 'csv-parse/sync';
import { findingAt } from '../model/finding.js';
import { InputError } from './input-error.js';
import type { RawRow, RawTable } from './raw-table.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter is the one of `,` `;` tab that occurs most in the first line outside quotes (comma on a tie). */
export function detectDelimiter(text: string): string {
  let best: string = ',';
  let bestCount = 0;
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  for (const d of DELIMITERS) {
    const c = counts.get(d) ?? 0;
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}

/** Line breaks inside a record's fields (only quoted fields can hold them); CRLF is one break. */
function lineBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) n += c.match(/\r\n|\r|\n/g)?.length ?? 0;
  return n;
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, quoted newlines, CRLF or LF, missing final
 * newline) into rows numbered as Excel shows them. Blank lines are kept as empty rows so that numbering
 * matches what a user sees in Excel; each row also remembers the line its record starts on.
 */
export function parseCsv(text: string, file: string): RawTable {
  if (text.trim() === '') return { file, rows: [] };
  const rows: RawRow[] = [];
  // The line the next record starts on, counted from the records themselves: csv-parse's own count takes a
  // quoted CRLF as two lines, and on an error it gives the line where parsing stopped, not where the record began.
  let line = 1;
  try {
    parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      bom: true,
      on_record: (record: string[]) => {
        rows.push({ row: rows.length + 1, line, cells: record });
        line += 1 + lineBreaks(record);
        return null;
      },
    });
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const reason = err.code === 'CSV_QUOTE_NOT_CLOSED' ? '닫히지 않은 따옴표' : err.code === 'CSV_INVALID_CLOSING_QUOTE' ? '따옴표 뒤에 구분자가 없음' : (err.code ?? 'CSV');
    throw new InputError([findingAt('csv-syntax', 'error', { file }, { file, line: String(line), reason }, { line })]);
  }
  return { file, rows };
}
