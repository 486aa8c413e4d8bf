import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import { InputError } from './input-error.js';
import { excelNumberText } from './number-text.js';
import type { RawRow, RawTable } from './raw-table.js';
import { evaluateFormula, type CellLookup } from './xlsx-formulas.js';
import type { SheetPart } from './xlsx-parts.js';
import { SheetDoctype, SheetPastLimits, SheetScanner, SheetSyntaxError, type SheetVisitor } from './xlsx-sheet-scan.js';
import type { OpenWorkbook, WorkbookLimits } from './xlsx-workbook.js';
import { bigEntryChunks } from './xlsx-zip.js';
import { partProblem } from './zip-package.js';

/** A sheet read whole, and the notes its reading left (formulas whose cached figure is not what they compute). */
export interface SheetRead {
  table: RawTable;
  warnings: Finding[];
}

/** Streams a sheet's chunks through `visitor`; any problem of its XML is one located finding (InputError). */
export async function scanSheet(wb: OpenWorkbook, sheet: SheetPart, visitor: SheetVisitor, onChunk?: (bytes: number) => boolean | void): Promise<void> {
  const entry = wb.entries.get(sheet.part)!;
  const scanner = new SheetScanner(wb.shared, visitor, wb.limits.tokenChars, wb.formats);
  try {
    for await (const chunk of bigEntryChunks(wb.zip, entry)) {
      scanner.write(chunk);
      if (onChunk?.(chunk.length)) return;
    }
    scanner.end();
  } catch (e) {
    if (e instanceof InputError || e instanceof StopScan) throw e;
    throw new InputError([sheetProblem(e, wb.file, sheet, wb.limits)]);
  }
}

/** Thrown by a visitor that has seen enough (the long-layout peek); scanSheet passes it on. */
export class StopScan extends Error {}

export function sheetProblem(e: unknown, file: string, sheet: SheetPart, limits: WorkbookLimits): Finding {
  if (e instanceof SheetDoctype) return findingAt('xlsx-doctype', 'error', { file }, { file, part: sheet.part });
  if (e instanceof SheetSyntaxError) {
    const place = at(file, e.row, e.column, sheet.name);
    return findingAt('xlsx-malformed', 'error', place, { place: describePlace(place), reason: e.reason });
  }
  if (e instanceof SheetPastLimits) {
    const place = at(file, e.row, Math.max(1, e.column), sheet.name);
    return findingAt('xlsx-past-excel-grid', 'error', place, { file, sheet: sheet.name, ref: e.ref });
  }
  return partProblem(e, 'xlsx', file, sheet.part, limits);
}

/** A `t="s"` cell whose index names no shared string: a damaged file, refused cell by cell. */
export function missingSharedFinding(file: string, sheet: string, row: number, column: number, value: string, count: number): Finding {
  const where = at(file, row, column, sheet);
  return findingAt('xlsx-missing-shared-string', 'error', where, { place: describePlace(where), value, count: String(count) });
}

/** A formula cell with no cached value: its figure was never calculated, so there is nothing to read. */
export function formulaWithoutValue(file: string, sheet: string, row: number, column: number, formula: string): Finding {
  const where = at(file, row, column, sheet);
  return findingAt('xlsx-formula-no-value', 'error', where, { place: describePlace(where), formula: formula === '' ? '(shared)' : `=${formula}` });
}

/**
 * Reads one sheet whole into a text table, rows numbered as Excel shows them, within the workbook's row
 * and cell bounds (`cells` counts across the sheets of one workbook). Broken shared-string indexes and
 * formulas without a cached value are errors, each at its cell; a formula whose cached value is not what it
 * computes over the same sheet (see xlsx-formulas.ts) is a `stale-formula` warning.
 */
