import type { HalfYearRow, HalfYearTable } from '../model/achievement.js';
import type { PrintedTable } from '../model/dataset.js';
import type { Finding } from '../model/finding.js';
import { labelKey } from '../parse/normalize.js';
import { readCount } from './count-cells.js';
import { isBlankRow, type RawTable } from '../formats/raw-table.js';

const HALVES = ['상반기', '하반기'];

/**
 * Finds the printed tables whose first header row names 상반기 and 하반기 (merged over the measures in the
 * second header row) and reads their counts with cell provenance. Bad counts are findings.
 */
export function readHalfYearTables(tables: PrintedTable[], problems: Finding[]): HalfYearTable[] {
  const out: HalfYearTable[] = [];
  for (const t of tables) {
    const [top, sub] = t.rows;
    if (!top || !sub) continue;
    const starts = top.map((c, i) => (HALVES.includes(labelKey(c)) ? i : -1)).filter((i) => i >= 0);
    if (starts.length !== HALVES.length) continue;
    // A merged half spans its own column and the blank ones after it, up to the table's width (a workbook
    // row may stop at its last non-blank cell, so the header row can be shorter than the rows below).
    const width = Math.max(...t.rows.map((r) => r.length));
    const spans = starts.map((s) => {
      let end = s + 1;
      while (end < width && (top[end] ?? '').trim() === '') end++;
      return { half: top[s]!.trim(), columns: range(s, end) };
    });
    const raw: RawTable = { file: t.file, rows: t.rows.map((cells, i) => ({ row: i + 1, cells })), ...(t.sheet === undefined ? {} : { sheet: t.sheet }) };
    const rows: HalfYearRow[] = [];
    for (const row of raw.rows.slice(2)) {
      if (isBlankRow(row)) continue;
      const values = spans.flatMap((s) => s.columns.map((c) => readCount(raw, row, c + 1, problems) ?? null));
      rows.push({ label: (row.cells[0] ?? '').trim(), values });
    }
    out.push({
      title: t.title,
      ...(t.asOf === undefined ? {} : { asOf: t.asOf }),
      halves: spans.map((s) => s.half),
      measures: spans[0]!.columns.map((c) => (sub[c] ?? '').trim()),
      rows,
    });
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
