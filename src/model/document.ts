/**
 * A work report as the department writes it (업무보고): paragraphs and tables in reading order, the same model
 * whether it was read from 한글's own file (HWPX) or from its text export. Readers (formats/) fill it; the
 * recognisers (load/) find projects, budgets, headlines and tables in it; a finding points back into it.
 */

/** Where a block sits in the file it was read from, as a person would look for it. */
export interface DocumentPlace {
  /** Text export: the 1-based line the block starts on. */
  line?: number;
  /** HWPX: the section part the block is in (0 for `Contents/section0.xml`). */
  section?: number;
  /** HWPX: the 1-based paragraph within its section (top-level `hp:p`, in document order). */
  paragraph?: number;
}

/** One paragraph of running text: a heading (`□ 사업개요`, `○ …`, `- …`), a `(단위 : 천원)` line, a note (`※ …`). */
export interface DocumentParagraph {
  kind: 'paragraph';
  /** The paragraph's text with its marker, spacing inside kept as written, trailing spaces trimmed. */
  text: string;
  place: DocumentPlace;
}

/** A merged cell: its top-left position in the grid (0-based) and how many rows and columns it covers. */
export interface CellSpan {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * A table with its merged cells resolved into a rectangular grid: `cells[r][c]` is the text of the cell whose
 * top-left corner is at (r, c), and '' for the positions a merged cell covers beyond its corner (as the text
 * export writes them: empty tab-separated fields). A cell's text joins its paragraphs with '\n'.
 */
export interface DocumentTable {
  kind: 'table';
  /** 1-based number in document order: `표 12`. */
  number: number;
  cells: string[][];
  /** Only the cells that cover more than one position. */
  spans: CellSpan[];
  place: DocumentPlace;
  /**
   * Text export only: the 1-based line of each grid row (a row is one line there), so a finding can say
   * `업무보고.txt 215행`.
   */
  rowLines?: number[];
}

export type DocumentBlock = DocumentParagraph | DocumentTable;

export interface WorkDocument {
  /** The file's name as the user gave it, for messages. */
  file: string;
  format: 'hwpx' | 'text';
  blocks: DocumentBlock[];
}

/** What a table is about, as its place names it: `표 12 (사업 2 금천일자리주식회사 운영 · 2022년 소요예산)`. */
export interface TableCaption {
  number: number;
  /** The project whose pages hold the table: its number and name. */
  project?: { id: string; name: string };
  /** The heading the table sits under. */
  heading?: string;
}

/**
 * Where a recognised value sits in the work report: the table (its number and what it is about) and the
 * 1-based row and column of its grid, or the running text; the line (text export) or section and paragraph
 * (HWPX) come from the document's own places.
 */
export interface DocumentSpot {
  table?: TableCaption;
  row?: number;
  column?: number;
  line?: number;
  section?: number;
  paragraph?: number;
}

/** What a work report read as a dataset knows of its cells: each recognised cell's spot by `sheet!cell`. */
export interface DocumentPlaces {
  /** The document's file name, the `file` of every recognised table. */
  file: string;
  places: ReadonlyMap<string, DocumentSpot>;
}
