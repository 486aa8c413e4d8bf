import { describe, expect, test } from 'vitest';
import { runChecks } from '../../src/check/registry.js';
import { loadDataset } from '../../src/load/dataset.js';
import { loadHolidays } from '../../src/load/holidays.js';
import { fixture } from '../helpers/paths.js';

async function validate(rel: string) {
  const { dataset } = await loadDataset(fixture(`invalid/${rel}`));
  return runChecks(dataset, { holidays: new Map([[2021, await loadHolidays(2021)]]) });
}

/**
 * One fixture per rule, each with exactly one mistake of its kind. Expected figures are worked out by hand
 * from the fixture (arithmetic in the comments), never taken from the tool's output.
 */
const CASES: [string, { code: string; file: string; cell: string | undefined; expected: string | undefined; actual: string | undefined }][] = [
  // 시비 row: 50 + 50 + 50 = 150, printed 합계 160.
  ['budget-row-total', { code: 'budget-row-total', file: 'budgets.csv', cell: 'C3', expected: '150', actual: '160' }],
  // 계 row, 2022: 시비 50 + 구비 50 = 100, printed 110.
  ['budget-column-total', { code: 'budget-column-total', file: 'budgets.csv', cell: 'E2', expected: '100', actual: '110' }],
  // Long layout, 합계 row 2022 계: project 1 (시비 50 + 구비 50) + project 2 (구비 30) = 130, printed 140; project 1's 계 100 holds.
  ['budget-division-total', { code: 'budget-division-total', file: 'budgets.csv', cell: 'D6', expected: '130', actual: '140' }],
  // 「2022년 소요예산 : 110천원」 but the table's 계 2022 is 100.
  ['headline-mismatch', { code: 'headline-mismatch', file: 'headlines.csv', cell: 'C2', expected: '100', actual: '110' }],
  // Components 60 + 50 = 110 against the table's 2022 column 100 (no source split stated: total only).
  ['components-sum', { code: 'components-sum', file: 'budgets.csv', cell: 'E2', expected: '110', actual: '100' }],
  // Priced components 60 + 30 = 90 against the 2022 column 100; 「다」 (공모 후 확정) has no amount and is left out.
  ['components-partial-sum', { code: 'components-partial-sum', file: 'budgets.csv', cell: 'E2', expected: '90', actual: '100' }],
  // 100천원(시 50, 구 60): 50 + 60 = 110.
  ['component-parts', { code: 'component-parts', file: 'components.csv', cell: 'D2', expected: '110', actual: '100' }],
  // 179,598 × 66.25% = 118,983.675 → 절사 118,983; printed 118,984 (반올림's answer).
  ['split-rule', { code: 'split-rule', file: 'components.csv', cell: 'G2', expected: '118983', actual: '118984' }],
  // 10,349 ÷ 8,900 × 100 = 116.28… → 반올림 116; printed 117%.
  ['achievement-rate', { code: 'achievement-rate', file: 'targets.csv', cell: 'G2', expected: '116', actual: '117' }],
  // 취업자 2021: 목표 0, so there is no rate; 5% is printed in G4 (구직등록's blank target with a blank rate is fine).
  ['rate-without-target', { code: 'rate-without-target', file: 'targets.csv', cell: 'G4', expected: undefined, actual: '5%' }],
  // 600 + 500 = 1,100; printed 합계 1,000.
  ['group-total', { code: 'group-total', file: 'target-groups.csv', cell: 'C2', expected: '1100', actual: '1000' }],
  // 1,351 + 1,433 = 2,784; printed 계 2,785.
  ['usage-total', { code: 'usage-total', file: 'usage.csv', cell: 'C2', expected: '2784', actual: '2785' }],
  // February 2021: 20 weekdays less 설날 11–12 = 18 days; 1,433 ÷ 18 = 79.6 → 80; printed 79.
  ['daily-average', { code: 'daily-average', file: 'usage.csv', cell: 'D4', expected: '80', actual: '79' }],
  // 1,636,052 × 1.03 = 1,685,133.56 → 1,685,134; printed 1,685,135.
  ['projection-differs', { code: 'projection-differs', file: 'budgets.csv', cell: 'G3', expected: '1685134', actual: '1685135' }],
  // 시비 2022 → 2023 keeps +1 % (2,999,110 × 1.01 = 3,029,101.1 → 3,029,101), so 2024 should be 3,029,101 × 1.01 =
  // 3,059,392.01 → 3,059,392; printed 3,059,932. 구비 keeps +1 % both years (1,299,840 × 1.01 = 1,312,838.4 → 1,312,838).
  ['pattern-break', { code: 'pattern-break', file: 'budgets.csv', cell: 'D4', expected: '3059392', actual: '3059932' }],
  // budgets.csv D2 (계 2021) 100 against results.csv B2 120.
  ['crossref-differs', { code: 'crossref-differs', file: 'budgets.csv', cell: 'D2', expected: '120', actual: '100' }],
  // 12(11): 정원 1 + 3 + 8 = 12 holds; 현원 1 + 3 + 6 = 10, printed 11.
  ['table-rule', { code: 'table-rule', file: 'tables/staffing.csv', cell: 'A2', expected: '10', actual: '11' }],
  // 인원 46 + 41 + 2 + 24 = 113; printed 계 114 (found without a declared rule).
  ['table-sum', { code: 'table-sum', file: 'tables/regional.csv', cell: 'B2', expected: '113', actual: '114' }],
  // Project 1's headline 100 agrees with its 계; project 2's 40천원 has no budget line and no printed 계 to compare with.
  ['headline-without-budget', { code: 'headline-without-budget', file: 'headlines.csv', cell: 'C3', expected: undefined, actual: '40' }],
  // Project 1's components (50 + 50 = 100, 시 50, 구 50) agree with its 2022 column; project 2 has no budget line.
  ['components-without-budget', { code: 'components-without-budget', file: 'components.csv', cell: 'D3', expected: undefined, actual: undefined }],
  // 사업목록 lists projects 1 and 2; only 1 has budget lines.
  ['project-without-budget', { code: 'project-without-budget', file: 'projects.csv', cell: 'A3', expected: undefined, actual: undefined }],
  // Budget book: 세부사업 1,000 but its one 편성목 states 1,100 (its own 통계목 and 산출근거 11,000원 × 100권 agree).
  ['book-children-sum.csv', { code: 'book-children-sum', file: 'book-children-sum.csv', cell: 'C3', expected: '1100', actual: '1000' }],
  // Budget book: 통계목 1,000 − 전년도 900 = 100; printed △100.
  ['book-change.csv', { code: 'book-change', file: 'book-change.csv', cell: 'E6', expected: '100', actual: '-100' }],
  // Budget book: funding rows 시 600 + 구 500 = 1,100 against the 세부사업's 1,000 (전년도 500 + 400 = 900 holds).
  ['book-funding-sum.csv', { code: 'book-funding-sum', file: 'book-funding-sum.csv', cell: 'C4', expected: '1000', actual: '1100' }],
  // Budget book: 52,258원 × 10회 = 522,580원 = 522.58천원, 올림 523; printed 522 (절사's answer).
  ['book-basis.csv', { code: 'book-basis', file: 'book-basis.csv', cell: 'C7', expected: '523', actual: '522' }],
  // A long-layout budget (no printed 계 or 합계) and nothing else: no identity to compare.
  ['nothing-checked', { code: 'nothing-checked', file: fixture('invalid/nothing-checked'), cell: undefined, expected: undefined, actual: undefined }],
  // B2=SUM(B3:B4 — the bracket is never closed.
  ['table-rule-syntax', { code: 'table-rule-syntax', file: 'tables/t.csv', cell: undefined, expected: undefined, actual: undefined }],
  // B2=B3+B4 but B4 is "4,742명": text, not a number.
  ['table-cell-not-number', { code: 'table-cell-not-number', file: 'tables/t.csv', cell: 'B4', expected: undefined, actual: '4,742명' }],
];

