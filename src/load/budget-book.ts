import type { Figure } from '../model/dataset.js';
import { BASIS_LEVEL, BOOK_LEVELS, type BookFunding, type BookNode, type BudgetBook } from '../model/budget-book.js';
import { BudgetLines } from '../model/budget-lines.js';
import { findingAt, type Finding } from '../model/finding.js';
import type { Unit } from '../model/money.js';
import { at } from '../model/provenance.js';
import { DISTRICT_SOURCES, sourceWord, type SourceSet } from '../model/source.js';
import { isBlankCell } from '../parse/blank.js';
import { closestPair } from '../parse/closest-word.js';
import { HEADER_WORDS, type HeaderWords } from '../parse/header-words.js';
import { foldNumeric, labelKey, nameLabel } from '../parse/normalize.js';
import { parseAmount, type AmountOptions } from '../parse/number.js';
import { isYear } from '../parse/year.js';
import { cellText, isBlankRow, type RawRow, type RawTable } from '../formats/raw-table.js';
import { bookColumns, levelNamed, levelWords, type BookColumns } from './budget-book-columns.js';
import type { BudgetLayoutReader } from './budget-table.js';
import { lineOf, placeOf } from './cell-place.js';
import { readAmount } from './cells.js';
import { reportDuplicateLines } from './duplicate-lines.js';
import { bookLines } from './budget-book-lines.js';
import { Header } from './header.js';

/** A funding row's one cell: a source label, spaces or a colon, the amount (`국        12,575,634`, `구비 : 3,000천원`). */
const PADDED_FUNDING = /^([가-힣][가-힣\s]*?)\s*[:：]?\s*([△▲-]?\d[\d,]*(?:\.\d+)?\s*(?:백만원|천원|원)?)$/u;
/** A page-break repeat of a node may carry a mark that it continues (`일자리 지원(계속)`). */
const CONTINUED = /\s*[(（]\s*계속\s*[)）]\s*$/u;

/**
 * The budget book (세출예산 사업명세서) as a budget table: the tree of its rows (BudgetBook, checked by
 * check/book-*.ts) and, per 세부사업 and source, a budget line for the book's year from its funding rows
 * (and one for the year before from their 전년도 예산액). The year and unit come from the title rows above
 * the header (`2024년도 …`, `(단위 : 천원)`), else the year from the 예산액 header (`2024년 예산액`) and the
 * dataset's unit. Blank amount cells are blank (null).
 * A page break's repeat of the header, of the open nodes or of a node's funding rows is recognised by being
 * the same as what is open, and read once.
 */
export const readBudgetBook: BudgetLayoutReader = (table, headerIndex, opts, problems, defaultProject) => {
  const words = opts.words ?? HEADER_WORDS;
  const headerRow = table.rows[headerIndex]!;
  const cols = bookColumns(headerRow.cells, words)!;
  new Header(table, headerRow, problems);
  const title = titleOf(table.rows.slice(0, headerIndex));
  const book: BudgetBook = { file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), unit: title.unit ?? opts.unit, roots: [] };
  if (cols.earlier) book.earlier = true;
  const year = title.year ?? cols.year;
  if (year !== undefined) book.year = year;
  const sources = opts.sources ?? DISTRICT_SOURCES;
  const step = cols.form === 'indent' ? indentStep(table.rows.slice(headerIndex + 1), cols, sources) : 1;
  const reader = new BookReader(table, cols, { unit: book.unit, blank: 'missing' }, problems, words, step, sources);
  const headerKey = headerRow.cells.map(labelKey).join('\u0000');
  for (const row of table.rows.slice(headerIndex + 1)) {
    if (isBlankRow(row) || row.cells.map(labelKey).join('\u0000') === headerKey) continue;
    reader.row(row);
  }
  book.roots = reader.roots;
  const lines = bookLines(book, opts.unit, problems, defaultProject);
  const budget = BudgetLines.from(lines.lines, BudgetLines.scaleFor(opts.unit), table.file, table.sheet, sources);
  reportDuplicateLines(budget, problems);
  return { lines: budget, statedTotals: [], projects: lines.projects, book };
};

/** Reads the rows under the header one by one into the tree. */
class BookReader {
  readonly roots: BookNode[] = [];
  /** The open nodes, shallowest first: a new node closes those at its level and below. */
  private readonly open: BookNode[] = [];
  /** The node the funding rows that follow belong to: the last node row read (or repeated). */
  private last: BookNode | undefined;

  constructor(
    private readonly table: RawTable,
    private readonly cols: BookColumns,
    private readonly amounts: AmountOptions,
    private readonly problems: Finding[],
    private readonly words: HeaderWords,
    /** Columns of indentation per level, in the indentation form. */
    private readonly indentStep: number,
    /** The dataset's sources: a funding row's label (`국`, `국 비`) is one of them or no funding row. */
    private readonly sources: SourceSet,
  ) {}

