import type { DocumentBlock, DocumentTable, WorkDocument } from '../model/document.js';
import { findingAt } from '../model/finding.js';
import { decodeText } from './encodings.js';
import { InputError } from './input-error.js';

/**
 * A work report's text export (한글 → 텍스트 저장, or the same pasted into a .md file) as the document model:
 * every line holding a tab is a table row, and a run of such lines is one table (its grid padded to its widest
 * row: the export writes a merged cell as its text followed by empty fields); every other non-blank line is a
 * paragraph. The export cannot say which cells were merged, so `spans` stays empty. HTML fragments that
 * 한글 leaves inside cells (`<ul …> ◦ …`) become their plain text. Nothing here knows what a budget is.
 */
export function readReportText(bytes: Uint8Array, file: string): WorkDocument {
  let text: string;
  try {
    ({ text } = decodeText(bytes, file));
  } catch (e) {
    // The decoder names the CSV cell the byte falls in (A1); a document is read by its lines.
    const f = e instanceof InputError && e.findings.length === 1 ? e.findings[0]! : undefined;
    if (f?.code !== 'bad-encoding-cell') throw e;
    const { offset, line, encoding } = f.params;
    throw new InputError([findingAt('document-bad-encoding', 'error', { file }, { file, offset: offset!, line: line!, encoding: encoding! }, { line: f.line })]);
  }
  return reportFromText(text, file);
}

export function reportFromText(text: string, file: string): WorkDocument {
  const lines = text.split(/\r\n|\n|\r/);
  const blocks: DocumentBlock[] = [];
  let table: DocumentTable | undefined;
  let tables = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.includes('\t')) {
      if (!table) {
        table = { kind: 'table', number: ++tables, cells: [], spans: [], place: { line }, rowLines: [] };
        blocks.push(table);
      }
      table.cells.push(raw.split('\t').map(cellText));
      table.rowLines!.push(line);
      return;
    }
    if (table) padGrid(table);
    table = undefined;
    const trimmed = raw.trimEnd();
    if (trimmed.trim() !== '') blocks.push({ kind: 'paragraph', text: trimmed, place: { line } });
  });
  if (table) padGrid(table);
  return { file, format: 'text', blocks };
}

function padGrid(table: DocumentTable): void {
  const width = table.cells.reduce((w, r) => Math.max(w, r.length), 0);
  for (const row of table.cells) while (row.length < width) row.push('');
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

/** A cell as a person reads it: tags dropped (a list item or a break starts a new line), entities decoded. */
export function cellText(raw: string): string {
  return raw
    .replace(/<\s*(li|br|p|div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
      if (name[0] !== '#') return ENTITIES.get(name.toLowerCase()) ?? m;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // A number that names no character (past U+10FFFF, or a lone surrogate) is text as written, not a crash.
      return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    })
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}
