/**
 * The header words of the budget tables, each concept with every spelling the readers accept (compared as
 * labelKey compares them: no spaces, NFC, so `재 원 별` is `재원별`). The one place a header word is listed.
 * Where a header holds two spellings of one concept, the first listed wins (`금액` over `예산`).
 */
export const HEADER_WORDS = {
  /** 기관: the organisation of a line, when a file holds several. */
  org: ['기관', '기관명', '자치단체'],
  /** 사업: a project's number, in the budget tables. */
  project: ['사업', '사업번호', '사업코드', '번호'],
  /** 사업: the project a row of another table belongs to (번호 there often numbers the rows themselves). */
  projectOfRow: ['사업', '사업번호', '사업코드'],
  /** 사업명: a project's name. */
  name: ['사업명', '세부사업명', '세부사업'],
  /**
   * 재원: a line's funding source (long layout). 재원별 heads the printed table's label column too: a header
   * with a year and an amount column is the long layout whatever its source column is called (budget-table.ts).
   */
  source: ['재원', '재원구분', '재원별'],
  /** 재원별: the label column of the printed budget table (계, then a row per source). */
  sourceRows: ['재원별'],
  /** 연도: a line's year. */
  year: ['연도', '년도', '회계연도'],
  /** 금액: a line's amount. */
  amount: ['금액', '예산액', '예산', '본예산'],
  /** 합계: the printed table's sum of the years. */
  total: ['합계'],
  // The budget book (세출예산 사업명세서, load/budget-book.ts): its amount column is `amount` (예산액).
  /** 전년도 예산액: the book's previous-year column. */
  bookPrevious: ['전년도예산액', '전년도', '전년도(기정)예산액', '기정예산액', '전년예산액'],
  /** 비교증감: the book's change column (`△1,200` = −1,200). */
  bookChange: ['비교증감', '증감', '비교증△감', '증△감', '증감액'],
  /** 구분: the column that names each row's level (부서 … 산출근거), when one column does. */
  bookLevel: ['구분', '수준', '단계', '레벨'],
  /** 과목: the column that names each row when a level column or indentation gives its level. */
  bookSubject: ['과목', '과목명', '사업명', '내역'],
  // The book's levels, each a header (one column per level: the filled one gives a row's level) and the word a
  // 구분 column writes for it. Their order is BOOK_LEVELS' (model/budget-book.ts).
  bookDepartment: ['부서', '부서명', '실과'],
  bookPolicy: ['정책사업', '정책사업명'],
  bookUnit: ['단위사업', '단위사업명'],
  bookDetail: ['세부사업', '세부사업명'],
  bookGroup: ['편성목', '편성목명'],
  bookItem: ['통계목', '통계목명'],
  /** 산출근거: a calculation (`9,000원*6명*90일`), a level's column and its word alike. */
  bookBasis: ['산출근거', '산출기초', '산출내역'],
} as const satisfies Record<string, readonly string[]>;

/** The header words a run reads with: HEADER_WORDS, or HEADER_WORDS with a user's mapping first (withHeaderMap). */
export type HeaderWords = { readonly [K in keyof typeof HEADER_WORDS]: readonly string[] };

/** The concepts a header mapping may name, by their word (`금액=요구액`), and the lists each one extends. */
export const MAPPED_CONCEPTS: Readonly<Record<string, readonly (keyof typeof HEADER_WORDS)[]>> = {
  기관: ['org'],
  사업: ['project', 'projectOfRow'],
  사업명: ['name'],
  재원: ['source'],
  연도: ['year'],
  금액: ['amount'],
};

/**
 * HEADER_WORDS with a user's headers (concept word → header as labelKey gives it) listed first, so that an
 * explicit mapping wins over a synonym the same header row also has.
 */
export function withHeaderMap(map: ReadonlyMap<string, string>): HeaderWords {
  const words: Record<string, readonly string[]> = { ...HEADER_WORDS };
  for (const [concept, header] of map) for (const k of MAPPED_CONCEPTS[concept] ?? []) words[k] = [header, ...words[k]!];
  return words as HeaderWords;
}

/** The 1-based column of the first of `list` that a header has (its cells as labelKey gives them), or undefined. */
export function columnOf(keys: readonly string[], list: readonly string[]): number | undefined {
  for (const w of list) {
    const i = keys.indexOf(w);
    if (i >= 0) return i + 1;
  }
  return undefined;
}