  row(row: RawRow): void {
    const { cols } = this;
    const levelText = cols.level !== undefined ? cellText(row, cols.level).trim() : '';
    // A funding row leaves 구분 blank, marks it 재원, or puts its source label there (`국`).
    if ((levelText === '' || this.fundingMark(levelText) || sourceWord(levelText)) && this.funding(row)) return;
    const named = this.levelOf(row, levelText);
    if (named === null) return;
    const { level, column } = named;
    // A node always states its figures: a named row without any (a page's title or number) is a heading.
    if (level !== BASIS_LEVEL && !this.hasFigures(row)) return;
    const figures = this.figures(row);
    if (figures === undefined) return;
    const name = nameLabel(cellText(row, column)).replace(CONTINUED, '');
    const node: BookNode = { level, name, ...figures, children: [], funding: [], at: at(this.table.file, row.row, column, this.table.sheet), changeAt: at(this.table.file, row.row, this.cols.change, this.table.sheet) };
    if (level === BASIS_LEVEL) {
      const parent = this.open[this.open.length - 1];
      if (parent) parent.children.push(node);
      else this.roots.push(node);
      return;
    }
    const same = this.open.find((n) => n.level === level);
    if (same && same.name === name && sameFigure(same.amount, node.amount) && sameFigure(same.previous, node.previous)) {
      // A page break repeats the open nodes above what continues: the same node, read once.
      this.last = same;
      return;
    }
    while (this.open.length > 0 && this.open[this.open.length - 1]!.level >= level) this.open.pop();
    const parent = this.open[this.open.length - 1];
    if (parent) parent.children.push(node);
    else this.roots.push(node);
    this.open.push(node);
    this.last = node;
  }

  /** The row's level and the column that names it; null for a row that is no node (a note, a heading without figures). */
  private levelOf(row: RawRow, levelText: string): { level: number; column: number } | null {
    const { cols, table } = this;
    const basisText = cols.basis !== undefined ? cellText(row, cols.basis).trim() : '';
    if (cols.form === 'level') {
      if (levelText !== '') {
        const level = levelNamed(levelText, this.words);
        if (level === undefined) {
          // A page's title repeated in the 구분 column has no figures: no node, and no error either.
          if (!this.hasFigures(row)) return null;
          // A misspelt level word (`세부사엄`) is named with the word it is closest to.
          const near = closestPair([labelKey(levelText)], levelWords(this.words).flat().map(labelKey));
          const params = { place: placeOf(table, row.row, cols.level!), value: levelText, levels: BOOK_LEVELS.join(', '), ...(near ? { variant: 'near', word: near.word } : {}) };
          this.problems.push(findingAt('book-level', 'error', at(table.file, row.row, cols.level!, table.sheet), params, { actual: levelText, ...lineOf(row) }));
          return null;
        }
        const column = level === BASIS_LEVEL && basisText !== '' ? cols.basis! : (cols.subject ?? cols.levels[level] ?? cols.level!);
        return { level, column };
      }
    } else if (cols.form === 'fill') {
      const level = cols.levels.findIndex((c) => c !== undefined && !isBlankCell(cellText(row, c)));
      if (level >= 0) return { level, column: cols.levels[level]! };
    } else {
      const text = cellText(row, cols.subject!);
      if (!isBlankCell(text)) {
        const width = indentWidth(text);
        if (width % this.indentStep === 0 && width / this.indentStep <= BASIS_LEVEL) return { level: width / this.indentStep, column: cols.subject! };
        this.problems.push(findingAt('book-indent', 'error', at(table.file, row.row, cols.subject!, table.sheet), { place: placeOf(table, row.row, cols.subject!), value: text, width: String(width), step: String(this.indentStep) }, { actual: text, ...lineOf(row) }));
        return null;
      }
    }
    if (basisText !== '') return { level: BASIS_LEVEL, column: cols.basis! };
    // Text alone (a heading, a note, a page number) is no node; figures without a level are an error.
    if (this.hasFigures(row)) {
      this.problems.push(findingAt('book-no-level', 'error', at(table.file, row.row, cols.amount, table.sheet), { place: placeOf(table, row.row, cols.amount) }, lineOf(row)));
    }
    return null;
  }

  /** `재원` (or another word of the source column) in the 구분 column: the row is a funding row. */
  private fundingMark(text: string): boolean {
    return this.words.source.includes(labelKey(text));
  }

  private hasFigures(row: RawRow): boolean {
    return [this.cols.amount, this.cols.previous, this.cols.change].some((c) => !isBlankCell(cellText(row, c)));
  }

