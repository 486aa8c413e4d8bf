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
} as const satisfies Record<string, readonly string[]>;
