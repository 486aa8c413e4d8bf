import { Decimal } from 'decimal.js';
import type { Borders, Cell, Fill, Worksheet } from 'exceljs';
import { t } from '../i18n/messages.js';
import type { Lang } from '../i18n/lang.js';
import { displayWidth } from './display-width.js';
import { formatNumber } from './format.js';
import { leanSheetXml, LeanStrings } from './lean-rows-xml.js';
import type { GridCell, GridSheet, LeanRows } from './report/grid.js';
import { storedParts, zipParts, type OutPart, type ZipPart } from './stored-zip.js';
import { AMOUNT_FORMAT, toCellNumber } from './xlsx.js';
import { excelJsWorkbook } from '../vendor/lazy-modules.js';
import { guardWorkbookText } from './cell-guard.js';
import { quoteDefinedNames } from './defined-names.js';

const FONT = '맑은 고딕';
const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const FILL = { head: solid('FFE8EEF7'), total: solid('FFF4F4F4'), mismatch: solid('FFFFE699') };
/** Widest a column gets, in characters, unless a sheet says otherwise; longer text wraps. */
const MAX_WIDTH = 32;
/** Points per line of 10-point text, for rows whose cells wrap. */
const LINE_HEIGHT = 13;

/**
 * Writes report sheets (render/report/grid.ts) as an XLSX workbook: numbers as number cells with the
 * department's formats, totals as formulas with their cached results, stated figures that disagree
 * highlighted with a comment giving the computed value, 맑은 고딕, thin borders on every table cell
 * (merged ranges included), header fill, widths from display width (Hangul counts two), panes frozen
 * under the headers, A4 landscape one page wide with the header rows repeated. exceljs loads only here.
 * A sheet's lean rows (grid.ts) are written into its XML after exceljs, and the whole zip is deflated by
 * Node's zlib: exceljs' cell objects and JavaScript deflate take seconds on a 36,000-row sheet.
 */
export async function renderReportXlsx(sheets: GridSheet[], lang: Lang): Promise<Buffer> {
  const Workbook = excelJsWorkbook();
  const wb = new Workbook();
  wb.creator = 'jobs-report';
  const leanParts = new Map<string, { lean: LeanRows; sheet: string }>();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    // exceljs names a worksheet's part after its id.
    if (sheet.lean) leanParts.set(`xl/worksheets/sheet${ws.id}.xml`, { lean: sheet.lean, sheet: ws.name });
    if (!sheet.hidden) setUpPage(ws, sheet.headerRows, sheet.printTitleRows ?? sheet.headerRows);
    const maxWidth = sheet.maxWidth ?? MAX_WIDTH;
    const widths: number[] = [];
    const wrapped: { r: number; c: number; lines: string[] }[] = [];
    const spanned = spannedMasters(sheet);
    sheet.rows.forEach((row, r) => {
      row?.forEach((given, c) => {
        if (!given) return;
        const shown = shownLines(given, sheet.unit ?? '');
        // Titles are bold and larger: a quarter more room, or a headline figure shows as ###.
        const w = Math.ceil(Math.max(0, ...shown.map(displayWidth)) * (given.style === 'title' ? 1.25 : 1));
        // Title and note text runs on into empty cells to its right; a number never does.
        const overflows = (given.style === 'title' || given.style === 'note') && !(given.value instanceof Decimal) && !row[c + 1];
        // Table text wider than a column may be wraps inside its cell instead of running over the border.
        const cell = !overflows && typeof given.value === 'string' && w > maxWidth + 2 ? { ...given, wrap: true } : given;
        const xc = ws.getCell(r, c);
        writeValue(xc, cell);
        if (!sheet.hidden) style(xc, cell, sheet.unit ?? '', lang);
        if (!overflows && !spanned.has(`${r}:${c}`)) widths[c] = Math.max(widths[c] ?? 0, Math.min(w, maxWidth));
        if (cell.wrap) wrapped.push({ r, c, lines: shown });
      });
    });
    sheet.lean?.widths.forEach((w, k) => (widths[k + 1] = Math.max(widths[k + 1] ?? 0, Math.min(w, maxWidth))));
    for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    const columnWidth = (c: number): number => Math.max(6, (widths[c] ?? 0) + 2);
    widths.forEach((_, c) => (ws.getColumn(c).width = columnWidth(c)));
    rowHeights(ws, sheet, wrapped, columnWidth);
  }
  guardWorkbookText(wb);
  const parts: OutPart[] = storedParts(Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })));
  const book = parts.find((p) => p.name === 'xl/workbook.xml') as ZipPart;
  book.data = quoteDefinedNames(book.data, wb.worksheets.map((ws) => ws.name));
  if (leanParts.size > 0) {
    // Every lean sheet has a header, so exceljs has written a shared-string table; the sheets add to it
    // as they are written, so it goes last.
    const at = parts.findIndex((p) => p.name === 'xl/sharedStrings.xml');
    const [table] = parts.splice(at, 1) as [ZipPart];
    const strings = new LeanStrings(table.data);
    for (const p of parts) {
      const lean = leanParts.get(p.name);
      if (lean) p.data = leanSheetXml(p.data as Buffer, lean.lean, strings, lean.sheet);
    }
    parts.push({ name: table.name, data: () => strings.xml() });
  }
  return zipParts(parts);
}

