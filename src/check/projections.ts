import { projectYears } from '../compute/projection.js';
import type { BudgetLine, Dataset } from '../model/dataset.js';
import type { GrowthRate } from '../model/declared.js';
import { roundBy } from '../model/money.js';
import type { Provenance } from '../model/provenance.js';
import { BudgetIndex, reportYear } from './budget-index.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/**
 * Where the dataset states a growth rate, each out-year after the rule's base year (the report year unless
 * growth.csv says 기준연도) follows it, rounded to the unit by the rule's 반올림 (default 반올림): 전년 대비
 * (default) = the printed previous year × (1 + rate), so one wrong year is one warning; 기준연도 복리 = the
 * printed base year × (1 + rate)^years. A warning, because some out-years are round estimates, not a rate.
 */
export const projections: CheckRule = (dataset) => {
  const out = new Collector();
  const reportBase = reportYear(dataset);
  const index = BudgetIndex.of(dataset.budget);
  for (const g of dataset.growth ?? []) {
    const base = g.baseYear ?? reportBase;
    if (base === undefined) continue;
    const where = g.source === '계' ? {} : { source: g.source };
    const years = [...new Set(index.lines(g.project, where).map((l) => l.year))].filter((y) => y > base).sort((a, b) => a - b);
    for (const year of years) {
      const printed: BudgetLine[] = index.lines(g.project, { ...where, year });
      const at = g.source === '계' ? statedTotalAt(dataset, g.project, year) ?? printed[0]?.at : printed[0]?.at;
      if (!at) continue;
      out.compare({
        code: 'projection-differs',
        severity: 'warning',
        at,
        stated: index.total(g.project, { ...where, year }),
        expected: expectedFor(g, base, year, (y) => index.total(g.project, { ...where, year: y })),
        project: g.project,
        params: { year: String(year), row: g.source, rate: g.rate.raw, ...variantOf(g, base, year) },
      });
    }
  }
  return out.result();
};

function expectedFor(g: GrowthRate, base: number, year: number, printed: (year: number) => ReturnType<BudgetIndex['total']>) {
  if (g.method === 'compound') return roundBy(printed(base).times(g.rate.value.plus(1).pow(year - base)), 0, g.rounding);
  return projectYears(printed(year - 1), g.rate.value, year - 1, year, g.rounding)[0]!.amount;
}

/** The message variant a declared rule's settings call for; none for the default (전년 대비, 반올림). */
function variantOf(g: GrowthRate, base: number, year: number): Record<string, string> {
  if (g.method === 'compound') return { variant: 'compound', rounding: g.rounding, baseYear: String(base), years: String(year - base) };
  return g.rounding === 'half-up' ? {} : { variant: 'rounding', rounding: g.rounding };
}

function statedTotalAt(dataset: Dataset, project: string, year: number): Provenance | undefined {
  return dataset.statedTotals.find((t) => t.kind === 'year-total' && t.project === project && t.year === year)?.figure.at;
}