/**
 * The component fixtures' component is of project 9, which has no budget line, so that no components-sum
 * comparison adds a second mistake: the warning that its group went unchecked comes first (its rule runs first).
 */
const UNCHECKED_GROUP = { code: 'components-without-budget', file: 'components.csv', cell: 'D2', expected: undefined, actual: undefined };
const ALSO: Record<string, (typeof CASES)[number][1][]> = { 'component-parts': [UNCHECKED_GROUP], 'split-rule': [UNCHECKED_GROUP] };

describe('fixtures/invalid: one mistake, one finding', () => {
  test.each(CASES)('%s', async (dir, want) => {
    const { findings } = await validate(dir);
    expect(findings.map((f) => ({ code: f.code, file: f.file, cell: f.cell, expected: f.expected, actual: f.actual }))).toEqual([...(ALSO[dir] ?? []), want]);
  });

  test('a partial component list names what it left out; an unmarked blank amount leaves the group unchecked', async () => {
    const { findings } = await validate('components-partial-sum');
    expect(findings[0]!.params.leftOut).toBe('「다」(공모 후 확정)');
    const { validateMessage } = await import('../../src/render/validate-message.js');
    expect(validateMessage(findings[0]!, 'ko')).toContain('금액이 없는 「다」(공모 후 확정)은 빼고 더했습니다');
  });

  test('--no-infer: no rule is inferred, nothing is flagged', async () => {
    const { dataset } = await loadDataset(fixture('invalid/pattern-break'));
    const out = runChecks(dataset, { holidays: new Map(), infer: false });
    expect(out.checks.filter((c) => c.code === 'pattern-break')).toEqual([]);
    // With no rule inferred, this long-layout budget (no printed totals) has nothing to compare: it says so.
    expect(out.findings.map((f) => [f.code, f.severity, f.params.lines, f.params.tables])).toEqual([['nothing-checked', 'warning', '6', '0']]);
  });

  test('every rule code has its fixture', async () => {
    const { CHECK_CODES } = await import('../../src/check/registry.js');
    expect(new Set(CASES.map(([, w]) => w.code))).toEqual(new Set(CHECK_CODES));
  });

  test('many mistakes in one budget table, as a flattened [cell, code] list', async () => {
    const { findings } = await validate('many-mistakes.csv');
    expect(findings.map((f) => [f.cell, f.code])).toEqual([
      ['C3', 'budget-row-total'], // 시비 50 + 50 + 50 = 150, printed 160
      ['C5', 'budget-row-total'], // project 2 all parts: 국비 60 + 구비 31 = 91, printed 90
      ['C7', 'budget-row-total'], // 구비 10 + 10 + 11 = 31, printed 30
      ['E2', 'budget-column-total'], // 2022: 50 + 50 = 100, printed 110
      ['F5', 'budget-column-total'], // 2023: 20 + 11 = 31, printed 30
    ]);
  });
});
