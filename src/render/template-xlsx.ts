import type { DataValidation, Worksheet } from 'exceljs';
import type { InputTemplate, TemplateColumn, TemplateList } from '../model/input-template.js';
import { columnLetter } from '../model/provenance.js';
import { parseAmount, parseRatio } from '../parse/number.js';
import { displayWidth } from './display-width.js';
import type { Instructions } from './template-instructions.js';
import { toCellNumber } from './cell-number.js';
import { AMOUNT_FORMAT } from './xlsx.js';
import { excelJsWorkbook } from '../vendor/lazy-modules.js';
import { guardWorkbookText } from './cell-guard.js';
import { quotedSheet } from './defined-names.js';

/** Rows that get the dropdowns: far more than a work report's tables need. */
const LAST_ROW = 1000;
const LIST_SHEET = '목록';
const FONT = { name: '맑은 고딕', size: 10 };
const EXAMPLE_FONT = { ...FONT, italic: true, color: { argb: 'FF808080' } };
const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };

const NUMBER_FORMAT: Record<TemplateColumn['kind'], string> = {
  text: '@',
  amount: AMOUNT_FORMAT,
  count: '#,##0',
  ratio: '0.00%',
  year: '0',
};

/**
 * The template as a workbook: the instructions sheet first, one sheet per input table (header row,
 * grey example rows, number formats and widths per column, dropdowns), and the lists on a hidden sheet.
 * exceljs loads only here.
 */
export async function renderTemplateXlsx(template: InputTemplate, ins: Instructions, instructionsSheet: string): Promise<Buffer> {
  const Workbook = excelJsWorkbook();
  const wb = new Workbook();
  writeInstructions(wb.addWorksheet(instructionsSheet), ins);
  // Lists go on a hidden sheet after the input tables, one column each; the dropdowns refer to them.
  const listRefs = new Map<TemplateList, string>();
  [...template.lists].forEach(([name, values], i) => {
    const letter = columnLetter(i + 1);
    listRefs.set(name, `${quotedSheet(LIST_SHEET)}!$${letter}$2:$${letter}$${values.length + 1}`);
  });
  for (const table of template.tables) {
    const ws = wb.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    const head = ws.addRow(table.columns.map((c) => c.header));
    head.eachCell((cell) => {
      cell.font = { ...FONT, bold: true };
      cell.fill = HEAD_FILL;
      cell.alignment = { horizontal: 'center' };
    });
    table.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.numFmt = NUMBER_FORMAT[c.kind];
      const widest = Math.max(displayWidth(c.header), ...table.examples.map((r) => displayWidth(r[i] ?? '')));
      col.width = Math.max(8, c.width ?? 0, widest + 2);
      if (c.list) addList(ws, `${col.letter}2:${col.letter}${LAST_ROW}`, listRefs.get(c.list)!);
    });
    for (const example of table.examples) {
      const row = ws.addRow(example.map((text, i) => cellValue(text, table.columns[i]!)));
      row.eachCell((cell, i) => {
        cell.font = EXAMPLE_FONT;
        cell.numFmt = NUMBER_FORMAT[table.columns[i - 1]!.kind];
      });
    }
    for (const [r, c, list] of table.cellLists ?? []) addList(ws, ws.getCell(r + 2, c + 1).address, listRefs.get(list)!);
  }
  const lists = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
  [...template.lists].forEach(([name, values], i) => (lists.getColumn(i + 1).values = [name, ...values]));
  guardWorkbookText(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An example cell as the number it stands for (so the number format shows), or as text. */
function cellValue(text: string, column: TemplateColumn): string | number | null {
  if (text === '') return null;
  if (column.kind === 'amount' || column.kind === 'count' || column.kind === 'year') {
    const parsed = parseAmount(text, { unit: '천원', blank: 'missing' });
    if (parsed.kind === 'value') return toCellNumber(parsed.value, true);
  }
  if (column.kind === 'ratio') {
    const parsed = parseRatio(text);
    if (parsed.kind === 'value') return toCellNumber(parsed.value, false);
  }
  return text;
}

function addList(ws: Worksheet, range: string, formula: string): void {
  const rule: DataValidation = { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true };
  // exceljs keeps a range's validation in `dataValidations`, which its typings leave out.
  (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations.add(range, rule);
}

function writeInstructions(ws: Worksheet, ins: Instructions): void {
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 100;
  ws.addRow([ins.title]).font = { ...FONT, bold: true, size: 14 };
  ws.addRow([]);
  for (const step of ins.steps) ws.mergeCells(ws.addRow([step]).number, 1, ws.lastRow!.number, 2);
  ws.addRow([]);
  const head = ws.addRow(ins.head);
  head.font = { ...FONT, bold: true };
  head.eachCell((cell) => (cell.fill = HEAD_FILL));
  for (const part of ins.parts) ws.addRow(part).font = FONT;
}
