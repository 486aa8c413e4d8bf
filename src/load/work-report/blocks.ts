import type { DocumentBlock, DocumentParagraph, DocumentTable, WorkDocument } from '../../model/document.js';
import { labelKey } from '../../parse/normalize.js';
import type { DocumentSpot, TableCaption } from './part-table.js';

/** A paragraph's text without the bold markers a pasted export keeps (`□ **사업개요**`). */
export function plainText(p: DocumentParagraph): string {
  return p.text.replace(/\*\*/g, '').trim();
}

/** The marker a heading starts with: □ for a section, ○ for a sub-programme; '' for a bare heading line. */
export type HeadingMarker = '□' | '○' | '';

/**
 * A heading and its title (`□ 사업개요` → 사업개요; `□ 2022년 소요예산 : 5,600천원` → 2022년 소요예산), or
 * undefined for running text (`- …`, `· …`, `※ …`, `(단위 : 천원)`, a sentence).
 */
export function headingOf(p: DocumentParagraph): { marker: HeadingMarker; title: string } | undefined {
  const text = plainText(p);
  const m = /^([□○])\s*(.*)$/.exec(text);
  const marker = (m ? m[1] : '') as HeadingMarker;
  const body = m ? m[2]! : text;
  // A bare line is a heading only when it is short and is no sentence, list item, note or unit line.
  if (!m && (/^[-·:※(☞◦<]/.test(body) || body.length > 20 || /[.:]/.test(body))) return undefined;
  const title = body.split(/\s:\s|\s*:\s/)[0]!.trim();
  return title === '' ? undefined : { marker, title };
}

/** The `(단위 : 천원)` / `(단위:명)` line's unit, or undefined. */
export function unitLine(p: DocumentParagraph): string | undefined {
  const m = /^\(\s*단위\s*:\s*(.+?)\s*\)$/.exec(plainText(p));
  return m ? m[1] : undefined;
}

/** The `(기준일 : 2021.9.30.)`, `(2021.9.30.자)` line's date as printed, or undefined. */
export function asOfLine(p: DocumentParagraph): string | undefined {
  const text = plainText(p);
  const m = /^\(\s*기준일\s*:\s*(.+?)\s*\)$/.exec(text) ?? /^\(\s*(\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?)\s*자\s*\)$/.exec(text);
  return m ? m[1] : undefined;
}

export function isTable(b: DocumentBlock | undefined): b is DocumentTable {
  return b?.kind === 'table';
}

export function isParagraph(b: DocumentBlock | undefined): b is DocumentParagraph {
  return b?.kind === 'paragraph';
}

/** The grid's cell text (0-based), '' outside it. */
export function gridCell(t: DocumentTable, r: number, c: number): string {
  return t.cells[r]?.[c] ?? '';
}

/** The header words of a grid row, compared as labels are (no spaces). */
export function rowKeys(t: DocumentTable, r: number): string[] {
  return (t.cells[r] ?? []).map(labelKey);
}

/** Where a table's cell (0-based r, c) is: the table, its 1-based row and column, and the row's line. */
export function cellSpot(t: DocumentTable, caption: TableCaption, r: number, c: number): DocumentSpot {
  const spot: DocumentSpot = { table: caption, row: r + 1, column: c + 1, ...placeOf(t) };
  const line = t.rowLines?.[r];
  if (line !== undefined) spot.line = line;
  return spot;
}

/** Where a paragraph is. */
export function paragraphSpot(p: DocumentParagraph): DocumentSpot {
  return placeOf(p);
}

function placeOf(b: DocumentBlock): DocumentSpot {
  const s: DocumentSpot = {};
  if (b.place.line !== undefined) s.line = b.place.line;
  if (b.place.section !== undefined) s.section = b.place.section;
  if (b.place.paragraph !== undefined) s.paragraph = b.place.paragraph;
  return s;
}

/**
 * The document with each table cell on one line, as the text export prints a cell (`◦ A ◦ B`, `4명 - 무기계약직
 * 3 - …`): 한글 keeps a cell's paragraphs apart and the HWPX reader joins them with '\n' (as the text reader
 * does a cell's `<br>`/`<li>`). The recognisers read this one form, so both formats give the same dataset.
 */
export function cellsOnOneLine(doc: WorkDocument): WorkDocument {
  const line = (cell: string) => (cell.includes('\n') ? cell.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ') : cell);
  return { ...doc, blocks: doc.blocks.map((b) => (b.kind === 'table' ? { ...b, cells: b.cells.map((r) => r.map(line)) } : b)) };
}
