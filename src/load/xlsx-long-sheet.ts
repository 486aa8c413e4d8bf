import type { Entry, ZipFile } from 'yauzl';
import { BudgetLines } from '../model/budget-lines.js';
import type { Project } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import type { AmountOptions } from '../parse/number.js';
import { detectBudgetLayout } from './budget-table.js';
import { fileKind } from './file-kind.js';
import { Header } from './header.js';
import { InputError } from './input-error.js';
import type { Progress } from './long-bytes.js';
import { longColumns, LongLayoutDecoder } from './long-layout.js';
import { RawLongRow } from './long-rows.js';
import { isBlankRow, type RawRow, type RawTable } from './raw-table.js';
import { PARTS } from './dataset-parts.js';
import { checkUnderHeader } from './under-header.js';
import { isDoctype, partProblem, WORKBOOK_LIMITS, type WorkbookLimits } from './xlsx-inspect.js';
import { readSharedStrings, SHARED_STRINGS, SheetMap, STYLES_PART, WORKBOOK_PART, WORKBOOK_RELS } from './xlsx-parts.js';
import { DateStyles } from './xlsx-dates.js';
import { SheetDoctype, SheetScanner, SheetSyntaxError, type SheetDates, type SheetVisitor } from './xlsx-sheet-scan.js';
import { bigEntryChunks, entryStream, openZip, readEntries, scanEntry } from './xlsx-zip.js';

/** A workbook whose budget sheet is in the long layout, to be streamed rather than loaded by exceljs. */
export interface LongSheet {
  file: string;
  sheet: string;
  /** The sheet's zip entry. */
  part: string;
  /** Every sheet's name, in order: which tables the workbook has, without loading them. */
  sheets: string[];
  shared: string[];
  dates: SheetDates;
}


/** Shared strings past this are held by exceljs' path only (whose inspection bounds them). */
const MAX_SHARED_BYTES = 64 * 2 ** 20;
/** The header is one of the first rows, as detectBudgetLayout looks for it. */
const HEADER_ROWS = 10;

type Options = Pick<AmountOptions, 'unit' | 'conversionRounding'>;

/**
 * The workbook's budget sheet (`소요예산`, or the first sheet of a workbook with no named sheets) when its
 * header, among the first rows, is the long layout. Reads the sheet list, the shared strings and those
 * first rows only. Anything unusual (not a zip, encrypted, a DOCTYPE, a broken part) answers undefined:
 * the caller then takes the exceljs path, whose inspection names the problem.
 */
