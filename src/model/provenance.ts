/** Where a value came from, as a user would find it: the file, the sheet (XLSX only) and the cell as Excel names it. */
export interface Provenance {
  file: string;
  sheet?: string;
  /** 1-based row as Excel shows it (for CSV: the record's 1-based number, header included). */
  row: number;
  /** 1-based column index. */
  column: number;
  /** Excel-style address, e.g. "D7". */
  cell: string;
  /**
   * In a work report (업무보고) rather than a dataset: where the value is as a person finds it in the document,
   * `표 12 (사업 2 금천일자리주식회사 운영 · 2022년 소요예산) 3행 4열 (221행)` or `215행`.
   */
  document?: string;
}

/** Column letters as Excel writes them: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function at(file: string, row: number, column: number, sheet?: string): Provenance {
  return sheet === undefined
    ? { file, row, column, cell: cellAddress(row, column) }
    : { file, sheet, row, column, cell: cellAddress(row, column) };
}

/** "budgets.csv D7", "data.xlsx 소요예산!D7" or "업무보고.txt 215행": how messages name a place. */
export function describePlace(p: Provenance): string {
  if (p.document !== undefined) return `${p.file} ${p.document}`;
  return p.sheet ? `${p.file} ${p.sheet}!${p.cell}` : `${p.file} ${p.cell}`;
}
