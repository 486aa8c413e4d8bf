import { BudgetLines } from '../model/budget-lines.js';
import type { Project } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { detectBudgetLayout, type BudgetOptions, type BudgetTableData } from './budget-table.js';
import { Header } from './header.js';
import { InputError } from '../formats/input-error.js';
import type { Progress } from './long-csv.js';
import { longColumns, LongLayoutDecoder } from './long-layout.js';
import { RawLongRow } from './long-table.js';
import { isBlankRow, type RawRow, type RawTable } from '../formats/raw-table.js';
import { PARTS } from './dataset-parts.js';
import { isBlankCell } from '../parse/blank.js';
import { checkUnderHeader } from './under-header.js';
import type { SheetVisitor } from '../formats/xlsx-sheet-scan.js';
import type { SheetFormats } from '../formats/xlsx-number-formats.js';
import { formulaWithoutValue, missingSharedFinding, scanSheet, staleStreamedFormulas, StopScan, type SheetFormula } from '../formats/xlsx-sheet-table.js';
import { WORKBOOK_LIMITS, type OpenWorkbook, type WorkbookLimits } from '../formats/xlsx-workbook.js';
import { openZip, readEntries } from '../formats/xlsx-zip.js';

/** A workbook whose budget sheet is in the long layout, to be streamed into the budget rather than read whole. */
export interface LongSheet {
  file: string;
  sheet: string;
  /** The sheet's zip entry. */
  part: string;
  shared: string[];
  formats: SheetFormats;
}


/** The header is one of the first rows, as detectBudgetLayout looks for it. */
const HEADER_ROWS = 10;

type Options = BudgetOptions;

/**
 * The workbook's budget sheet (`소요예산`, or the first sheet of a workbook with no named sheets) when its
 * header, among the first rows, is the long layout. Reads those first rows only. A sheet whose first rows
 * cannot be read answers undefined: it is then read whole, which names the problem.
 */
export async function findLongSheet(wb: OpenWorkbook): Promise<LongSheet | undefined> {
  const named = new Set<string>(Object.values(PARTS).map((p) => p.sheet));
  const budget = wb.sheets.find((s) => s.name === PARTS.budgets.sheet) ?? (wb.sheets.some((s) => named.has(s.name)) ? undefined : wb.sheets[0]);
  if (!budget) return undefined;
  const long: LongSheet = { file: wb.file, sheet: budget.name, part: budget.part, shared: wb.shared, formats: wb.formats };
  const rows = new LongSheetRows(long, { unit: '원', conversionRounding: null }, [], { id: '', name: '' });
  rows.peeking = true;
  try {
    await scanSheet(wb, budget, rows, () => rows.isLong);
  } catch (e) {
    if (!(e instanceof StopScan)) return undefined;
  }
  return rows.isLong ? long : undefined;
}

/**
 * Reads a long-layout budget sheet found by findLongSheet, streamed from the zip: rows go to the shared
 * LongLayoutDecoder as they are read, so memory holds the columnar BudgetLines and one inflated chunk,
 * never the sheet. Problems of the sheet's XML (a DOCTYPE, a malformed tag, a broken deflate stream) stop
 * the read with one finding naming the part or the cell.
 */
