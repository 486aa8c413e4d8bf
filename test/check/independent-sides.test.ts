import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHECK_CODES, runChecks } from '../../src/check/registry.js';
import { loadDataset } from '../../src/load/dataset.js';
import { loadHolidays } from '../../src/load/holidays.js';
import type { CheckResult } from '../../src/model/check.js';
import { parseFormula } from '../../src/parse/table-formula.js';
import { BUNDLED, ROOT } from '../helpers/paths.js';

/**
 * Only checks that can fail: every check of the bundled run compares two sides transcribed independently.
 *
 * - A cross-reference compares two places; each must come from a different printed line of the document.
 *   The line of every place the bundled crossrefs.csv names is written here by hand from the source
 *   (seed/000_66325208ef0254f6.txt), so a new cross-reference fails this test until someone says where
 *   both its figures are printed.
 * - An out-year checked against a rule (declared or inferred) never has its own cell among the figures the
 *   rule was inferred from.
 * - Every other rule compares a stated figure with what other cells give (its parts, the target and result
 *   of its row, the months of its table): the stated figure is never one of its own parts by construction
 *   (printed totals are kept apart from the parts), so such a check fails when either side is mistyped. For
 *   the rules tables.csv declares this is tested: no rule reads the cell it checks.
 * - A count stated against the items listed (COUNTA, tables/listed-counts.csv): the count and the items are
 *   printed apart (another line, or another cell of the printed row), written here by hand from the source.
 */
const PRINTED_LINE: Record<string, number> = {
  'budgets.csv D17': 604, // project 7 table, 계 2021 1,095,460
  'tables/regional-2021.csv D3': 555, // 2021 results table, 예산 계 1,394,403
  'target-groups.csv C2': 90, // 대상별 합계 10,900
  'targets.csv E5': 45, // ○ 2022년 일자리창출 목표 : 10,900개
  'statements.csv B2': 45, // the same line: compared with targets.csv E5 it was a self-comparison, removed
  'statements.csv B3': 113, // - 인력구성 : 64명
  'tables/company-staffing.csv A3': 119, // 전 체 64
  'tables/company-staffing.csv F3': 119, // 공공업무 대행 사업 59
  'statements.csv B4': 136, // - 공공업무 대행사업 : 59명 채용
  'tables/contracts-2021.csv B3': 142, // 총인원 (현근무자) 59
  'statements.csv B5': 251, // - 이용인원 : 일평균 86명
  'usage.csv D2': 258, // 이용자 평균 계 86
  'statements.csv B6': 434, // - 2022년 일자리센터 연계 취업자 수 목표 : 2,400명
  'targets.csv E15': 437, // 목표(명) … 2,400명
  'statements.csv B7': 45, // (22개 부서 / 100개 사업)
  'statements.csv B8': 75, // - 일자리창출 관련부서 협력체계 강화(22개 부서)
  'statements.csv B9': 161, // 펫푸드 전담직원 채용(1명)
  'statements.csv B10': 162, // 시니어근로자 배치(4명)
  'tables/text-sums.csv C2': 201, // 근무인원 : 8명(주식회사 계약직 1, …
  'tables/text-sums.csv D2': 201, // … 시니어근로자 4, …)
  'statements.csv B11': 25, // ※ 일자리센터(…) 무기계약직 3명 별도
  'tables/text-sums.csv C5': 471, // 일자리센터 4명 - 무기계약직 3 - …
  'headlines.csv C8': 598, // □ 2022년 소요예산 : 1,394,403천원 (2021년 수준)
  'statements.csv B12': 18, // □ 인 력 : 정원 12명 [현원 12명]
  'tables/staffing.csv A2': 23, // 합 계 12(12)
};

/**
 * tables/listed-counts.csv, row by row: where the count is printed (line, and the tab-separated cell of that
 * line, 0-based, or -1 for running text) and the lines its items are printed on.
 */
const LISTED: Readonly<Record<number, { count: [number, number, string]; items: number[] }>> = {
  2: { count: [11, -1, '3팀'], items: [14, 15, 16] }, // □ 조 직 : 3팀 / the 조직 table's 팀 명
  3: { count: [11, -1, '3팀'], items: [5, 6, 7] }, // □ 조 직 : 3팀 / - 일자리기획팀 - 공공일자리팀 - 취업정보팀
  4: { count: [172, 1, '시설관리공단(5)'], items: [173] }, // header cell / the names under it
  5: { count: [172, 2, '문화재단(5)'], items: [173] },
  6: { count: [556, 2, '3'], items: [556] }, // 사업수 3 / 사업명 bullets, another cell of the row
  7: { count: [557, 2, '4'], items: [557] },
  8: { count: [558, 2, '1'], items: [558] },
};

/** Rules whose expected side is computed from other cells than the stated one, and from which (see above). */
const COMPUTED: Readonly<Record<string, string>> = {
  'budget-row-total': 'the years of its row (the 계 row: every part)',
  'budget-column-total': 'the sources of its year',
  'budget-division-total': 'every project\'s lines of its year (and source)',
  'headline-mismatch': 'the table\'s printed 계 for the year',
  'components-sum': 'the component budgets stated in the text',
  'components-partial-sum': 'the priced component budgets',
  'component-parts': 'the parts stated beside the amount',
  'split-rule': 'the amount × the subsidy ratio',
  'achievement-rate': 'the result and the target of its row',
  'rate-without-target': 'the target of its row (zero or missing)',
  'group-total': 'the groups',
  'usage-total': 'the months',
  'daily-average': 'the month\'s users and the calendar',
  'table-rule': 'the cells its declared rule names',
  'table-sum': 'the rows or columns it heads',
  'book-children-sum': 'the budget book node\'s children',
  'book-change': 'the row\'s 예산액 and 전년도 예산액',
  'book-funding-sum': 'the node\'s 예산액 (the funding rows are the stated side)',
  'book-basis': 'the calculation written in its 산출근거',
};

