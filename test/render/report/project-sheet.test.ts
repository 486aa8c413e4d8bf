import { describe, expect, it } from 'vitest';
import { buildBudgetReport } from '../../../src/compute/budget-report.js';
import type { BudgetLine, StatedBudgetTotal } from '../../../src/model/dataset.js';
import { D } from '../../../src/model/money.js';
import { at } from '../../../src/model/provenance.js';
import { projectSheet } from '../../../src/render/report/project-sheet.js';
import { makeDataset } from '../../helpers/factories.js';

const line = (source: BudgetLine['source'], year: number, amount: number): BudgetLine => ({ project: '9', source, year, amount: D(amount) });
const stated = (kind: StatedBudgetTotal['kind'], value: number, extra: Partial<StatedBudgetTotal> = {}): StatedBudgetTotal => ({
  project: '9',
  kind,
  figure: { value: D(value), raw: String(value), at: at('budgets.csv', 2, 4) },
  ...extra,
});

describe('a project sheet where the document states a total its parts do not give', () => {
  // 시비 100 + 구비 50 = 150 in 2021, but the 계 row prints 160; 2022: 30 + 20 = 50, printed 50.
  const dataset = makeDataset({
    projects: [{ id: '9', name: '시험 사업' }],
    budget: [line('시비', 2021, 100), line('구비', 2021, 50), line('시비', 2022, 30), line('구비', 2022, 20)],
    statedTotals: [stated('year-total', 160, { year: 2021 }), stated('year-total', 50, { year: 2022 })],
  });
  const report = buildBudgetReport(dataset, 2022);
  const { grid } = projectSheet('9 시험 사업', dataset.projects[0]!, report.projects[0]!, dataset, 2022, { lang: 'ko', negative: 'triangle' });
  const cell = (r: number, c: number) => grid.sheet.rows[r]?.[c];

  it('shows the stated 160 as a plain number with the computed 150 attached, not a formula', () => {
    expect(cell(5, 3)!.formula).toBeUndefined();
    expect(cell(5, 3)!.style).toBe('total');
    expect((cell(5, 3)!.value as ReturnType<typeof D>).toFixed()).toBe('160');
    expect(cell(5, 3)!.computed!.toFixed()).toBe('150');
  });

  it('marks it ※1 and prints the note under the table: stated, computed and the difference', () => {
    expect(cell(5, 3)!.mark).toBe('※1');
    // 160 − 150 = 10.
    expect(cell(8, 1)).toMatchObject({ style: 'note', value: '※1 표기값 160, 계산값 150 (차이 △10)' }); // computed − stated, as validate gives it: 150 − 160
  });

  it('keeps the totals that agree live, caching the computed value', () => {
    expect(cell(5, 4)).toMatchObject({ formula: 'SUM(D6:D7)' });
    expect((cell(5, 4)!.value as ReturnType<typeof D>).toFixed()).toBe('50');
    // No headline stated: it is the 2022 계, live.
    expect(cell(1, 1)).toMatchObject({ formula: 'D5', format: 'headline', label: '□ 2022년 소요예산 :' });
  });
});
