import type { PrintedTable } from '../model/dataset.js';
import type { Unit } from '../model/money.js';
import { cellAddress } from '../model/provenance.js';
import { totalKind, type TotalKind } from '../parse/total-labels.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';
import { parseFormula } from '../parse/table-formula.js';
import { comparePerPart, evaluate } from './table-sum.js';
import { cellRaw, tableValue, type GridCell } from './table-values.js';

const YEAR = /^(19|20)\d\d$/;

/** A row (or column) of the grid seen as a line of cells: `at` is the total's index along it. */
interface Line {
  at: number;
  lowest: number;
  limit: number;
  cell: (i: number, across: number) => GridCell;
  totalKind: (i: number) => TotalKind | undefined;
}

/**
 * Any table, even one never seen before: rows whose label (first filled cell) is 합계/계/소계/총계 are
 * checked against the rows above them (or below, when nothing numeric is above), columns headed so against
 * the columns to their left (or right; the first column holds the row labels). Parts stop at a text cell.
 * Cells a declared rule (tables.csv) already targets are left to that rule.
 */
export const tableTotals: CheckRule = (dataset) => {
  const out = new Collector();
  for (const table of dataset.tables) new TotalFinder(table, dataset.info.unit, out).run();
  return out.result();
};

class TotalFinder {
  private readonly header: number;
  private readonly width: number;
  private readonly declared = new Set<string>();

  constructor(
    private readonly table: PrintedTable,
    private readonly unit: Unit,
    private readonly out: Collector,
  ) {
    this.width = Math.max(0, ...table.rows.map((r) => r.length));
    this.header = this.headerRows();
    for (const rule of table.rules) {
      const f = parseFormula(rule);
      if (typeof f !== 'string') this.declared.add(`${f.target.r},${f.target.c}`);
    }
  }

  run(): void {
    const rows = this.table.rows.length;
    for (let r = this.header; r < rows; r++) {
      const total = this.rowTotal(r);
      if (!total) continue;
      const line: Line = { at: r, lowest: this.header, limit: rows, cell: (i, c) => ({ r: i, c }), totalKind: (i) => this.rowTotal(i)?.kind };
      for (let c = total.column + 1; c < this.width; c++) this.check({ r, c }, total, line, c);
    }
    for (let c = 0; c < this.width; c++) {
      const total = this.columnTotal(c);
      if (!total) continue;
      // The first column holds the row labels: never a part.
      const line: Line = { at: c, lowest: 1, limit: this.width, cell: (i, r) => ({ r, c: i }), totalKind: (i) => this.columnTotal(i)?.kind };
      for (let r = this.header; r < rows; r++) this.check({ r, c }, total, line, r);
    }
  }

  /**
   * Checks a total cell against the parts before it along the line (a 합계 row under its rows), else the parts
   * after it (a 계 row right under the header, a 합계 column next to the row labels).
   */
  private check(cell: GridCell, total: { kind: TotalKind; label: string }, line: Line, across: number): void {
    if (this.declared.has(`${cell.r},${cell.c}`) || tableValue(cellRaw(this.table, cell), this.unit).kind !== 'number') return;
    let parts = this.scan(line, across, total.kind, -1);
    if (parts.length === 0) parts = this.scan(line, across, total.kind, 1);
    if (parts.length === 0) return;
    const result = evaluate(this.table, this.unit, cell, [{ sign: 1, cells: parts }]);
    if (result === null || 'bad' in result) return;
    comparePerPart(this.out, 'table-sum', this.table, cell, result, { label: total.label, parts: rangeOf(parts) });
  }

  /** Parts along a line, stopping at a text cell, the table's edge or a total of stopping kind; none without a number. */
  private scan(line: Line, across: number, kind: TotalKind, step: 1 | -1): GridCell[] {
    const cells: GridCell[] = [];
    let numbers = 0;
    for (let i = line.at + step; i >= line.lowest && i < line.limit; i += step) {
      const k = line.totalKind(i);
      if (k !== undefined) {
        if (kind === 'sub' || k === 'all') break;
        continue;
      }
      const v = tableValue(cellRaw(this.table, line.cell(i, across)), this.unit);
      if (v.kind === 'text') break;
      if (v.kind === 'number') numbers++;
      cells.push(line.cell(i, across));
    }
    return numbers > 0 ? cells : [];
  }

  /** Leading rows without a number (a year such as 2021 heading a column does not count). */
  private headerRows(): number {
    let n = 0;
    for (const row of this.table.rows) {
      const numeric = row.some((raw) => !YEAR.test(raw.trim()) && tableValue(raw, this.unit).kind === 'number');
      if (numeric) break;
      n++;
    }
    return n;
  }

  private rowTotal(r: number): { kind: TotalKind; column: number; label: string } | undefined {
    if (r < this.header) return undefined;
    const row = this.table.rows[r] ?? [];
    const column = row.findIndex((t) => t.trim() !== '');
    const kind = column < 0 ? undefined : totalKind(row[column]!);
    return kind && { kind, column, label: row[column]!.trim() };
  }

  private columnTotal(c: number): { kind: TotalKind; label: string } | undefined {
    for (let r = 0; r < this.header; r++) {
      const raw = cellRaw(this.table, { r, c });
      const kind = totalKind(raw);
      if (kind) return { kind, label: raw.trim() };
    }
    return undefined;
  }
}

/** `B3:B9`, written low to high whichever way the parts were collected. */
function rangeOf(parts: GridCell[]): string {
  const rs = parts.map((p) => p.r + 1);
  const cs = parts.map((p) => p.c + 1);
  return `${cellAddress(Math.min(...rs), Math.min(...cs))}:${cellAddress(Math.max(...rs), Math.max(...cs))}`;
}
