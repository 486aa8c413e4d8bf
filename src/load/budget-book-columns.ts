import { BOOK_LEVELS } from '../model/budget-book.js';
import { columnOf, HEADER_WORDS, type HeaderWords } from '../parse/header-words.js';
import { labelKey } from '../parse/normalize.js';
import { isYear } from '../parse/year.js';

/**
 * The header words of each level (BOOK_LEVELS' order), each one a column's header in the one-column-per-level
 * form and the word a 구분 column writes for the level.
 */
export function levelWords(words: HeaderWords = HEADER_WORDS): readonly (readonly string[])[] {
  return [words.bookDepartment, words.bookPolicy, words.bookUnit, words.bookDetail, words.bookGroup, words.bookItem, words.bookBasis];
}

/**
 * How a budget book's header lays out its columns (1-based). Every form has 예산액, 전년도 예산액 and 비교증감;
 * a row's level is read from a 구분 column (`level`), from which level column is filled (`levels`, one per
 * BOOK_LEVELS entry but 산출근거), or from the indentation of the 과목 column (`subject` alone).
 */
export interface BookColumns {
  amount: number;
  previous: number;
  change: number;
  basis?: number;
  level?: number;
  subject?: number;
  /** The column of each level but 산출근거, where the header has one. */
  levels: (number | undefined)[];
  form: 'level' | 'fill' | 'indent';
  /** The year the 예산액 header names (`2024년 예산액(A)`), if it names one. */
  year?: number;
  /**
   * True when the previous column is the 기정 예산액 (`기정예산액`, `전년도(기정)예산액`): a supplementary book
   * (추경) compares with the same year's budget before it, not with the year before.
   */
  earlier: boolean;
}

/**
 * A book's header as its words compare: labelKey without the year and the letters books add to the figure
 * columns (`2024년 예산액(A)`, `전년도예산액(B)`, `비교증감(A-B)` are 예산액, 전년도예산액, 비교증감).
 */
function bookHeaderKey(text: string): string {
  return labelKey(text).replace(/^\d{4}년도?/u, '').replace(/\([A-Za-z+\-]+\)$/u, '');
}

/** The book's columns when `cells` is a budget book's header; undefined otherwise. */
export function bookColumns(cells: readonly string[], words: HeaderWords = HEADER_WORDS): BookColumns | undefined {
  const keys = cells.map(bookHeaderKey);
  const find = (list: readonly string[]) => columnOf(keys, list);
  const amount = find(words.amount);
  const previous = find(words.bookPrevious);
  const change = find(words.bookChange);
  if (amount === undefined || previous === undefined || change === undefined) return undefined;
  const level = find(words.bookLevel);
  const subject = find(words.bookSubject);
  const basis = find(words.bookBasis);
  const levels = levelWords(words).slice(0, -1).map(find);
  const filled = levels.filter((c) => c !== undefined).length;
  const form = level !== undefined ? 'level' : filled >= 2 ? 'fill' : subject !== undefined ? 'indent' : undefined;
  if (form === undefined) return undefined;
  const out: BookColumns = { amount, previous, change, levels, form, earlier: keys[previous - 1]!.includes('기정') };
  const year = /^(\d{4})년도?/u.exec(labelKey(cells[amount - 1]!));
  if (year && isYear(Number(year[1]))) out.year = Number(year[1]);
  if (basis !== undefined) out.basis = basis;
  if (level !== undefined) out.level = level;
  if (subject !== undefined) out.subject = subject;
  return out;
}

/** The level (index into BOOK_LEVELS) a 구분 cell names: a level's word, or its number from 1 (부서). */
export function levelNamed(text: string, words: HeaderWords = HEADER_WORDS): number | undefined {
  const key = labelKey(text);
  if (/^[1-9]$/.test(key)) {
    const n = Number(key) - 1;
    return n < BOOK_LEVELS.length ? n : undefined;
  }
  const i = levelWords(words).findIndex((list) => list.some((w) => labelKey(w) === key));
  return i >= 0 ? i : undefined;
}
