/**
 * An empty input workbook (or CSV folder) for a colleague to fill in: the tables the loaders read, with
 * their headers exactly as the loaders look for them, example rows, and the lists some columns take.
 */

/** How a column's cells are kept in a workbook: the number format, and whether Excel may turn typing into a number. */
export type TemplateColumnKind =
  | 'text' // kept as text (`@`), so `3`, `2021-01` or `107%` stay as typed
  | 'amount' // a number with thousands separators
  | 'count' // people, jobs, cases
  | 'ratio' // a fraction shown as a percentage (0.7 → 70%)
  | 'year'; // a four-digit number

/** The lists offered in dropdowns, kept on a hidden sheet. */
export type TemplateList = 'source' | 'sourceRow' | 'year' | 'unit' | 'rounding' | 'growthMethod' | 'calendarKind' | 'headerConcept' | 'projectKind' | 'componentLevel';

export interface TemplateColumn {
  header: string;
  kind: TemplateColumnKind;
  list?: TemplateList;
  /** Width in characters where the content is wider than header and example (free text). */
  width?: number;
}

export interface TemplateTable {
  /** Sheet name in a workbook (what the loader looks for). */
  sheet: string;
  /** File name in a CSV folder. */
  file: string;
  /** Catalog key of the one-line description on the instructions sheet. */
  about: string;
  columns: TemplateColumn[];
  /** Example rows as one would type them (`44,380`, `70%`); they load as data if left in place. */
  examples: string[][];
  /**
   * Lists for single cells rather than whole columns (the 정보 sheet's 값 column depends on the row):
   * [example row index, column index, list].
   */
  cellLists?: [number, number, TemplateList][];
}

export interface InputTemplate {
  year: number;
  tables: TemplateTable[];
  lists: Map<TemplateList, string[]>;
}
