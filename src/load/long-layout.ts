import type { Decimal } from 'decimal.js';
import { columnOf, HEADER_WORDS, type HeaderWords } from '../parse/header-words.js';
import { labelKey, nameLabel } from '../parse/normalize.js';
import { isBlankCell } from '../parse/blank.js';
import { BudgetLines } from '../model/budget-lines.js';
import type { Project, Source, StatedBudgetTotal } from '../model/dataset.js';
import type { SourceSet } from '../model/source.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import type { AmountOptions } from '../parse/number.js';
import { isProjectTotal, isSourceTotal } from '../parse/total-labels.js';
import { readAmountValue, readSource, readYear } from './cells.js';
import { placeOf } from './cell-place.js';
import { reportDuplicateLines } from './duplicate-lines.js';
import { cellText, type RawRow, type RawTable } from '../formats/raw-table.js';

/** Columns of the long layout, 1-based; optional ones undefined. */
export interface LongColumns {
  org?: number;
  project?: number;
  name?: number;
  source: number;
  year: number;
  amount: number;
}

/**
 * One row of the long layout as the decoder sees it, whatever it was read from: a CSV's bytes (long-csv.ts),
 * a workbook sheet streamed from its zip, or a text table. Only the cells the decoder needs are turned into text.
 */
export interface LongRow {
  row: number;
  line: number;
  /** How many cells the row has (a CSV record's fields; a sheet row's cells up to its last). */
  cells: number;
  text(column: number): string;
  /** A cheap identity for interning labels (raw bytes as latin1); equal keys mean equal text. */
  key(column: number): string;
  /** True when the cell holds exactly what the same column held in the previous row. */
  repeats(column: number): boolean;
  isBlank(column: number): boolean;
}

/** The columns of a long-layout header (its header words: HEADER_WORDS, or a run's mapped words), or undefined when the header is not one. */
export function longColumns(header: readonly string[], words: HeaderWords = HEADER_WORDS): LongColumns | undefined {
  const keys = header.map(labelKey);
  const find = (list: readonly string[]) => columnOf(keys, list);
  const source = find(words.source);
  const year = find(words.year);
  const amount = find(words.amount);
  if (source === undefined || year === undefined || amount === undefined) return undefined;
  const cols: LongColumns = { source, year, amount };
  const org = find(words.org);
  const project = find(words.project);
  const name = find(words.name);
  if (org !== undefined) cols.org = org;
  if (project !== undefined) cols.project = project;
  if (name !== undefined) cols.name = name;
  return cols;
}

/** Whether the row's cells are all blank (a row Excel saves as `,,,`, by parse/blank.ts): such a row is skipped, not read. */
export function isBlankLongRow(r: LongRow): boolean {
  for (let c = 1; c <= r.cells; c++) if (!r.isBlank(c)) return false;
  return true;
}

const MAX_PROBLEMS = 1000;

/** A 재원 cell read by its rule: a source, or TOTAL for a 계/합계/소계 row (a stated total, not a part). */
const TOTAL = '계';
type SourceCell = Source | typeof TOTAL;

function readSourceCell(table: RawTable, row: RawRow, column: number, problems: Finding[], sources: SourceSet | undefined): SourceCell | undefined {
  return isSourceTotal(cellText(row, column)) ? TOTAL : readSource(table, row, column, problems, sources);
}

/** The project index of a 합계/총계 row (over every project), and of a row read no further (blank, or refused). */
const ALL_PROJECTS = -1;
const NO_PROJECT = -2;

/**
 * Decodes long-layout rows into BudgetLines: one row per (기관, 사업, 재원, 연도, 금액). Labels are trimmed
 * and NFC-normalised before they identify anything, so `구 비` and 구비, or NFD and NFC Hangul, are one label.
 * A blank amount is missing, not zero: the line is left out and one warning counts such lines.
 * The same (org, project, source, year) twice is an error naming both cells, never a silent sum.
 * A row whose 재원 is 계/합계/소계, or whose 사업 (사업명) is 합계/총계, states a total: it is kept in
 * statedTotals for the checks, never added to the lines. Both are known by the cell's bytes, as the labels are.
 * A row with cells but no project, when the layout has a 사업 or 사업명 column, is an error; a CSV record with
 * fewer cells than the header is an error at its first missing cell; a row of blank cells is skipped.
 */
export class LongLayoutDecoder {
  readonly lines: BudgetLines;
  /** The 계/합계/총계 rows: claims to check, apart from the lines. */
  readonly statedTotals: StatedBudgetTotal[] = [];
  private readonly projectsSeen = new Map<number, Project>();
  private readonly orgKeys = new Map<string, number>();
  private readonly projectKeys = new Map<string, number>();
  private readonly sourceKeys = new Map<string, SourceCell>();
  private readonly yearKeys = new Map<string, number>();
  private readonly table: RawTable;
  /** Blank is not zero here: a blank amount is missing. */
  private readonly amountOptions: AmountOptions;
  /** A 재원 cell by the dataset's declared sources. */
  private readonly readSourceCell: (table: RawTable, row: RawRow, column: number, problems: Finding[]) => SourceCell | undefined;
  /** Cells a CSV record must have: the header's up to its last label (0 for a sheet). */
  private readonly csvWidth: number;
  private blank = 0;
  private firstBlank: RawRow | undefined;
  private dropped = 0;
  /** The organisation and project of the last row read (a row with a blank amount too); NO_PROJECT for a row read no further. */
  private lastOrg = 0;
  private lastProject = 0;

