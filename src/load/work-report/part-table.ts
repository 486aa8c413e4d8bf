import type { RawTable } from '../../formats/raw-table.js';
import type { DocumentSpot } from '../../model/document.js';
import { cellAddress } from '../../model/provenance.js';

export type { DocumentSpot, TableCaption } from '../../model/document.js';

/**
 * One table of the dataset (`budgets.csv`, `tables/table-3.csv`, …) as the recognisers fill it from a work
 * report: rows of text as the folder dataset would hold them, each cell with the spot it was read from.
 */
export class PartTable {
  readonly rows: { cells: string[]; spots: (DocumentSpot | undefined)[] }[] = [];

  constructor(
    /** The file the table is in a dataset folder: `budgets.csv`, `tables/table-3.csv`. */
    readonly name: string,
    header: readonly string[],
  ) {
    this.rows.push({ cells: [...header], spots: [] });
  }

  add(cells: readonly string[], spots: readonly (DocumentSpot | undefined)[] = []): void {
    this.rows.push({ cells: [...cells], spots: [...spots] });
  }

  get body(): number {
    return this.rows.length - 1;
  }

  /** As the dataset readers take it: the document's name as the file, the part's file as the sheet. */
  raw(file: string): RawTable {
    return { file, sheet: this.name, rows: this.rows.map((r, i) => ({ row: i + 1, cells: r.cells })) };
  }

  /** Each cell's spot by the address the readers give it (`budgets.csv!C4`). */
  spots(): Map<string, DocumentSpot> {
    const out = new Map<string, DocumentSpot>();
    this.rows.forEach((r, i) =>
      r.spots.forEach((s, c) => {
        if (s) out.set(`${this.name}!${cellAddress(i + 1, c + 1)}`, s);
      }),
    );
    return out;
  }
}
