import { displayWidth } from './display-width.js';
import { displayText } from './cell-text.js';
import type { NumberStyle } from './format.js';
import type { Sheet } from './sheet.js';
import { styles } from './ansi.js';

export interface TextOptions extends NumberStyle {
  color: boolean;
}

/**
 * A sheet as terminal lines: columns aligned by display width (Hangul counts two), text left, numbers
 * right, header and total rows bold when colour is on. Returns lines; the command writes them.
 */
export function renderText(sheet: Sheet, opts: TextOptions): string[] {
  const { bold } = styles(opts.color);
  const grid = sheet.rows.map((r) => r.cells.map((c) => displayText(c, opts)));
  const widths: number[] = [];
  for (const row of grid) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const lines = [bold(sheet.title)];
  sheet.rows.forEach((row, r) => {
    const parts = row.cells.map((cell, i) => {
      const s = grid[r]![i]!;
      const pad = ' '.repeat(widths[i]! - displayWidth(s));
      const rightAligned = cell.kind !== 'text' && row.style !== 'head';
      return rightAligned ? pad + s : s + pad;
    });
    const line = parts.join('  ').trimEnd();
    if (row.style === 'head') {
      lines.push(bold(line));
      lines.push('─'.repeat(displayWidth(line)));
    } else if (row.style === 'total') {
      lines.push(bold(line));
    } else {
      lines.push(line);
    }
  });
  return lines;
}
