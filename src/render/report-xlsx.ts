import { PassThrough } from 'node:stream';
import { Decimal } from 'decimal.js';
import type { Borders, Cell, Fill, Style, Worksheet } from 'exceljs';
import { exactCellNumber } from './cell-number.js';
import type { NegativeStyle } from './format.js';
import type { PrintedBook } from './printed-book.js';
import type { GridCell, GridSheet, LeanCell, LeanRows } from './report/grid.js';
import { printLayout, type PrintLayout } from './report/print-layout.js';
import { toCellNumber } from './cell-number.js';
import { excelJsWorkbookWriter } from '../vendor/lazy-modules.js';
import { CellTooLong, cellText, EXCEL_CELL_CHARS } from './cell-guard.js';

const FONT = '맑은 고딕';
const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const FILL = { head: solid('FFE8EEF7'), total: solid('FFF4F4F4'), mismatch: solid('FFFFE699') };

/**
 * Writes report sheets (render/report/grid.ts) as an XLSX workbook through exceljs' streaming
 * WorkbookWriter, row by row (a national 기관별 sheet has ~36,000 rows): numbers as number cells with the
 * department's formats, totals as formulas with their cached results, stated figures that disagree
 * highlighted and marked, 맑은 고딕, thin borders on every table cell (merged ranges included), header
 * fill, panes frozen under the headers; for print, A4 landscape one page wide with the layout of
 * report/print-layout.ts (widths, wrapped text, page breaks, repeated headers) and on every page the
 * document's title, 기관·부서, the page number and the sheet's name. exceljs loads only here.
 */
export async function renderReportXlsx(sheets: GridSheet[], book: PrintedBook): Promise<Buffer> {
  const WorkbookWriter = excelJsWorkbookWriter();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = 'jobs-report';
  for (const sheet of sheets) {
    const layout = sheet.hidden ? undefined : printLayout(sheet, book.negative);
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible', ...(layout ? pageOptions(sheet, layout, book) : {}) });
    if (layout) ws.columns = Array.from(layout.widths.slice(1), (width) => ({ width: width ?? 6 }));
    for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    const breaks = new Set(layout?.breaks);
    const lean = sheet.lean;
    for (let r = 1; r < sheet.rows.length; r++) {
      // The lean rows' places in the grid are empty: they are written under their template.
      if (lean && r > lean.after && r <= lean.after + lean.count) continue;
      const row = ws.getRow(r);
      sheet.rows[r]?.forEach((given, c) => {
        if (!given) return;
        const xc = row.getCell(c);
        writeValue(xc, given, sheet.name);
        if (!sheet.hidden) style(xc, given, layout!.wrapped.has(`${r}:${c}`), sheet.unit ?? '', book.negative);
      });
      const height = layout?.heights.get(r);
      if (height !== undefined) row.height = height;
      // The row before a break ends its page.
      if (breaks.has(r + 1)) row.addPageBreak();
      // Lean rows take the template's styles, read before the row is committed (and gone).
      const template = lean?.after === r ? lean.kinds.map((_, k) => row.getCell(k + 1).style) : undefined;
      row.commit();
      if (template) writeLean(ws, lean!, r, template);
    }
    ws.commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}

function pageOptions(sheet: GridSheet, layout: PrintLayout, book: PrintedBook): Parameters<InstanceType<ReturnType<typeof excelJsWorkbookWriter>>['addWorksheet']>[1] {
  const titles = layout.titleRows;
  return {
    // exceljs leaves out a column of its default width (9): the sheet's default must then be 9 too.
    properties: { defaultColWidth: 9 },
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      ...(titles ? { printTitlesRow: `${titles[0]}:${titles[1]}` } : {}),
    },
    headerFooter: pageHeader(book),
    ...(sheet.headerRows > 0 ? { views: [{ state: 'frozen', xSplit: 0, ySplit: sheet.headerRows, topLeftCell: `A${sheet.headerRows + 1}` }] } : {}),
  };
}

/** `&` starts a code in a page header, so the text doubles its own. */
const headerText = (text: string): string => text.replace(/&/g, '&&');

/**
 * The page header and footer: 기관·부서 left and the document's title centred above; the page number as
 * the department numbers pages (`- 3 -`) centred and the sheet's name (`&A`) right below.
 */
export function pageHeader(book: { title: string; org: string }): { oddHeader: string; oddFooter: string } {
  const font = `&"${FONT},Regular"`;
  return {
    // The size before the font: a size right before text that starts with a digit (2022년) would take it in.
    oddHeader: `&L&9${font}${headerText(book.org)}&C&11&"${FONT},Bold"${headerText(book.title)}`,
    oddFooter: `&C&9${font}- &P -&R&9${font}&A`,
  };
}

/**
 * The lean rows under their template row, each cell with the style of the template's cell in its column.
 * Text is a string cell (never a formula, whatever it starts with); a number's exact decimal text becomes
 * the double that holds it exactly; a formula carries its cached result.
 */
