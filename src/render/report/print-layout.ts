import { Decimal } from 'decimal.js';
import { displayWidth } from '../display-width.js';
import { formatNumber, type NegativeStyle } from '../format.js';
import type { GridCell, GridSheet, GridTable } from './grid.js';

/**
 * How a report sheet prints on A4 landscape, worked out before it is written (no exceljs here): column
 * widths fitted to the content and, where the sheet would print below 90 %, narrowed by wrapping text;
 * which cells wrap and how tall their rows get; where pages break (between tables, never inside a merged
 * group); and which header rows repeat on the pages a table runs onto.
 */
export interface PrintLayout {
  /** Width of each column (1-based), in characters as spreadsheets measure them. */
  widths: number[];
  /** `row:column` of cells whose text wraps in its cell. */
  wrapped: Set<string>;
  /** Height of each row that is not the default's, in points. */
  heights: Map<number, number>;
  /** Rows that start a new printed page. */
  breaks: number[];
  /** Rows repeated at the top of each page (`1:2`), when a table runs over several pages. */
  titleRows?: [number, number];
}

/** Widest a column gets, in characters, unless a sheet says otherwise; longer text wraps. */
const MAX_WIDTH = 32;
/** Narrowest a column of text is made to fit the page; narrower would break words into syllables. */
const MIN_TEXT_WIDTH = 12;
/** Points per line of 10-point text, and the heights of one-line rows as written. */
const LINE_HEIGHT = 13;
export const ROW_HEIGHT = 15;
const TITLE_HEIGHT = 18;

/**
 * A4 landscape in the page setup report-xlsx.ts writes, in points: 11.69 in wide less 0.4 in margins each
 * side, 8.27 in tall less 0.75 in margins top and bottom (the header and footer sit in them).
 */
export const PAGE = { widthPt: (11.69 - 0.8) * 72, heightPt: (8.27 - 1.5) * 72 };
/**
 * A column of width w is w digits of the workbook's default font (Calibri 11) wide, plus a little. Where
 * Calibri is missing, LibreOffice measures with its substitute (DejaVu Sans: 7 pt a digit, not Calibri's
 * 5.25): widths are fitted to the wider measure, so the sheet prints at least as large wherever it is opened.
 */
const DIGIT_PT = 7;
const columnPt = (width: number): number => width * DIGIT_PT + 4;
/** The least print scale a sheet may need: wider sheets have their text wrapped in narrower columns. */
export const MIN_SCALE = 0.9;
/** Sheets are fitted a little inside MIN_SCALE: spreadsheets measure columns a few pixels differently. */
const FIT_SCALE = 0.94;
/** Room kept on each page for the difference between estimated and rendered row heights. */
const PAGE_SLACK = 0.92;