export async function readLongSheet(
  bytes: Buffer,
  long: LongSheet,
  opts: Options,
  problems: Finding[],
  fallback: Project,
  onProgress?: Progress,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<BudgetTableData> {
  const zip = await openZip(bytes);
  try {
    const entries = new Map((await readEntries(zip, limits.entries)).map((e) => [e.fileName, e]));
    const sheet = { name: long.sheet, part: long.part };
    const wb: OpenWorkbook = { file: long.file, bytes, zip, entries, sheets: [sheet], shared: long.shared, formats: long.formats, limits };
    const size = entries.get(long.part)!.uncompressedSize;
    const rows = new LongSheetRows(long, opts, problems, fallback, Math.ceil(size / 256));
    let done = 0;
    await scanSheet(wb, sheet, rows, (n) => {
      done += n;
      onProgress?.(done, size, rows.rows);
    });
    // A cell pointing past the shared strings, or a formula never calculated: refused cell by cell.
    if (rows.broken.length > 0) throw new InputError(rows.broken);
    const data = rows.finish();
    // A formula whose saved figure is not what it computes: a warning, as for a sheet read whole.
    if (rows.formulas.length > 0) problems.push(...(await staleStreamedFormulas(wb, sheet, rows.formulas)));
    return data;
  } finally {
    zip.close();
  }
}

/**
 * The rows of a streamed sheet: the first ones held until the header shows (as detectBudgetLayout finds
 * it in a text table), then each row checked against the header (values under no label are errors, see
 * under-header.ts) and decoded.
 */
class LongSheetRows implements SheetVisitor {
  rows = 0;
  readonly broken: Finding[] = [];
  private readonly table: RawTable;
  private decoder: LongLayoutDecoder | undefined;
  private labels: string[] = [];
  private headerRow = 0;
  private dataRows = 0;
  private readonly before: number;
  private readonly longRow = new RawLongRow();

  constructor(
    private readonly long: LongSheet,
    private readonly opts: Options,
    private readonly problems: Finding[],
    private readonly fallback: Project,
    private readonly expectedLines = 16,
  ) {
    this.table = { file: long.file, sheet: long.sheet, rows: [] };
    this.before = problems.length;
  }

  get isLong(): boolean {
    return this.decoder !== undefined;
  }

  /** Only looking for the header: the scan stops (StopScan) once the layout is known. */
  peeking = false;

  row(row: number, cells: string[]): void {
    if (this.peeking && (this.isLong || this.rows >= HEADER_ROWS)) throw new StopScan();
    this.rows++;
    const raw: RawRow = { row, cells };
    if (this.decoder) {
      if (isBlankRow(raw)) return;
      this.dataRows++;
      if (cells.length > this.labels.length || this.labels.some(isBlankCell)) this.checkUnderHeader(raw);
      this.decoder.row(this.longRow.at(raw));
      return;
    }
    if (this.table.rows.length >= HEADER_ROWS) return;
    this.table.rows.push(raw);
    const found = detectBudgetLayout(this.table, this.opts.words);
    if (found?.layout !== 'long') return;
    // The header's own checks (duplicate labels) as for every table.
    new Header(this.table, raw, this.problems);
    this.labels = [...cells];
    this.headerRow = row;
    const { file, sheet } = this.long;
    this.decoder = new LongLayoutDecoder(longColumns(cells, this.opts.words)!, { ...this.opts, scale: BudgetLines.scaleFor(this.opts.unit) }, this.problems, file, sheet, this.fallback, this.expectedLines);
  }

  missingShared(row: number, column: number, value: string): void {
    if (this.broken.length < WORKBOOK_LIMITS.findings) this.broken.push(missingSharedFinding(this.long.file, this.long.sheet, row, column, value, this.long.shared.length));
  }

  /** Formulas with a cached value, for the stale check once the sheet is read (staleStreamedFormulas). */
  readonly formulas: SheetFormula[] = [];

  /** A formula's cached value is read as any value, and kept to be checked; one with none is refused. */
  formula(row: number, column: number, formula: string, cached: string | undefined): void {
    if (cached === undefined) {
      if (this.broken.length < WORKBOOK_LIMITS.findings) this.broken.push(formulaWithoutValue(this.long.file, this.long.sheet, row, column, formula));
    } else if (formula !== '' && !this.peeking) {
      this.formulas.push({ row, column, formula, cached });
    }
  }

  finish(): BudgetTableData {
    const projects = this.decoder!.finish();
    const { lines, statedTotals } = this.decoder!;
    if (lines.length === 0 && statedTotals.length === 0 && this.problems.length === this.before) {
      const { file, sheet } = this.long;
      this.problems.push(findingAt('no-rows', 'error', { file, sheet }, { file: `${file} ${sheet}` }));
    }
    return { lines, statedTotals, projects };
  }

  /** A value under no label is an error; a blank label is reported once, at its first value. */
  private checkUnderHeader(raw: RawRow): void {
    if (this.problems.length >= WORKBOOK_LIMITS.findings) return;
    checkUnderHeader(this.table, this.labels, this.headerRow, [raw], this.problems);
    this.labels.forEach((l, i) => {
      if (isBlankCell(l) && !isBlankCell(raw.cells[i])) this.labels[i] = '(reported)';
    });
  }
}