function writeLean(ws: Worksheet, lean: LeanRows, template: number, styles: Partial<Style>[]): void {
  const number = (v: string | number): number | string => (typeof v === 'number' ? v : v === '' ? '' : exactCellNumber(v));
  for (let i = 0; i < lean.count; i++) {
    const row = ws.getRow(template + 1 + i);
    lean.row(i).forEach((v: LeanCell, k) => {
      const xc = row.getCell(k + 1);
      xc.style = styles[k]!;
      if (v === null) return;
      if (typeof v === 'object') xc.value = { formula: v.formula, result: number(v.value) } as Cell['value'];
      else if (lean.kinds[k] === 'number') xc.value = number(v);
      else if (lean.kinds[k] === 'id' && typeof v === 'string' && /^\d{1,15}$/.test(v)) xc.value = Number(v);
      else xc.value = typeof v === 'string' ? safeText(v, ws.name, xc.address) : v;
    });
    row.commit();
  }
}

function writeValue(xc: Cell, cell: GridCell, sheet: string): void {
  const v = cell.value;
  const plain = v === null ? null : v instanceof Decimal ? toCellNumber(v, cell.format === 'amount' || cell.format === 'headline') : safeText(v, sheet, xc.address);
  if (cell.formula !== undefined) xc.value = { formula: cell.formula, result: plain ?? '' } as Cell['value'];
  else if (cell.link) xc.value = { text: String(plain ?? ''), hyperlink: `#${cell.link}` } as Cell['value'];
  else if (plain !== null) xc.value = plain;
}

function style(xc: Cell, cell: GridCell, wrap: boolean, unit: string, negative: NegativeStyle): void {
  const boxed = cell.style === 'head' || cell.style === 'item' || cell.style === 'total';
  xc.font = { name: FONT, size: cell.style === 'title' ? 11 : 10, bold: cell.style === 'head' || cell.style === 'total' || cell.style === 'title', ...(cell.link ? { color: { argb: 'FF0563C1' }, underline: true } : {}) };
  if (boxed) xc.border = BORDER;
  if (cell.style === 'head') xc.fill = FILL.head;
  if (cell.style === 'total') xc.fill = FILL.total;
  const fmt = numberFormat(cell, unit, negative);
  if (fmt) xc.numFmt = fmt;
  const numeric = cell.value instanceof Decimal || (cell.formula !== undefined && cell.format !== undefined);
  xc.alignment = {
    vertical: wrap ? 'top' : 'middle',
    horizontal: cell.align ?? (cell.style === 'head' ? 'center' : numeric ? 'right' : 'left'),
    wrapText: cell.style === 'head' || wrap,
  };
  // A disagreeing figure is highlighted; its mark (in the format) leads to the printed note under its table.
  // No comment: comments do not print, and a comment part re-saved by openpyxl is one exceljs cannot read.
  if (cell.computed) xc.fill = FILL.mismatch;
}

/**
 * Formats as the department prints: amounts `#,##0` with △ (or -) before a negative and - for zero, rates
 * and shares as percentages signed the same way, a headline followed by its unit word. A mark (`※1`)
 * follows the figure in every section of its format, so the cell stays a number.
 */
function numberFormat(cell: GridCell, unit: string, negative: NegativeStyle): string | undefined {
  const after = [cell.unit ?? (cell.format === 'headline' ? unit : ''), cell.tail ? ` ${cell.tail}` : '', cell.mark ? ` ${cell.mark}` : ''].join('');
  const quoted = (text: string): string => (text ? `"${text.replace(/"/g, '')}"` : '');
  const before = quoted(cell.label ? `${cell.label} ` : '');
  const minus = negative === 'triangle' ? '"△"' : '"-"';
  const signed = (body: string, zero: string): string => `${before}${body}${quoted(after)};${before}${minus}${body}${quoted(after)};${before}${zero}`;
  if (cell.format === 'amount' || cell.format === 'headline') return signed('#,##0', `"-"${quoted(after)}`);
  if (cell.format === 'count') return '0';
  if (cell.format === 'fixed') {
    const body = cell.places ? `0.${'0'.repeat(cell.places)}` : '0';
    return signed(body, body);
  }
  if (cell.format === 'percent') {
    const body = cell.places ? `0.${'0'.repeat(cell.places)}%` : '0%';
    return signed(body, `${body}${quoted(after)}`);
  }
  return undefined;
}

/**
 * Text as written into a cell (cell-guard.ts): control characters and bidi overrides made visible, and
 * text past Excel's limit for one cell refused with its place, as it is written (the sheet is streamed).
 */
function safeText(text: string, sheet: string, address: string): string {
  const safe = cellText(text);
  if (safe.length > EXCEL_CELL_CHARS) throw new CellTooLong(sheet, address, safe.length);
  return safe;
}