export async function readSheetTable(wb: OpenWorkbook, sheet: SheetPart, cells: { count: number }): Promise<SheetRead> {
  const { file, limits } = wb;
  const rows: RawRow[] = [];
  const errors: Finding[] = [];
  const formulas: SheetFormula[] = [];
  // The numbers of cells shown as dates or percentages: a formula computes with these, not with `107%`.
  const numerals = new Map<string, string>();
  const refuse = (code: string, params: Record<string, string>): never => {
    throw new InputError([findingAt(code, 'error', { file, sheet: sheet.name }, { file, sheet: sheet.name, ...params })]);
  };
  const error = (f: Finding): void => {
    if (errors.length < limits.findings) errors.push(f);
  };
  await scanSheet(wb, sheet, {
    row(row, values) {
      if (row > limits.rows) refuse('xlsx-too-many-rows', { rows: String(row), limit: String(limits.rows) });
      cells.count += values.length;
      if (cells.count > limits.cells) refuse('xlsx-too-many-cells', { limit: String(limits.cells) });
      rows.push({ row, cells: values });
    },
    missingShared: (row, column, value) => error(missingSharedFinding(file, sheet.name, row, column, value, wb.shared.length)),
    formula(row, column, formula, cached) {
      if (cached === undefined) error(formulaWithoutValue(file, sheet.name, row, column, formula));
      else if (formula !== '') formulas.push({ row, column, formula, cached });
    },
    shownOtherwise: (row, column, numeral) => void numerals.set(`${row}:${column}`, numeral),
  });
  if (errors.length > 0) throw new InputError(errors);
  const table: RawTable = { file, sheet: sheet.name, rows };
  if (formulas.length === 0) return { table, warnings: [] };
  const byRow = new Map(rows.map((r) => [r.row, r.cells]));
  const cell = (row: number, column: number): string => numerals.get(cellKey(row, column)) ?? byRow.get(row)?.[column - 1] ?? '';
  return { table, warnings: staleFormulas(file, sheet.name, formulas, cell) };
}

/** A formula cell with its cached value (the number, whatever the cell's style shows). */
export interface SheetFormula {
  row: number;
  column: number;
  formula: string;
  cached: string;
}

const cellKey = (row: number, column: number): string => `${row}:${column}`;

/** Formulas whose cached figure differs from what they compute over their sheet (`cell`: its cells' numbers or text). */
export function staleFormulas(file: string, sheet: string, formulas: readonly SheetFormula[], cell: CellLookup): Finding[] {
  const out: Finding[] = [];
  for (const f of formulas) {
    const computed = evaluateFormula(f.formula, cell);
    if (computed === undefined || !/^-?\d+(\.\d+)?$/.test(f.cached)) continue;
    const shown = excelNumberText(computed.toFixed());
    if (shown === f.cached) continue;
    const where = at(file, f.row, f.column, sheet);
    out.push(findingAt('stale-formula', 'warning', where, { place: describePlace(where), formula: `=${f.formula}`, cached: f.cached, computed: shown }, { expected: shown, actual: f.cached }));
  }
  return out;
}

/** The most cells a streamed sheet is read again for, to check its formulas (see staleStreamedFormulas). */
const MAX_CELLS_READ_AGAIN = 1_000_000;

/**
 * The stale-formula check for a sheet that was streamed, never held (a long-layout budget sheet): the cells
 * its formulas read are found by evaluating each over blanks (which cells it asks for does not depend on
 * their values), then the sheet is scanned again for those cells alone. Only a sheet with formulas pays
 * for this. Formulas past MAX_CELLS_READ_AGAIN cells in all are left unchecked: no budget sheet sums a
 * million cells.
 */
export async function staleStreamedFormulas(wb: OpenWorkbook, sheet: SheetPart, formulas: readonly SheetFormula[]): Promise<Finding[]> {
  const wanted = new Set<string>();
  const rows = new Set<number>();
  const checked: SheetFormula[] = [];
  for (const f of formulas) {
    evaluateFormula(f.formula, (row, column) => {
      wanted.add(cellKey(row, column));
      rows.add(row);
      return '';
    });
    if (wanted.size > MAX_CELLS_READ_AGAIN) break;
    checked.push(f);
  }
  if (checked.length === 0) return [];
  const values = new Map<string, string>();
  await scanSheet(wb, sheet, {
    row(row, cells) {
      if (!rows.has(row)) return;
      cells.forEach((text, i) => {
        const key = cellKey(row, i + 1);
        if (wanted.has(key) && !values.has(key)) values.set(key, text);
      });
    },
    missingShared: () => undefined,
    formula: () => undefined,
    shownOtherwise(row, column, numeral) {
      const key = cellKey(row, column);
      if (wanted.has(key)) values.set(key, numeral);
    },
  });
  return staleFormulas(wb.file, sheet.name, checked, (row, column) => values.get(cellKey(row, column)) ?? '');
}
