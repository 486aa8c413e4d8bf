import type { DocumentSpot } from '../../model/document.js';
import { cellAddress, columnLetter } from '../../model/provenance.js';
import { PartTable } from './part-table.js';

/** A figure the text states with what it is made of: its parts (a sum) or the items it counts. */
export interface StatedRow {
  label: string;
  total: string;
  parts: string[];
  /** The text as printed. */
  text: string;
  spot: DocumentSpot;
  /** Where each part is, when not where the total is. */
  partSpots?: DocumentSpot[];
}

/**
 * The printed table of such figures (tables/text-sums.csv, tables/listed-counts.csv): 구분 | the total |
 * one column a part | 원문, each row with its rule `B2=SUM(C2:E2)` or `B2=COUNTA(C2:E2)`, and its line of
 * tables.csv; undefined when there is none.
 */
export function statedTable(
  name: string,
  title: string,
  words: { total: string; part: string; rule: 'SUM' | 'COUNTA' },
  rows: readonly StatedRow[],
): { manifest: string[]; table: PartTable } | undefined {
  if (rows.length === 0) return undefined;
  const width = Math.max(...rows.map((s) => s.parts.length));
  const table = new PartTable(name, ['구분', words.total, ...Array.from({ length: width }, (_, k) => `${words.part}${k + 1}`), '원문']);
  const rules: string[] = [];
  for (const s of rows) {
    const row = table.body + 2;
    const cells = [s.label, s.total, ...Array.from({ length: width }, (_, k) => s.parts[k] ?? ''), s.text];
    table.add(cells, [undefined, s.spot, ...(s.partSpots ?? s.parts.map(() => s.spot))]);
    rules.push(`${cellAddress(row, 2)}=${words.rule}(C${row}:${columnLetter(2 + s.parts.length)}${row})`);
  }
  return { manifest: [table.name, title, '', '', rules.join(';'), ''], table };
}