async function bundledChecks(): Promise<CheckResult[]> {
  const { dataset } = await loadDataset(BUNDLED);
  return runChecks(dataset, { holidays: new Map([[2021, await loadHolidays(2021)]]) }).checks;
}

const placeOf = (c: CheckResult): string => `${c.file} ${c.cell}`;
const SEED = new URL('../shared/seed/000_66325208ef0254f6.txt', `file://${ROOT}`);

describe('every check of the bundled run has two independent sides', () => {
  test('each check is of a kind this test knows how to tell apart', async () => {
    // Problems recorded as failed checks, not comparisons: a rule or cell that cannot be read, a figure with
    // nothing to compare it with, and the record that nothing at all could be compared.
    const problems = ['table-rule-syntax', 'table-cell-not-number', 'headline-without-budget', 'components-without-budget', 'project-without-budget', 'nothing-checked'];
    const known = new Set([...Object.keys(COMPUTED), 'crossref-differs', 'projection-differs', 'pattern-break', ...problems]);
    expect(CHECK_CODES.filter((c) => !known.has(c))).toEqual([]);
    for (const c of await bundledChecks()) expect(known.has(c.code), c.code).toBe(true);
  });

  test('a cross-reference compares figures printed on two different lines', async () => {
    const refs = (await bundledChecks()).filter((c) => c.code === 'crossref-differs');
    expect(refs.length).toBeGreaterThan(0);
    for (const c of refs) {
      const [a, b] = [placeOf(c), c.params.other!];
      expect(PRINTED_LINE[a], a).toBeDefined();
      expect(PRINTED_LINE[b], b).toBeDefined();
      expect(PRINTED_LINE[a], `${a} ↔ ${b}`).not.toBe(PRINTED_LINE[b]);
    }
  });

  test.skipIf(!existsSync(SEED))('each line given above prints the figure of its place (needs ../shared/seed, absent in a user\'s clone)', async () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const grouped = (v: string): string => Number(v).toLocaleString('en-US');
    for (const c of (await bundledChecks()).filter((x) => x.code === 'crossref-differs')) {
      expect(lines[PRINTED_LINE[placeOf(c)]! - 1], placeOf(c)).toContain(grouped(c.actual));
      expect(lines[PRINTED_LINE[c.params.other!]! - 1], c.params.other).toContain(grouped(c.expected));
    }
  });

  test('a rule tables.csv declares never reads the cell it checks', async () => {
    const rules = (await bundledChecks()).filter((c) => c.code === 'table-rule');
    expect(rules.length).toBeGreaterThan(0);
    for (const c of rules) {
      const f = parseFormula(c.params.rule!);
      if (typeof f === 'string') throw new Error(`unreadable rule ${c.params.rule}`);
      const reads = f.terms.flatMap((t) => t.cells).map((g) => `${g.r},${g.c}`);
      expect(reads, `${placeOf(c)} ${c.params.rule}`).not.toContain(`${f.target.r},${f.target.c}`);
      expect(reads.length).toBeGreaterThan(0);
    }
  });

  test.skipIf(!existsSync(SEED))('a count and the items it counts are printed apart, each as transcribed (needs ../shared/seed)', async () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const { dataset } = await loadDataset(BUNDLED);
    const table = dataset.tables.find((t) => t.file === 'tables/listed-counts.csv')!;
    const counted = (await bundledChecks()).filter((c) => c.file === table.file);
    expect(counted.map((c) => c.row).sort((a, b) => a! - b!)).toEqual(Object.keys(LISTED).map(Number));
    for (const c of counted) {
      const { count: [line, cell, text], items } = LISTED[c.row!]!;
      const printed = lines[line - 1]!;
      expect(cell < 0 ? printed : printed.split('\t')[cell], `count of row ${c.row}`).toContain(text);
      expect(text.replace(/\D/g, ''), `count of row ${c.row}`).toBe(c.actual);
      for (const item of table.rows[c.row! - 1]!.slice(2, 7).filter((x) => x !== '')) {
        const at = items.filter((n) => lines[n - 1]!.includes(item));
        expect(at, `${item} on lines ${items.join(', ')}`).not.toEqual([]);
        // Printed apart: on another line, or in another cell of the count's own line.
        for (const n of at) if (n === line) expect(lines[n - 1]!.split('\t')[cell]).not.toContain(item);
      }
    }
  });

  test('an out-year checked against an inferred rule is never among the figures it was inferred from', async () => {
    const inferred = (await bundledChecks()).filter((c) => c.code === 'pattern-break');
    expect(inferred.length).toBeGreaterThan(0);
    for (const c of inferred) {
      const [file, ...cells] = c.params.from!.split(/,? /);
      expect(file).toBe(c.file);
      expect(cells).not.toContain(c.cell);
      expect(cells.length).toBeGreaterThan(0);
    }
  });

  test('a declared projection compares a year with the printed year before it, another cell', async () => {
    for (const c of (await bundledChecks()).filter((x) => x.code === 'projection-differs')) {
      expect(Number(c.params.year)).toBeGreaterThan(2022);
    }
  });
});