function setUpPage(ws: Worksheet, headerRows: number, titleRows: number): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows > 0 ? { printTitlesRow: `1:${titleRows}` } : {}),
  };
  if (headerRows > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRows, topLeftCell: `A${headerRows + 1}` }];
}

/**
 * Heights for rows with wrapped text (Excel does not fit them on opening): each line takes as many lines
 * as its width needs in the cell's width, which for a merged cell is its range's.
 */
function rowHeights(ws: Worksheet, sheet: GridSheet, wrapped: { r: number; c: number; lines: string[] }[], columnWidth: (c: number) => number): void {
  const lines = new Map<number, number>();
  for (const { r, c, lines: text } of wrapped) {
    const m = sheet.merges.find((x) => x.top === r && x.left === c);
    let room = 0;
    for (let k = c; k <= (m?.right ?? c); k++) room += columnWidth(k);
    const needed = text.reduce((a, l) => a + Math.max(1, Math.ceil(displayWidth(l) / Math.max(1, room - 1))), 0);
    // A cell merged down several rows shares their height.
    const rows = (m?.bottom ?? r) - r + 1;
    for (let k = r; k < r + rows; k++) lines.set(k, Math.max(lines.get(k) ?? 1, Math.ceil(needed / rows)));
  }
  for (const [r, n] of lines) if (n > 1) ws.getRow(r).height = n * LINE_HEIGHT;
}

/** Masters of merges that span several columns: their text is spread over the range, not one column. */
function spannedMasters(sheet: GridSheet): Set<string> {
  return new Set(sheet.merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
}

function writeValue(xc: Cell, cell: GridCell): void {
  const v = cell.value;
  const plain = v === null ? null : v instanceof Decimal ? toCellNumber(v, cell.format === 'amount') : v;
  if (cell.formula !== undefined) xc.value = { formula: cell.formula, result: plain ?? '' } as Cell['value'];
  else if (plain !== null) xc.value = plain;
}

function style(xc: Cell, cell: GridCell, unit: string, lang: Lang): void {
  const boxed = cell.style === 'head' || cell.style === 'item' || cell.style === 'total';
  xc.font = { name: FONT, size: cell.style === 'title' ? 11 : 10, bold: cell.style === 'head' || cell.style === 'total' || cell.style === 'title' };
  if (boxed) xc.border = BORDER;
  if (cell.style === 'head') xc.fill = FILL.head;
  if (cell.style === 'total') xc.fill = FILL.total;
  const fmt = numberFormat(cell, unit);
  if (fmt) xc.numFmt = fmt;
  const numeric = cell.value instanceof Decimal || (cell.formula !== undefined && cell.format !== undefined);
  xc.alignment = {
    vertical: cell.wrap ? 'top' : 'middle',
    horizontal: cell.align ?? (cell.style === 'head' ? 'center' : numeric ? 'right' : 'left'),
    wrapText: cell.style === 'head' || !!cell.wrap,
  };
  if (cell.computed) {
    xc.fill = FILL.mismatch;
    const computed = cell.format === 'percent' ? `${formatNumber(cell.computed.times(100), { negative: 'minus' }, cell.places ?? 0)}%` : formatNumber(cell.computed, { negative: 'triangle' });
    xc.note = t(lang, 'report.computed', { value: computed });
  }
}

function numberFormat(cell: GridCell, unit: string): string | undefined {
  if (cell.format === 'amount') return AMOUNT_FORMAT;
  if (cell.format === 'headline') return `#,##0"${unit}";"△"#,##0"${unit}";"-"`;
  if (cell.format === 'percent') return cell.places ? `0.${'0'.repeat(cell.places)}%` : '0%';
  return undefined;
}

/** The text a cell shows, line by line, for column widths and row heights. */
function shownLines(cell: GridCell, unit: string): string[] {
  const v = cell.value;
  if (v === null) return [''];
  if (!(v instanceof Decimal)) return v.split('\n');
  if (cell.format === 'percent') return [`${formatNumber(v.times(100), { negative: 'minus' }, cell.places ?? 0)}%`];
  const text = formatNumber(v, { negative: 'triangle' });
  return [cell.format === 'headline' ? `${text}${unit}` : text];
}
