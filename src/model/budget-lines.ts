import type { Decimal } from 'decimal.js';
import { fromUnits, UNIT_WON, type Unit } from './money.js';
import { at } from './provenance.js';
import type { BudgetLine } from './dataset.js';
import { DISTRICT_SOURCES, type Source, type SourceSet } from './source.js';

/**
 * Every budget line of a dataset, stored by column: a national dataset has ~440,000 lines, and one
 * object plus one Decimal per line costs over a second here, while typed arrays cost nothing.
 *
 * Amounts are kept exactly as integers in the dataset's smallest unit (1/1000 of a 천원, i.e. 원): the
 * parser allows nothing finer, and such integers are exact in a double up to 2^53. A line whose amount
 * does not fit (beyond 2^53 원) is kept as a Decimal on the side, so no amount is ever rounded.
 * Lines are read in order; `line(i)` gives the familiar object view with its provenance.
 */
export class BudgetLines {
  /** Smallest units per dataset unit: amounts are `units / scale`. */
  readonly scale: number;
  readonly orgs: string[] = [''];
  readonly projects: string[] = [];
  private readonly orgIndex = new Map<string, number>([['', 0]]);
  private readonly projectIndex = new Map<string, number>();
  private n = 0;
  /**
   * Label indices in 16 bits until a dataset names more than 65,536 organisations or projects, then in 32:
   * fresh memory is what a national load pays for most here (~3.6 ms per MB), and 16 bits per index save
   * 1.7 MB over 440,000 lines.
   */
  org: Uint16Array | Int32Array;
  project: Uint16Array | Int32Array;
  source: Uint8Array;
  /** Four-digit years (the only ones the readers accept). */
  year: Uint16Array;
  units: Float64Array;
  /**
   * Where each amount cell is (Excel row and column; 0 when the line was not read from a file), kept as
   * runs: a line whose cell is right below the previous line's continues its run, and only the first line
   * of each run is stored. A long layout is one run broken only where a row was skipped (a blank amount),
   * so the national 424,000 lines (3 % of rows blank) take ~13,000 entries instead of 2.6 MB of fresh memory.
   */
  private runLine: Int32Array = new Int32Array(16);
  private runRow: Int32Array = new Int32Array(16);
  private runColumn: Int32Array = new Int32Array(16);
  private runs = 0;
  /** Amounts too large for exact integers, by line index (their `units` slot is NaN). */
  readonly big = new Map<number, Decimal>();

  constructor(
    scale: number,
    readonly file = '',
    readonly sheet?: string,
    capacity = 16,
    /** The dataset's declared sources: `source[i]` is an index into their names. */
    readonly sources: SourceSet = DISTRICT_SOURCES,
  ) {
    this.scale = scale;
    const n = Math.max(16, capacity);
    this.org = new Uint16Array(n);
    this.project = new Uint16Array(n);
    this.source = new Uint8Array(n);
    this.year = new Uint16Array(n);
    this.units = new Float64Array(n);
  }

  /** Smallest units per dataset unit: 1,000 for 천원 (exact to the 원), 1 for 원. */
  static scaleFor(unit: Unit): number {
    return UNIT_WON[unit];
  }

  get length(): number {
    return this.n;
  }

  orgId(name: string): number {
    let i = this.orgIndex.get(name);
    if (i === undefined) {
      i = this.orgs.push(name) - 1;
      this.orgIndex.set(name, i);
      if (i > 0xffff && this.org instanceof Uint16Array) this.org = Int32Array.from(this.org);
    }
    return i;
  }

  projectId(id: string): number {
    let i = this.projectIndex.get(id);
    if (i === undefined) {
      i = this.projects.push(id) - 1;
      this.projectIndex.set(id, i);
      if (i > 0xffff && this.project instanceof Uint16Array) this.project = Int32Array.from(this.project);
    }
    return i;
  }

  /** Adds a line whose amount is already in smallest units (a safe integer) — the fast loaders' path. */
  pushUnits(org: number, project: number, source: number, year: number, units: number, row = 0, column = 0): number {
    if (this.n === this.org.length) this.grow();
    const i = this.n++;
    this.org[i] = org;
    this.project[i] = project;
    this.source[i] = source;
    this.year[i] = year;
    this.units[i] = units;
    if (this.yearSeen[year] === 0) this.noteYear(year);
    this.cell(i, row, column);
    return i;
  }

  /**
   * Appends `count` lines given by column (a reader's batch, see wasm/csv-scan.ts decode): amounts in
   * smallest units (safe integers), cells as runs (`runs` of them, each starting at a line of the batch,
   * all in `column`), and the years first seen in the batch.
   */
  appendBatch(
    count: number,
    batch: { org: Int32Array; project: Int32Array; source: Uint8Array; year: Uint16Array; units: Float64Array; runLine: Int32Array; runRow: Int32Array },
    runs: number,
    column: number,
    newYears: Int32Array,
  ): void {
    while (this.n + count > this.org.length) this.grow();
    const at = this.n;
    // Indices were handed out by orgId/projectId, which widen the columns first: they fit.
    this.org.set(batch.org.subarray(0, count), at);
    this.project.set(batch.project.subarray(0, count), at);
    this.source.set(batch.source.subarray(0, count), at);
    this.year.set(batch.year.subarray(0, count), at);
    this.units.set(batch.units.subarray(0, count), at);
    for (let r = 0; r < runs; r++) this.cell(at + batch.runLine[r]!, batch.runRow[r]!, column);
    for (const y of newYears) if (this.yearSeen[y] === 0) this.noteYear(y);
    this.n += count;
  }