  constructor(
    private readonly cols: LongColumns,
    opts: Pick<AmountOptions, 'unit' | 'conversionRounding'> & { scale: number; sources?: SourceSet },
    private readonly problems: Finding[],
    file: string,
    sheet: string | undefined,
    private readonly defaultProject: Project,
    expectedLines = 16,
    /** A CSV's header labels: a record with fewer cells lacks values (a sheet does not save trailing blanks). */
    private readonly csvHeader: readonly string[] = [],
  ) {
    // Up to the last label: a trailing blank header cell asks for no value.
    let width = csvHeader.length;
    while (width > 0 && isBlankCell(csvHeader[width - 1])) width--;
    this.csvWidth = width;
    this.lines = new BudgetLines(opts.scale, file, sheet, expectedLines, opts.sources);
    this.readSourceCell = (table, row, column, problems) => readSourceCell(table, row, column, problems, opts.sources);
    this.amountOptions = { ...opts, blank: 'missing' };
    this.table = sheet === undefined ? { file, rows: [] } : { file, sheet, rows: [] };
  }

  row(r: LongRow): void {
    const { cols } = this;
    if (r.cells < this.csvWidth && this.isShort(r)) return;
    this.labels(r);
    const org = this.lastOrg;
    const project = this.lastProject;
    if (project === NO_PROJECT) return;
    const source = this.remembered(r, cols.source, this.sourceKeys, this.readSourceCell);
    const year = this.remembered(r, cols.year, this.yearKeys, readYear);
    const amount = readAmountValue(this.table, this.asRaw(r, cols.amount), cols.amount, this.amountOptions, this.sink());
    if (amount === null) {
      this.addBlank(r.row, r.line);
      return;
    }
    if (amount === undefined || source === undefined || year === undefined) return;
    if (source === TOTAL || project === ALL_PROJECTS) {
      this.stated(r, org, project, source, year, amount.value);
      return;
    }
    const units = amount.units;
    if (units !== undefined) this.lines.pushUnits(org, project, this.lines.sources.indexOf(source), year, units, r.row, cols.amount);
    else this.lines.pushAmount(org, project, this.lines.sources.indexOf(source), year, amount.value, r.row, cols.amount);
  }

  /**
   * A cell read by its rule, the answer kept by the cell's bytes: sources and years repeat on nearly every
   * row. Only answers are kept; a cell the rule refuses is read (and reported) again where it recurs.
   */
  private remembered<T>(r: LongRow, column: number, kept: Map<string, T>, read: (table: RawTable, row: RawRow, column: number, problems: Finding[]) => T | undefined): T | undefined {
    const key = r.key(column);
    let value = kept.get(key);
    if (value === undefined) {
      value = read(this.table, this.asRaw(r, column), column, this.sink());
      if (value !== undefined) kept.set(key, value);
    }
    return value;
  }

  /** The row's organisation and project, into lastOrg and lastProject: the first step of row(). */
  private labels(r: LongRow): void {
    this.lastOrg = this.cols.org === undefined ? 0 : this.intern(r, this.cols.org, 'org');
    this.lastProject = this.projectOf(r);
  }

  /** A 계/합계/총계 row: a stated total of its project and year (or of every project), never a line. */
  private stated(r: LongRow, org: number, project: number, source: SourceCell, year: number, value: Decimal): void {
    const { cols, table } = this;
    const figure = { value, raw: r.text(cols.amount), at: at(table.file, r.row, cols.amount, table.sheet) };
    const total: StatedBudgetTotal = project === ALL_PROJECTS
      ? { project: '', kind: 'division-total', year, figure }
      : { project: this.lines.projects[project]!, kind: 'year-total', year, figure };
    if (project === ALL_PROJECTS && source !== TOTAL) total.source = source;
    if (org !== 0) total.org = this.lines.orgs[org]!;
    this.statedTotals.push(total);
  }


  /** A CSV record with fewer cells than the header: an error at its first missing cell, unless it is blank. True when the row is done with. */
  private isShort(r: LongRow): boolean {
    // The next row's labels are compared with this one's (`repeats`): nothing of the rows before may stand for them.
    this.lastIndex.length = 0;
    if (isBlankLongRow(r)) return true;
    const column = r.cells + 1;
    this.rowError('short-row', r, column, { count: String(r.cells), expected: String(this.csvWidth), label: nameLabel(this.csvHeader[column - 1]!) });
    return true;
  }

