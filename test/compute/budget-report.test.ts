import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBudgetReport } from '../../src/compute/budget-report.js';
import { loadDataset } from '../../src/load/dataset.js';
import type { BudgetLine, Dataset } from '../../src/model/dataset.js';
import { D } from '../../src/model/money.js';
import { makeDataset, pastSafeIntegers } from '../helpers/factories.js';
import { BUNDLED } from '../helpers/paths.js';

const { dataset } = await loadDataset(BUNDLED, 'budget');
const report = buildBudgetReport(dataset, 2022);

describe('the 2022 budget of the bundled report', () => {
  it('gives the division total by source, as the seven tables add up', () => {
    // 5,600 + 1,588,400 + 117,900 + 4,285,980 + 894,869 + 246,298 + 1,394,403 = 8,533,450
    expect(report.total.current.amount.toFixed()).toBe('8533450');
    // 국비 only in project 7: 375,541. 시비: 44,380 + 2,999,010 + 133,983 + 910,376 = 4,087,749.
    // 구비: 5,600 + 1,588,400 + 73,520 + 1,286,970 + 894,869 + 112,315 + 108,486 = 4,070,160.
    expect(report.total.current.bySource.국비!.toFixed()).toBe('375541');
    expect(report.total.current.bySource.시비!.toFixed()).toBe('4087749');
    expect(report.total.current.bySource.구비!.toFixed()).toBe('4070160');
  });

  it('gives the multi-year totals by source (Σ of the printed 합계 columns)', () => {
    // 22,400 + 5,872,216 + 351,404 + 15,212,581 + 2,711,543 + 973,409 + 5,389,863 = 30,533,416
    expect(report.total.allYears.amount.toFixed()).toBe('30533416');
    expect(report.total.allYears.bySource.국비!.toFixed()).toBe('1294417');
    // 199,356 + 10,643,319 + 540,256 + 3,670,752 = 15,053,683
    expect(report.total.allYears.bySource.시비!.toFixed()).toBe('15053683');
    // 22,400 + 5,872,216 + 152,048 + 4,569,262 + 2,711,543 + 433,153 + 424,694 = 14,185,316
    expect(report.total.allYears.bySource.구비!.toFixed()).toBe('14185316');
  });

  it('computes 증감 and 증감률 against 2021', () => {
    const p2 = report.projects.find((p) => p.id === '2')!;
    // 1,588,400 − 962,630 = 625,770; ÷ 962,630 × 100 = 65.006…
    expect(p2.change!.amount.toFixed()).toBe('625770');
    expect(p2.changeRate!.amount!.round(1).toFixed(1)).toBe('65.0');
    // Project 5 is new: its 2021 column prints 0, so there is a change but no rate.
    const p5 = report.projects.find((p) => p.id === '5')!;
    expect(p5.change!.amount.toFixed()).toBe('894869');
    expect(p5.changeRate!.amount).toBeNull();
    // Division: 8,533,450 − 4,566,484 = 3,966,966 → 86.87…%
    expect(report.total.change!.amount.toFixed()).toBe('3966966');
    expect(report.total.changeRate!.amount!.round(1).toFixed(1)).toBe('86.9');
  });

  it('computes the city share exactly: 44,380 ÷ 117,900 for project 3', () => {
    const p3 = report.projects.find((p) => p.id === '3')!;
    expect(p3.upperShare!.value().equals(D(44380).div(117900))).toBe(true);
    // 44,380 ÷ 117,900 = 0.376420…: 0.3764 shown, and the district's 73,520 ÷ 117,900 = 0.623579… → 0.6236.
    expect([p3.upperShare!.round(4).toFixed(4), p3.upperShare!.complement().round(4).toFixed(4)]).toEqual(['0.3764', '0.6236']);
    // A project paid by the district alone has share 0, not "none".
    expect(report.projects.find((p) => p.id === '1')!.upperShare!.value().isZero()).toBe(true);
  });
});

describe('totals are the sum of their parts, in any order', () => {
  const line = fc.record({
    project: fc.constantFrom('1', '2', '3'),
    source: fc.constantFrom('국비' as const, '시비' as const, '구비' as const),
    year: fc.constantFrom(2021, 2022, 2023),
    // Up to 3 decimals (the 천원 unit is exact to the 원).
    amount: fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 3 })),
  });
  const toDataset = (lines: BudgetLine[]): Dataset =>
    makeDataset({ projects: [{ id: '1', name: 'a' }, { id: '2', name: 'b' }, { id: '3', name: 'c' }], budget: lines });

  it('the division total equals Σ projects and Σ sources, whatever the order of lines', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.integer(), (raw, seed) => {
        const lines: BudgetLine[] = raw.map((l) => ({ ...l, amount: D(l.amount[0].toString()).div(10 ** l.amount[1]) }));
        const shuffled = [...lines].sort((a, b) => ((lines.indexOf(a) * 7919 + seed) % 97) - ((lines.indexOf(b) * 7919 + seed) % 97));
        const a = buildBudgetReport(toDataset(lines), 2022);
        const b = buildBudgetReport(toDataset(shuffled), 2022);
        expect(b.total.allYears.amount.equals(a.total.allYears.amount)).toBe(true);
        const sumProjects = a.projects.reduce((s, p) => s.plus(p.current.amount), D(0));
        expect(sumProjects.equals(a.total.current.amount)).toBe(true);
        const sumSources = a.total.current.bySource.국비!.plus(a.total.current.bySource.시비!).plus(a.total.current.bySource.구비!);
        expect(sumSources.equals(a.total.current.amount)).toBe(true);
        const direct = lines.filter((l) => l.year === 2022).reduce((s, l) => s.plus(l.amount), D(0));
        expect(direct.equals(a.total.current.amount)).toBe(true);
      }),
    );
  });
});

describe('amounts past 2^53 in the smallest unit stay exact', () => {
  it('adds, totals and takes changes of very large amounts without rounding', () => {
    // 9,007,199,254,740,993 천원 is 2^53 + 1 천원: far past 2^53 원, so these lines take the Decimal path.
    const dataset = pastSafeIntegers();
    const r = buildBudgetReport(dataset, 2022);
    // 2022: (2^53 + 3) + 0.001; 합계: (2^53 + 1) + (2^53 + 3) + 0.001; 증감: 2.001.
    expect(r.total.current.amount.toFixed()).toBe('9007199254740995.001');
    expect(r.total.allYears.amount.toFixed()).toBe('18014398509481988.001');
    expect(r.projects[0]!.change!.amount.toFixed()).toBe('2.001');
  });
});