  /** Line i's amount cell: it continues the last run when it is right below that run's last cell. */
  private cell(i: number, row: number, column: number): void {
    const r = this.runs - 1;
    // A run of lines without a cell (row 0) stays at row 0; a run of cells goes down one row per line.
    if (r < 0 || column !== this.runColumn[r] || row !== (this.runRow[r] === 0 ? 0 : this.runRow[r]! + (i - this.runLine[r]!))) this.startRun(i, row, column);
  }

  /** Adds a line from a Decimal amount in the dataset unit (kept on the side if it is not a safe integer in units). */
  pushAmount(org: number, project: number, source: number, year: number, amount: Decimal, row = 0, column = 0): number {
    const units = amount.times(this.scale);
    const safe = units.isInteger() && units.abs().lte(Number.MAX_SAFE_INTEGER);
    const i = this.pushUnits(org, project, source, year, safe ? units.toNumber() : Number.NaN, row, column);
    if (!safe) this.big.set(i, amount);
    return i;
  }

  push(line: BudgetLine): number {
    return this.pushAmount(this.orgId(line.org ?? ''), this.projectId(line.project), this.sources.indexOf(line.source), line.year, line.amount, line.at?.row ?? 0, line.at?.column ?? 0);
  }

  amount(i: number): Decimal {
    return this.big.get(i) ?? fromUnits(this.units[i]!, this.scale);
  }

  line(i: number): BudgetLine {
    const l: BudgetLine = {
      project: this.projects[this.project[i]!]!,
      source: this.sources.names[this.source[i]!]!,
      year: this.year[i]!,
      amount: this.amount(i),
    };
    if (this.org[i] !== 0) l.org = this.orgs[this.org[i]!];
    const { row, column } = this.cellOf(i);
    if (row !== 0) l.at = at(this.file, row, column, this.sheet);
    return l;
  }

  private noteYear(year: number): void {
    this.yearSeen[year] = 1;
    if (year < this.minYear) this.minYear = year;
    if (year > this.maxYear) this.maxYear = year;
  }

  /** The Excel row and column of line i's amount cell (0, 0 when it was not read from a file). */
  cellOf(i: number): { row: number; column: number } {
    // The last run starting at or before i.
    let lo = 0;
    let hi = this.runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runLine[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    const row = this.runRow[lo]!;
    return row === 0 ? { row: 0, column: 0 } : { row: row + (i - this.runLine[lo]!), column: this.runColumn[lo]! };
  }

  private startRun(i: number, row: number, column: number): void {
    if (this.runs === this.runLine.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.runLine = grow(this.runLine);
      this.runRow = grow(this.runRow);
      this.runColumn = grow(this.runColumn);
    }
    this.runLine[this.runs] = i;
    this.runRow[this.runs] = row;
    this.runColumn[this.runs] = column;
    this.runs++;
  }

  *[Symbol.iterator](): IterableIterator<BudgetLine> {
    for (let i = 0; i < this.n; i++) yield this.line(i);
  }

  private cached: BudgetLine[] | undefined;

  /** The lines as objects, for code that needs few of them at a time (checks, reports of one dataset). */
  toArray(): BudgetLine[] {
    if (this.cached?.length !== this.n) this.cached = [...this];
    return this.cached;
  }

  private sourceMask: Uint32Array | undefined;
  private maskedLines = -1;

  /** The sources that have at least one line for the project, in the department's order (one pass, then cached). */
  sourcesOf(projectId: string): Source[] {
    if (this.maskedLines !== this.n) {
      const mask = new Uint32Array(this.projects.length);
      for (let i = 0; i < this.n; i++) mask[this.project[i]!]! |= 1 << this.source[i]!;
      this.sourceMask = mask;
      this.maskedLines = this.n;
    }
    const p = this.projectIndex.get(projectId);
    const mask = p === undefined ? 0 : this.sourceMask![p]!;
    return this.sources.names.filter((_, k) => (mask & (1 << k)) !== 0);
  }

  /** 1 for each year with a line: years are four digits, so the list needs no pass over the lines. */
  private readonly yearSeen = new Uint8Array(1 << 16);
  private minYear = 1 << 16;
  private maxYear = -1;

  /** 1 for each organisation (by index into `orgs`) named in `names` (spelt as the data has them), else 0: a filter for sums. */
  orgMask(names: readonly string[]): Uint8Array {
    const wanted = new Set(names);
    return Uint8Array.from(this.orgs, (name) => (wanted.has(name) ? 1 : 0));
  }

  /** The distinct years, ascending. */
  years(): number[] {
    const out: number[] = [];
    for (let y = this.minYear; y <= this.maxYear; y++) if (this.yearSeen[y] === 1) out.push(y);
    return out;
  }

  static from(lines: Iterable<BudgetLine>, scale = 1000, file = '', sheet?: string, sources?: SourceSet): BudgetLines {
    const out = new BudgetLines(scale, file, sheet, 16, sources);
    for (const l of lines) out.push(l);
    return out;
  }

  private grow(): void {
    const size = this.org.length * 2;
    const grow = <T extends Uint16Array | Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.org = grow(this.org);
    this.project = grow(this.project);
    this.source = grow(this.source);
    this.year = grow(this.year);
    this.units = grow(this.units);
  }
}
