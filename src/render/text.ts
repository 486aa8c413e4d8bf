import { displayText } from './cell-text.js';
import { displayWidth } from './display-width.js';
import type { NumberStyle } from './format.js';
import type { Sheet } from './sheet.js';
import type { Styles } from './ansi.js';

export interface TextOptions extends NumberStyle {
  styles: Styles;
  /** The terminal's width: a wider table loses columns (see fitColumns); undefined means no limit. */
  width?: number;
  /** Display width of a text (ambiguous characters narrow or wide, as the terminal draws them). */
  measure?: (text: string) => number;
  /** Headers of the columns to show (`--columns`), compared without spaces and case; a table with none of them is shown whole. */
  columns?: readonly string[];
}

export interface TextTable {
  lines: string[];
  /** Headers of the columns left out to fit the width. */
  left: string[];
  /** Every column's header, as `--columns` names it. */
  headers: string[];
}

/** How `--columns` compares a name with a header: spaces and case do not count. */
export const columnKey = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

/** Spaces between columns. */
const GAP = 2;
/** A wrapped text column keeps at least this many columns (or its header's width). */
const MIN_WRAP = 10;

/**
 * A sheet as terminal lines: columns aligned by display width (Hangul counts two), text left, numbers and
 * their headers right, header and total rows bold. On a terminal narrower than the table, columns are left
 * out in the sheet's order (its `fit.drop`), then its long text column wraps within itself, then columns
 * go from the right (never the first): a row is never wrapped across lines by the terminal.
 */
export function renderText(sheet: Sheet, opts: TextOptions): TextTable {
  const measure = opts.measure ?? displayWidth;
  const { bold } = opts.styles;
  const grid = sheet.rows.map((r) => r.cells.map((c) => displayText(c, opts)));
  const count = Math.max(0, ...grid.map((r) => r.length));
  const natural = Array.from({ length: count }, (_, i) => Math.max(0, ...grid.map((r) => measure(r[i] ?? ''))));
  const headIndex = sheet.rows.findIndex((r) => r.style === 'head');
  const header = (i: number): string => (headIndex >= 0 ? (grid[headIndex]![i] ?? '') : String(i + 1));
  const numeric = natural.map((_, i) => sheet.rows.some((r) => r.style !== 'head' && r.cells[i] !== undefined && r.cells[i]!.kind !== 'text'));
  const { shown, widths, left } = fitColumns(sheet, natural, header, opts, measure);

  const lines = wrapText(sheet.title, opts.width, measure).map((l) => bold(l));
  sheet.rows.forEach((row, r) => {
    const cellLines = shown.map((i) => (widths[i]! < natural[i]! ? wrapText(grid[r]![i] ?? '', widths[i]!, measure) : [grid[r]![i] ?? '']));
    const height = Math.max(1, ...cellLines.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const parts = shown.map((i, j) => {
        const s = cellLines[j]![k] ?? '';
        const pad = ' '.repeat(Math.max(0, widths[i]! - measure(s)));
        return numeric[i] ? pad + s : s + pad;
      });
      const line = parts.join(' '.repeat(GAP)).trimEnd();
      lines.push(row.style === 'item' ? line : bold(line));
    }
    if (row.style === 'head') {
      const width = shown.reduce((a, i) => a + widths[i]!, 0) + GAP * (shown.length - 1);
      // ─ is an ambiguous character: on a terminal that draws it wide, half as many make the same rule.
      lines.push('─'.repeat(Math.max(1, Math.floor(width / measure('─')))));
    }
  });
  return { lines, left: left.map(header), headers: natural.map((_, i) => header(i)) };
}

/** Which columns to show and how wide, for the chosen columns and the terminal's width. */
function fitColumns(sheet: Sheet, natural: number[], header: (i: number) => string, opts: TextOptions, measure: (text: string) => number) {
  const key = columnKey;
  let shown = natural.map((_, i) => i);
  if (opts.columns !== undefined) {
    const asked = new Set(opts.columns.map(key));
    const chosen = shown.filter((i) => asked.has(key(header(i))));
    if (chosen.length > 0) shown = chosen;
  }
  const widths = [...natural];
  const left: number[] = [];
  const limit = opts.width;
  if (limit === undefined) return { shown, widths, left };
  const total = () => shown.reduce((a, i) => a + widths[i]!, 0) + GAP * (shown.length - 1);
  const wrap = sheet.fit?.wrap;
  const narrowWrap = () => {
    if (wrap === undefined || !shown.includes(wrap)) return;
    widths[wrap] = natural[wrap]!;
    const excess = total() - limit;
    if (excess > 0) widths[wrap] = Math.max(natural[wrap]! - excess, Math.min(natural[wrap]!, Math.max(MIN_WRAP, measure(header(wrap)))));
  };
  const leave = (i: number) => {
    shown = shown.filter((s) => s !== i);
    left.push(i);
  };
  for (const i of sheet.fit?.drop ?? []) {
    if (total() <= limit) break;
    if (shown.includes(i) && shown.length > 1) leave(i);
  }
  narrowWrap();
  for (const i of [...shown].reverse()) {
    if (total() <= limit || shown.length === 1) break;
    if (i === shown[0] || i === wrap) continue;
    leave(i);
    narrowWrap();
  }
  return { shown, widths, left };
}

/** A text in lines no wider than `width` (by display width), broken at spaces, or inside a word longer than a line. */
export function wrapText(text: string, width: number | undefined, measure: (text: string) => number): string[] {
  if (width === undefined || measure(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const pieces = measure(word) <= width ? [word] : [...word];
    pieces.forEach((piece, k) => {
      const sep = k === 0 && line !== '' ? ' ' : '';
      if (line !== '' && measure(line + sep + piece) > width) {
        lines.push(line);
        line = piece;
      } else line += sep + piece;
    });
  }
  lines.push(line);
  return lines;
}
