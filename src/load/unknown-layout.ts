import { HEADER_WORDS, type HeaderWords } from '../parse/header-words.js';
import { closestPair } from '../parse/closest-word.js';
import { labelKey } from '../parse/normalize.js';
import { findingAt, type Finding } from '../model/finding.js';
import { isBlankRow, type RawRow, type RawTable } from '../formats/raw-table.js';
import { levelWords } from './budget-book-columns.js';
import { HEADER_ROWS_SEARCHED } from './budget-table.js';


/**
 * Why a table is no budget layout, as one finding (`unknown-layout`): the sheet, the headers found (the row
 * of the first rows searched that has most of the long layout's columns), which of 재원, 연도, 금액 is
 * missing, and, when a header is a likely misnaming of a missing one, that header and the word it is close
 * to (variant `near`).
 */
export function unknownLayout(table: RawTable, words: HeaderWords = HEADER_WORDS): Finding {
  // The long layout's required concepts, by the word that names them in a message.
  const required = { 재원: words.source, 연도: words.year, 금액: words.amount };
  const rows = table.rows.slice(0, HEADER_ROWS_SEARCHED).filter((r) => !isBlankRow(r));
  const found = (cells: readonly string[]) => Object.entries(required).filter(([, list]) => cells.some((c) => list.includes(labelKey(c))));
  const header = rows.reduce<(typeof rows)[number] | undefined>((best, r) => (best === undefined || found(r.cells).length > found(best.cells).length ? r : best), undefined);
  const cells = (header?.cells ?? []).filter((c) => c.trim() !== '');
  const present = new Set(found(cells).map(([name]) => name));
  const missing = Object.keys(required).filter((name) => !present.has(name));
  const known = new Set(Object.values(words).flat());
  const unmatched = cells.filter((c) => !known.has(labelKey(c)));
  const near = closestPair(unmatched.map(labelKey), missing.flatMap((name) => [...required[name as keyof typeof required]]));
  const concept = near && missing.find((name) => required[name as keyof typeof required].includes(near.word));
  const file = table.sheet ? `${table.file} ${table.sheet}` : table.file;
  const place = { file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) };
  const book = bookLike(rows, words);
  if (book) return findingAt('unknown-layout', 'error', place, { file, headers: book.headers.join(', '), missing: book.missing.join(', '), variant: 'book' });
  const params: Record<string, string> = { file, headers: cells.length > 0 ? cells.join(', ') : '-', missing: missing.join(', ') };
  if (near) Object.assign(params, { variant: 'near', near: unmatched.find((c) => labelKey(c) === near.label)!, word: near.word, concept: concept! });
  return findingAt('unknown-layout', 'error', place, params);
}

/**
 * A header row that is a budget book's but for a column (`전년도 예산액` or `비교증감` with another of the
 * book's figure columns, 예산액 and 산출근거 included): the book's columns it lacks, by their first word, and
 * its headers. Undefined when no row of those searched looks like a book's header.
 */
function bookLike(rows: readonly RawRow[], words: HeaderWords): { headers: string[]; missing: string[] } | undefined {
  const concepts: [string, readonly string[]][] = [
    ['예산액', words.amount],
    ['전년도예산액', words.bookPrevious],
    ['비교증감', words.bookChange],
    ['구분(또는 과목)', [...words.bookLevel, ...words.bookSubject, ...levelWords(words).slice(0, -1).flat()]],
  ];
  for (const row of rows) {
    const keys = row.cells.map(labelKey);
    const has = (list: readonly string[]) => list.some((w) => keys.includes(w));
    const own = [words.bookPrevious, words.bookChange].some(has);
    const figures = [words.amount, words.bookPrevious, words.bookChange, words.bookBasis].filter(has).length;
    if (own && figures >= 2) return { headers: row.cells.filter((c) => c.trim() !== ''), missing: concepts.filter(([, list]) => !has(list)).map(([name]) => name) };
  }
  return undefined;
}
