import type { Decimal } from 'decimal.js';
import type { PrintedTable } from '../model/dataset.js';
import type { Unit } from '../model/money.js';
import { at, type Provenance } from '../model/provenance.js';
import { parseAmount } from '../parse/number.js';
import { parsePair } from '../parse/pair.js';
import type { GridCell } from '../parse/table-formula.js';

export type { GridCell };

/**
 * A printed table's cell as the table checks see it: blank (or `-`, zero), a number, a pair such as
 * `12(3)` (정원(현원): two numbers, each checked on its own), or text that is no number.
 */
export type TableValue = { kind: 'blank' } | { kind: 'number'; values: Decimal[] } | { kind: 'text'; raw: string };

export function tableValue(raw: string, unit: Unit): TableValue {
  const blank = parseAmount(raw, { unit, blank: 'missing' });
  if (blank.kind === 'missing') return { kind: 'blank' };
  if (blank.kind === 'value') return { kind: 'number', values: [blank.value] };
  const pair = parsePair(raw, unit);
  return pair ? { kind: 'number', values: pair } : { kind: 'text', raw };
}


export function cellRaw(table: PrintedTable, cell: GridCell): string {
  return table.rows[cell.r]?.[cell.c] ?? '';
}

export function placeIn(table: PrintedTable, cell: GridCell): Provenance {
  return at(table.file, cell.r + 1, cell.c + 1, table.sheet);
}