export function printLayout(sheet: GridSheet, negative: NegativeStyle): PrintLayout {
  const maxWidth = sheet.maxWidth ?? MAX_WIDTH;
  const spanned = new Set(sheet.merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
  const want: number[] = [];
  const floor: number[] = [];
  const texts: { r: number; c: number; lines: string[]; width: number }[] = [];
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const lines = shownLines(cell, sheet.unit ?? '', negative);
      // Titles are bold and larger: a quarter more room, or a headline figure shows as ###.
      const width = Math.ceil(Math.max(0, ...lines.map(displayWidth)) * (cell.style === 'title' ? 1.25 : 1));
      if (typeof cell.value === 'string' && cell.style !== 'title' && cell.style !== 'note') texts.push({ r, c, lines, width });
      // Title and note text runs on into empty cells to its right; a merged range spreads its text over its columns.
      if (overflows(cell, row, c) || spanned.has(`${r}:${c}`)) return;
      want[c] = Math.max(want[c] ?? 0, Math.min(width, maxWidth));
      // Text may wrap down to a few characters (headers to their longest word); a figure never wraps, nor
      // a link (spreadsheets print it on one line).
      const least = typeof cell.value === 'string' && !cell.link ? Math.min(width, cell.style === 'head' ? longestWord(cell.value) : MIN_TEXT_WIDTH) : Math.min(width, maxWidth);
      floor[c] = Math.max(floor[c] ?? 0, least);
    });
  });
  sheet.lean?.widths.forEach((w, k) => {
    want[k + 1] = Math.max(want[k + 1] ?? 0, Math.min(w, maxWidth));
    floor[k + 1] = Math.max(floor[k + 1] ?? 0, sheet.lean!.kinds[k] === 'text' ? Math.min(w, MIN_TEXT_WIDTH) : w);
  });
  const widths = fitWidths(want, floor, sheet.evenColumns);
  const wrapped = new Set<string>();
  const lines = new Map<number, number>();
  const tall: { r: number; rows: number; needed: number }[] = [];
  for (const { r, c, lines: text, width } of texts) {
    const m = sheet.merges.find((x) => x.top === r && x.left === c);
    let room = 0;
    for (let k = c; k <= (m?.right ?? c); k++) room += widths[k] ?? 0;
    const cell = sheet.rows[r]![c]!;
    if (width <= room && !cell.wrap && text.length === 1) continue;
    wrapped.add(`${r}:${c}`);
    const needed = text.reduce((a, l) => a + Math.max(1, Math.ceil(displayWidth(l) / Math.max(1, room - 1))), 0);
    const rows = (m?.bottom ?? r) - r + 1;
    if (rows === 1) lines.set(r, Math.max(lines.get(r) ?? 1, needed));
    else tall.push({ r, rows, needed });
  }
  const heights = new Map<number, number>();
  for (let r = 1; r < sheet.rows.length; r++) {
    const n = lines.get(r) ?? 1;
    const title = sheet.rows[r]?.some((c) => c?.style === 'title');
    heights.set(r, n > 1 ? n * LINE_HEIGHT + 4 : title ? TITLE_HEIGHT : ROW_HEIGHT);
  }
  // A cell merged down several rows needs their heights together, not each row its whole text: the rows
  // share what is missing.
  for (const { r, rows, needed } of tall) {
    let have = 0;
    for (let k = r; k < r + rows; k++) have += heights.get(k) ?? ROW_HEIGHT;
    const missing = needed * LINE_HEIGHT + 4 - have;
    if (missing > 0) for (let k = r; k < r + rows; k++) heights.set(k, (heights.get(k) ?? ROW_HEIGHT) + Math.ceil(missing / rows));
  }
  const scale = Math.min(1, PAGE.widthPt / widths.reduce((a, w) => a + columnPt(w ?? 0), 0));
  const { breaks, titleRows } = sheet.lean ? longTable(sheet) : pageBreaks(sheet, heights, (PAGE.heightPt * PAGE_SLACK) / scale);
  return { widths, wrapped, heights, breaks, ...(titleRows ? { titleRows } : {}) };
}

/** Title and note text runs on into the empty cells to its right; a number never does. */
function overflows(cell: GridCell, row: (GridCell | undefined)[], c: number): boolean {
  return (cell.style === 'title' || cell.style === 'note') && !(cell.value instanceof Decimal) && !row[c + 1];
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map(displayWidth));
}

/**
 * Each column as wide as its widest cell, plus a margin; where the whole is wider than A4 landscape at
 * FIT_SCALE, every text column gives up the same share of what it has above its floor (so a long text
 * keeps more room than a short one) until it fits, or every one is down to its floor. Even columns take
 * the widest of them, and narrow together.
 */