export async function findLongSheet(bytes: Buffer, file: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<LongSheet | undefined> {
  if (fileKind(bytes) !== 'zip' || bytes.length > limits.fileBytes) return undefined;
  let zip: ZipFile | undefined;
  try {
    zip = await openZip(bytes);
    const byName = new Map((await readEntries(zip, limits.entries)).map((e) => [e.fileName, e]));
    if ([...byName.values()].some((e) => e.isEncrypted())) return undefined;
    const map = new SheetMap();
    const dates = new DateStyles();
    const workbook = { tag: (raw: string, name: string) => (map.workbook.tag(raw, name), dates.workbookTag(raw, name)), text: () => undefined };
    await scanEntry(zip, byName.get(WORKBOOK_PART)!, refusingDoctype(workbook), limits.tokenChars);
    const rels = byName.get(WORKBOOK_RELS);
    if (rels) await scanEntry(zip, rels, refusingDoctype(map.rels), limits.tokenChars);
    const sheets = map.sheets((part) => byName.has(part));
    const named = new Set<string>(Object.values(PARTS).map((p) => p.sheet));
    const budget = sheets.find((s) => s.name === PARTS.budgets.sheet) ?? (sheets.some((s) => named.has(s.name)) ? undefined : sheets[0]);
    const sharedEntry = byName.get(SHARED_STRINGS);
    if (!budget || (sharedEntry && sharedEntry.uncompressedSize > MAX_SHARED_BYTES)) return undefined;
    const shared = await readSharedStrings(zip, sharedEntry, noDoctype, limits.tokenChars);
    const styles = byName.get(STYLES_PART);
    if (styles) await scanEntry(zip, styles, refusingDoctype(dates.styles), limits.tokenChars);
    const long: LongSheet = { file, sheet: budget.name, part: budget.part, sheets: sheets.map((s) => s.name), shared, dates: { styles: dates.dateStyles(), date1904: dates.date1904 } };
    const rows = new LongSheetRows(long, { unit: '원', conversionRounding: null }, [], { id: '', name: '' });
    rows.peeking = true;
    await streamSheet(entryChunks(zip, byName.get(budget.part)!), 0, long, rows, limits);
    return rows.isLong ? long : undefined;
  } catch {
    return undefined;
  } finally {
    zip?.close();
  }
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
): Promise<{ lines: BudgetLines; projects: Project[] }> {
  const zip = await openZip(bytes);
  try {
    const entry = (await readEntries(zip, limits.entries)).find((e) => e.fileName === long.part)!;
    const rows = new LongSheetRows(long, opts, problems, fallback, Math.ceil(entry.uncompressedSize / 256));
    await streamSheet(bigEntryChunks(zip, entry), entry.uncompressedSize, long, rows, limits, onProgress);
    // A cell pointing past the shared strings is a damaged file, refused as the inspection refuses it.
    if (rows.broken.length > 0) throw new InputError(rows.broken);
    return rows.finish();
  } finally {
    zip.close();
  }
}

async function streamSheet(chunks: AsyncIterable<Buffer>, size: number, long: LongSheet, rows: LongSheetRows, limits: WorkbookLimits, onProgress?: Progress): Promise<void> {
  const scanner = new SheetScanner(long.shared, rows, limits.tokenChars, long.dates);
  let done = 0;
  try {
    for await (const chunk of chunks) {
      scanner.write(chunk);
      if (rows.peeking && rows.isLong) return;
      done += chunk.length;
      onProgress?.(done, size, rows.rows);
    }
    scanner.end();
  } catch (e) {
    if (e instanceof HeaderSeen) return;
    throw new InputError([sheetProblem(e, long, limits)]);
  }
}

function sheetProblem(e: unknown, long: LongSheet, limits: WorkbookLimits): Finding {
  const { file, sheet, part } = long;
  if (e instanceof SheetDoctype) return findingAt('xlsx-doctype', 'error', { file }, { file, part });
  if (e instanceof SheetSyntaxError) {
    const place = at(file, e.row, e.column, sheet);
    return findingAt('xlsx-malformed', 'error', place, { place: describePlace(place), reason: e.reason });
  }
  return partProblem(e, file, part, limits);
}

class HeaderSeen extends Error {}

/** A small part's chunks as yauzl inflates them. */
async function* entryChunks(zip: ZipFile, entry: Entry): AsyncGenerator<Buffer> {
  const stream = await entryStream(zip, entry);
  try {
    yield* stream as AsyncIterable<Buffer>;
  } finally {
    stream.destroy();
  }
}

const noDoctype = (name: string): void => {
  if (isDoctype(name)) throw new SheetDoctype();
};

function refusingDoctype(handler: SheetMap['workbook']): SheetMap['workbook'] {
  return { tag: (raw, name) => (noDoctype(name), handler.tag(raw, name)), text: (t) => handler.text(t) };
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

  /** Only looking for the header: the scan stops (HeaderSeen) once the layout is known. */
  peeking = false;

  row(row: number, cells: string[]): void {
    if (this.peeking && (this.isLong || this.rows >= HEADER_ROWS)) throw new HeaderSeen();
    this.rows++;
    const raw: RawRow = { row, cells };
    if (this.decoder) {
      if (isBlankRow(raw)) return;
      this.dataRows++;
      if (cells.length > this.labels.length || this.labels.some((l) => l.trim() === '')) this.checkUnderHeader(raw);
      this.decoder.row(this.longRow.at(raw));
      return;
    }
    if (this.table.rows.length >= HEADER_ROWS) return;
    this.table.rows.push(raw);
    const found = detectBudgetLayout(this.table);
    if (found?.layout !== 'long') return;
    // The header's own checks (duplicate labels) as for every table.
    new Header(this.table, raw, this.problems);
    this.labels = [...cells];
    this.headerRow = row;
    const { file, sheet } = this.long;
    this.decoder = new LongLayoutDecoder(longColumns(cells)!, { ...this.opts, scale: BudgetLines.scaleFor(this.opts.unit) }, this.problems, file, sheet, this.fallback, this.expectedLines);
  }

  missingShared(row: number, column: number, value: string): void {
    if (this.broken.length >= WORKBOOK_LIMITS.findings) return;
    const where = at(this.long.file, row, column, this.long.sheet);
    this.broken.push(findingAt('xlsx-missing-shared-string', 'error', where, { place: describePlace(where), value, count: String(this.long.shared.length) }));
  }

  finish(): { lines: BudgetLines; projects: Project[] } {
    const projects = this.decoder!.finish();
    const { lines } = this.decoder!;
    if (lines.length === 0 && this.problems.length === this.before) {
      const { file, sheet } = this.long;
      this.problems.push(findingAt('no-rows', 'error', { file, sheet }, { file: `${file} ${sheet}` }));
    }
    return { lines, projects };
  }

  /** A value under no label is an error; a blank label is reported once, at its first value. */
  private checkUnderHeader(raw: RawRow): void {
    if (this.problems.length >= WORKBOOK_LIMITS.findings) return;
    checkUnderHeader(this.table, this.labels, this.headerRow, [raw], this.problems);
    this.labels.forEach((l, i) => {
      if (l.trim() === '' && (raw.cells[i] ?? '').trim() !== '') this.labels[i] = '(reported)';
    });
  }
}
