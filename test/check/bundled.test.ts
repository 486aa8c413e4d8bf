import { describe, expect, test } from 'vitest';
import { runChecks } from '../../src/check/registry.js';
import { loadDataset } from '../../src/load/dataset.js';
import { loadHolidays } from '../../src/load/holidays.js';
import { BUNDLED, BUNDLED_XLSX } from '../helpers/paths.js';

async function validateBundled(path = BUNDLED) {
  const { dataset } = await loadDataset(path);
  return runChecks(dataset, { holidays: new Map([[2021, await loadHolidays(2021)]]) });
}

describe('validate on the bundled 2022 report', () => {
  test('finds exactly what is wrong in the document, confirmed by hand', async () => {
    const { findings } = await validateBundled();
    expect(findings.map((f) => [f.severity, f.code, f.project, f.file, f.cell, f.expected, f.actual, f.difference])).toEqual([
      // 「□ 2022년 소요예산 : 1,558,400천원」 (source line 215) against its own table's 계/2022 1,588,400 (line 221),
      // which is 구비 1,588,400 (the only source) and agrees with 2023 = 1,588,400 × 1.03 = 1,636,052.
      // 1,588,400 − 1,558,400 = 30,000: the headline is mistyped.
      ['error', 'headline-mismatch', '2', 'headlines.csv', 'C3', '1588400', '1558400', '30000'],
      // Project 4 (lines 389–391): 계 grows exactly +1 % a year, 반올림: 4,285,980 × 1.01 = 4,328,839.8 → 4,328,840 and
      // 4,328,840 × 1.01 = 4,372,128.4 → 4,372,128, as printed; so do 시비 and 구비 in 2024 from their printed 2023
      // (3,028,628 × 1.01 = 3,058,914.28 → 3,058,914; 1,300,212 × 1.01 = 1,313,214.12 → 1,313,214). Their 2023 breaks
      // it: 2,999,010 × 1.01 = 3,029,000.1 → 3,029,000, printed 3,028,628 (−372); 1,286,970 × 1.01 = 1,299,839.7 →
      // 1,299,840, printed 1,300,212 (+372), while their sum keeps 계. Warnings: the rule is inferred, not stated.
      ['warning', 'pattern-break', '4', 'budgets.csv', 'F10', '3029000', '3028628', '372'],
      ['warning', 'pattern-break', '4', 'budgets.csv', 'F11', '1299840', '1300212', '-372'],
      // Project 7's multi-year table gives 2021 계 1,095,460 (line 604), the 2021 results table 1,394,403 (line 555:
      // 296,543 + 200,152 + 73,540 + 824,168 = 1,394,403). 1,394,403 − 1,095,460 = 298,943. A warning: one may be
      // the budget, the other the actual (the 2022 headline says 1,394,403 is "2021년 수준").
      ['warning', 'crossref-differs', '7', 'budgets.csv', 'D17', '1394403', '1095460', '298943'],
    ]);
  });

  test('runs every identity the document allows: 147 checks (fixtures/geumcheon-2022/AUDIT.md lists them)', async () => {
    const { checks } = await validateBundled();
    const byCode = new Map<string, number>();
    for (const c of checks) byCode.set(c.code, (byCode.get(c.code) ?? 0) + 1);
    expect(Object.fromEntries(byCode)).toEqual({
      // 합계 column: 19 rows (7 계 rows + 12 source rows: 1+1+2+2+1+2+3).
      'budget-row-total': 19,
      // 계 row: 7 projects × 4 years.
      'budget-column-total': 28,
      // One 「2022년 소요예산」 per project.
      'headline-mismatch': 7,
      // Project 3 총괄 (계, 시비, 구비) and 세부 (계, 시비, 구비), project 6 세부 (계, 시비, 구비); project 7's
      // 「공모 후 확정」 has no figure.
      'components-sum': 9,
      // 117,900 (시 44,380, 구 73,520), 63,400 (시 44,380, 구 19,020), 179,598 (시 118,983, 구 60,615).
      'component-parts': 3,
      // 63,400 × 70% = 44,380; 179,598 × 66.25% = 118,983.675 → 118,983.
      'split-rule': 2,
      // 2019 116%, 2020 103%, 2021 107%.
      'achievement-rate': 3,
      // 700 + 800 + 3,000 + 2,000 + 4,400 = 10,900.
      'group-total': 1,
      // Σ months = 15,921.
      'usage-total': 1,
      // Nine months and the 계 row (15,921 ÷ 185 operating days = 86.06 → 86).
      'daily-average': 10,
      // growth.csv: project 2 구비 3% and project 5 구비 1%, two out-years each (their one-source 계 rows print
      // the same figures and follow the same declared rule).
      'projection-differs': 4,
      // Out-year rules inferred from the printed figures, 2023 and 2024 each: project 1 flat (계, 구비), project 3
      // 시비 +10 % (44,380 → 48,818 → 53,700), project 4 +1 % (계, 시비, 구비). Projects 6 and 7 print round
      // estimates (258,000, 1,430,000, …) that keep no rate.
      'pattern-break': 12,
      // The job centre's five 2021 results have no target: no 달성률 may be printed beside them (none is).
      'rate-without-target': 5,
      // crossrefs.csv: project 7's 2021 budget; the 2022 target 10,900 by group and in 일자리공시; and the
      // figures the text states (statements.csv) against their tables: 64 staff; 59 workers (twice: the text
      // and the staffing table against the contract table); the shelter's 86 a day; 2,400 employed. (The text's
      // 10,900 is the line 일자리공시's 2022 target was transcribed from: comparing the two was no check.) Then
      // figures printed twice in the text: 22 부서 (lines 45 and 75); the company's pet-food hires, 1 and 4
      // (lines 161–162 and 201); the job centre's 3 무기계약직 (the ※ note on line 25 and line 471); and project
      // 7's 2022 headline 「1,394,403천원 (2021년 수준)」 against the 2021 results table's 예산 계 1,394,403; and
      // 「□ 인 력 : 정원 12명 [현원 12명]」 (line 18) against the staffing table's 12(12) (line 23), part by part.
      'crossref-differs': 14,
      // tables.csv rules: staffing 2 (정원 and 현원), company staff 1, 사업비 1, income 4, contracts 5, regional 3,
      // and the sums the text states (text-sums.csv): 8 = 1+4+1+2, 15 = 5+5+1+3+1, 34 = 17+17, 4 = 3+1, 4 = 2+2,
      // and the ※ note of the contract table (line 143): 950,609 + 312,075 = 1,262,684. Then counts stated against
      // the items listed (listed-counts.csv, COUNTA): 「조 직 : 3팀」 (line 11) against the 조직 table's teams (lines
      // 14–16) and against the list under the division's name (lines 5–7); 시설관리공단(5) and 문화재단(5) (line 172)
      // against the facilities named under them (line 173, five names each, none with a space); the 2021 results
      // table's 사업수 3, 4 and 1 (lines 556–558) against the programmes listed beside them. (뉴딜 8 against seven
      // bullets, two of which name two programmes, is not counted: the list reads two ways.)
      'table-rule': 29,
    });
    expect(checks.length).toBe(147);
    expect(checks.filter((c) => !c.ok)).toHaveLength(4);
  });

  test('the bundled workbook (every part as a sheet, notes and crossrefs included) gives the same checks and findings', async () => {
    const [csv, xlsx] = [await validateBundled(), await validateBundled(BUNDLED_XLSX)];
    const key = (c: { code: string; cell?: string; expected?: string; actual?: string }) => [c.code, c.cell, c.expected, c.actual];
    expect(xlsx.checks.map(key)).toEqual(csv.checks.map(key));
    expect(xlsx.findings.map(key)).toEqual(csv.findings.map(key));
  });
});