function fitWidths(want: number[], floor: number[], even: [number, number] | undefined): number[] {
  const n = want.length;
  const wants = Array.from({ length: n }, (_, c) => want[c] ?? 0);
  const floors = Array.from({ length: n }, (_, c) => Math.min(floor[c] ?? 0, wants[c]!));
  if (even) {
    const [most, least] = [Math.max(...wants.slice(even[0], even[1] + 1)), Math.max(...floors.slice(even[0], even[1] + 1))];
    for (let c = even[0]; c <= even[1]; c++) [wants[c], floors[c]] = [most, least];
  }
  const at = (k: number): number[] => wants.map((w, c) => Math.round(floors[c]! + (w - floors[c]!) * k));
  const total = (w: number[]): number => w.slice(1).reduce((a, x) => a + columnPt(Math.max(6, x + 2)), 0);
  const budget = PAGE.widthPt / FIT_SCALE;
  let k = 1;
  if (total(at(1)) > budget) {
    // The largest share (in hundredths) that fits.
    let [lo, hi] = [0, 100];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (total(at(mid / 100)) <= budget) lo = mid;
      else hi = mid - 1;
    }
    k = lo / 100;
  }
  return at(k).map((x, c) => (c === 0 ? 0 : Math.max(6, x + 2)));
}

/** A sheet with a table of lean rows (thousands): the pages break where they fall, each repeating its header. */
function longTable(sheet: GridSheet): { breaks: number[]; titleRows?: [number, number] } {
  const t = sheet.tables.find((x) => x.headBottom <= sheet.lean!.after && sheet.lean!.after <= x.bottom);
  return { breaks: [], ...(t ? { titleRows: [t.headTop, t.headBottom] as [number, number] } : {}) };
}

/**
 * Where pages break: a table that does not fit in what is left of the page starts a new one; a table
 * longer than a page breaks between rows, never inside a range merged down several rows (a group), its
 * header repeated on the following pages (the first such table's: a sheet repeats one range).
 */
function pageBreaks(sheet: GridSheet, heights: Map<number, number>, page: number): { breaks: number[]; titleRows?: [number, number] } {
  const h = (from: number, to: number): number => {
    let a = 0;
    for (let r = from; r <= to; r++) a += heights.get(r) ?? ROW_HEIGHT;
    return a;
  };
  const breaks: number[] = [];
  let used = 0;
  let row = 1;
  let titleRows: [number, number] | undefined;
  const tables: GridTable[] = [...sheet.tables].sort((a, b) => a.top - b.top);
  for (const t of tables) {
    // Rows between tables (blank lines, a headline) go with what follows.
    const lead = h(row, t.top - 1);
    const whole = h(t.top, t.bottom);
    if (used > 0 && used + lead + whole > page) {
      breaks.push(t.top);
      used = 0;
    } else used += lead;
    if (used + whole <= page) {
      used += whole;
      row = t.bottom + 1;
      continue;
    }
    // Longer than a page: the title, header and first row stay together, then row by row.
    titleRows ??= [t.headTop, t.headBottom];
    const repeated = titleRows[0] === t.headTop ? h(t.headTop, t.headBottom) : 0;
    used += h(t.top, t.headBottom);
    for (let r = t.headBottom + 1; r <= t.bottom; ) {
      const end = groupEnd(sheet, r);
      const need = h(r, end);
      if (used + need > page && r > t.headBottom + 1) {
        breaks.push(r);
        used = repeated;
      }
      used += need;
      r = end + 1;
    }
    row = t.bottom + 1;
  }
  return { breaks, ...(titleRows ? { titleRows } : {}) };
}

/** The last row of the rows that must print on one page with row `r`: those a merged range holds together. */
function groupEnd(sheet: GridSheet, r: number): number {
  let end = r;
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of sheet.merges) {
      if (m.top <= end && m.bottom > end && m.top >= r) {
        end = m.bottom;
        changed = true;
      }
    }
  }
  return end;
}

/** The text a cell shows, line by line, for column widths and row heights. */
export function shownLines(cell: GridCell, unit: string, negative: NegativeStyle): string[] {
  const v = cell.value;
  if (v === null) return [''];
  if (!(v instanceof Decimal)) return v.split('\n');
  const figure = cell.format === 'percent' ? `${formatNumber(v.times(100), { negative }, cell.places ?? 0)}%` : cell.format === 'fixed' ? formatNumber(v, { negative }, cell.places ?? 0) : formatNumber(v, { negative });
  return [[cell.label, `${figure}${cell.unit ?? (cell.format === 'headline' ? unit : '')}`, cell.tail, cell.mark].filter(Boolean).join(' ')];
}