  /** An error about the row, at one of its cells (and the line its record starts on, where that differs). */
  private rowError(code: string, r: LongRow, column: number, params: Record<string, string> = {}): void {
    const place = at(this.table.file, r.row, column, this.table.sheet);
    const line = r.line !== r.row ? { line: r.line } : {};
    this.sink().push(findingAt(code, 'error', place, { place: placeOf(this.table, r.row, column), ...params }, line));
  }

  /** A row with a blank amount (one warning counts them and names the first). */
  private addBlank(row: number, line: number): void {
    this.blank++;
    this.firstBlank ??= { row, line, cells: [] };
  }

  /** Ends the read: the blank-amount warning, duplicate lines, and the projects named. */
  finish(): Project[] {
    if (this.blank > 0) {
      const first = this.firstBlank!;
      const place = at(this.table.file, first.row, this.cols.amount, this.table.sheet);
      this.problems.push(findingAt('blank-amounts', 'warning', place, { place: describePlace(place), count: String(this.blank) }));
    }
    reportDuplicateLines(this.lines, this.sink());
    if (this.dropped > 0) this.problems.push(findingAt('too-many-problems', 'error', { file: this.table.file, sheet: this.table.sheet }, { count: String(this.dropped) }));
    return this.lines.projects.map((id, i) => this.projectsSeen.get(i) ?? { id, name: id });
  }

  private projectOf(r: LongRow): number {
    const { cols } = this;
    // The common case, decided without reading the cell: the same 사업 as the row above, which it named.
    const last = cols.project === undefined ? undefined : this.lastIndex[cols.project];
    if (last !== undefined && r.repeats(cols.project!)) {
      if (cols.name !== undefined) this.lastIndex[cols.name] = undefined;
      return last;
    }
    const col = cols.project !== undefined && !r.isBlank(cols.project) ? cols.project : cols.name !== undefined && !r.isBlank(cols.name) ? cols.name : undefined;
    // `intern` trusts a label that repeats the row above only if this column named the last row's project too.
    if (cols.project !== undefined && cols.project !== col) this.lastIndex[cols.project] = undefined;
    if (cols.name !== undefined && cols.name !== col) this.lastIndex[cols.name] = undefined;
    if (col === undefined) {
      if (cols.project !== undefined || cols.name !== undefined) return this.noProject(r);
      if (isBlankLongRow(r)) return NO_PROJECT;
      const i = this.lines.projectId(this.defaultProject.id);
      if (!this.projectsSeen.has(i)) this.projectsSeen.set(i, this.defaultProject);
      return i;
    }
    return this.intern(r, col, 'project');
  }

  /** A row with cells but neither 사업 nor 사업명: an error at its 사업 cell. A blank row is skipped. */
  private noProject(r: LongRow): number {
    if (isBlankLongRow(r)) return NO_PROJECT;
    this.rowError('no-project', r, this.cols.project ?? this.cols.name!);
    return NO_PROJECT;
  }

  /** A label met for the first time: its index, and for a project the name it is first given (a 합계/총계 row: ALL_PROJECTS). */
  private add(r: LongRow, text: string, kind: 'org' | 'project'): number {
    if (kind === 'org') return this.lines.orgId(text);
    if (isProjectTotal(text)) return ALL_PROJECTS;
    const i = this.lines.projectId(text);
    if (!this.projectsSeen.has(i)) {
      const name = this.cols.name !== undefined ? nameLabel(r.text(this.cols.name)) : '';
      this.projectsSeen.set(i, { id: text, name: name || text });
    }
    return i;
  }

  /** Label → index, by column; rows sorted by organisation and project mostly repeat the row above. */
  private readonly lastIndex: (number | undefined)[] = [];

  // No closures here: this runs for every row, and a closure per row kept the young GC busy.
  private intern(r: LongRow, column: number, kind: 'org' | 'project'): number {
    const last = this.lastIndex[column];
    if (last !== undefined && r.repeats(column)) return last;
    const cache = kind === 'org' ? this.orgKeys : this.projectKeys;
    const key = r.key(column);
    let i = cache.get(key);
    if (i === undefined) {
      i = this.add(r, nameLabel(r.text(column)), kind);
      cache.set(key, i);
    }
    this.lastIndex[column] = i;
    return i;
  }


  /**
   * A RawRow holding one decoded cell, so the shared cell readers can read and report it with its place.
   * One object per column, filled again for each row: the readers keep nothing of it.
   */
  private asRaw(r: LongRow, column: number): RawRow {
    let cell = this.cellRows[column];
    if (cell === undefined) {
      cell = { row: 0, line: 0, cells: [] };
      this.cellRows[column] = cell;
    }
    cell.cells[column - 1] = r.text(column);
    cell.row = r.row;
    cell.line = r.line;
    return cell;
  }

  /** A row object per column, holding that column's cell only (emptying one array for every cell cost more). */
  private readonly cellRows: (RawRow & { line: number })[] = [];

  /** Problems beyond MAX_PROBLEMS are counted, not kept: a wholly wrong file must not fill memory. */
  private sink(): Finding[] {
    if (this.problems.length < MAX_PROBLEMS) return this.problems;
    this.dropped++;
    return [];
  }
}