  /** 예산액, 전년도 예산액, 비교증감 of a row; undefined after an unreadable one was recorded. */
  private figures(row: RawRow): Pick<BookNode, 'amount' | 'previous' | 'change'> | undefined {
    const read = (c: number) => readAmount(this.table, row, c, this.amounts, this.problems);
    const [amount, previous, change] = [read(this.cols.amount), read(this.cols.previous), read(this.cols.change)];
    if (amount === undefined || previous === undefined || change === undefined) return undefined;
    return { amount, previous, change };
  }

  /**
   * A funding row (`국 12,575,634` in one cell, or `국` and the amount in the 예산액 column), added to the node
   * before it; a repeat of one it already has (a page break) is read once. False when the row is no funding row.
   */
  private funding(row: RawRow): boolean {
    const { cols, table, problems } = this;
    const candidates = [cols.level, cols.subject, ...cols.levels, cols.basis].filter((c): c is number => c !== undefined);
    const column = candidates.find((c) => !isBlankCell(cellText(row, c)) && !(c === cols.level && this.fundingMark(cellText(row, c))));
    if (column === undefined) return false;
    const text = foldNumeric(cellText(row, column)).text;
    const padded = PADDED_FUNDING.exec(text);
    const label = padded ? padded[1]! : text;
    const source = this.sources.named(label);
    const place = at(table.file, row.row, column, table.sheet);
    if (!source) {
      // A source of the vocabulary (`도`) that the dataset does not declare: say which ones it does.
      const word = sourceWord(label);
      if (!word) return false;
      problems.push(findingAt('book-funding-undeclared', 'error', place, { place: placeOf(table, row.row, column), value: text, source: word.name, sources: this.sources.names.join(', ') }, { actual: text, ...lineOf(row) }));
      return true;
    }
    let amount: Figure | null | undefined;
    if (padded) {
      const parsed = parseAmount(padded[2]!, this.amounts);
      if (parsed.kind !== 'value') {
        // What the book's amounts allow (a 원 book: whole 원), as readAmount says it for the other cells.
        const expected = parsed.kind === 'error' ? parsed.expected : 'expect.amount';
        problems.push(findingAt('bad-number', 'error', place, { place: placeOf(table, row.row, column), value: text, expected }, { actual: text, ...lineOf(row) }));
        return true;
      }
      amount = { value: parsed.value, raw: padded[2]!, at: place };
    } else amount = readAmount(table, row, cols.amount, this.amounts, problems);
    const previous = readAmount(table, row, cols.previous, this.amounts, problems);
    const change = readAmount(table, row, cols.change, this.amounts, problems);
    if (amount === undefined || previous === undefined || change === undefined) return true;
    const node = this.last;
    if (!node || amount === null) {
      problems.push(findingAt(node ? 'book-funding-blank' : 'book-funding-orphan', 'error', place, { place: placeOf(table, row.row, column), value: text }, { actual: text, ...lineOf(row) }));
      return true;
    }
    const before = node.funding.find((f) => f.source === source);
    if (before) {
      if (!sameFigure(before.amount, amount) || !sameFigure(before.previous, previous)) {
        problems.push(findingAt('book-funding-twice', 'error', place, { place: placeOf(table, row.row, column), value: text, node: node.name, first: before.at.cell }, { actual: text, ...lineOf(row) }));
      }
      return true;
    }
    const funding: BookFunding = { source, amount, previous, change, at: place };
    node.funding.push(funding);
    return true;
  }
}

function sameFigure(a: Figure | null, b: Figure | null): boolean {
  return a === null || b === null ? a === b : a.value.eq(b.value);
}

/** Leading blanks of a cell, a full-width space counting two (as it shows). */
function indentWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width += 1;
    else if (ch === '\u3000') width += 2;
    else break;
  }
  return width;
}

/** The indentation of one level: the smallest indentation of a named row (1 when none is indented). */
function indentStep(rows: readonly RawRow[], cols: BookColumns, sources: SourceSet): number {
  const widths = rows.map((r) => cellText(r, cols.subject!)).filter((t) => !isBlankCell(t) && !sources.named(t) && !PADDED_FUNDING.test(foldNumeric(t).text)).map(indentWidth).filter((w) => w > 0);
  return widths.length > 0 ? Math.min(...widths) : 1;
}

/** The year (`2024년도 세출예산 사업명세서`) and unit (`(단위 : 천원)`) the rows above the header state. */
function titleOf(rows: readonly RawRow[]): { year?: number; unit?: Unit } {
  const out: { year?: number; unit?: Unit } = {};
  for (const text of rows.flatMap((r) => r.cells)) {
    const year = /(\d{4})\s*(?:년|회계\s*연도)/u.exec(text);
    if (year && out.year === undefined && isYear(Number(year[1]))) out.year = Number(year[1]);
    const unit = /단위\s*[:：]?\s*(백만원|천원|원)/u.exec(text);
    if (unit && out.unit === undefined) out.unit = unit[1] as Unit;
  }
  return out;
}
