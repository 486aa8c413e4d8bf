import { projectYears } from '../compute/projection.js';
import type { BudgetLine, Dataset } from '../model/dataset.js';
import type { Provenance } from '../model/provenance.js';
import { BudgetIndex, reportYear } from './budget-index.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/**
 * Where the dataset states a growth rate, each out-year after the report year = the printed previous year ×
 * (1 + rate), 반올림 to the unit. Compared year by year from the printed figure, so one wrong year is one
 * warning; a warning, because some out-years are round estimates rather than a rate.
 */
export const projections: CheckRule = (dataset) => {
  const out = new Collector();
  const base = reportYear(dataset);
  if (base === undefined) return out.result();
  const index = BudgetIndex.of(dataset.budget);
  for (const g of dataset.growth ?? []) {
    const where = g.source === '계' ? {} : { source: g.source };
    const years = [...new Set(index.lines(g.project, where).map((l) => l.year))].filter((y) => y > base).sort((a, b) => a - b);
    for (const year of years) {
      const printed: BudgetLine[] = index.lines(g.project, { ...where, year });
      const previous = index.total(g.project, { ...where, year: year - 1 });
      const at = g.source === '계' ? statedTotalAt(dataset, g.project, year) ?? printed[0]?.at : printed[0]?.at;
      if (!at) continue;
      out.compare({
        code: 'projection-differs',
        severity: 'warning',
        at,
        stated: index.total(g.project, { ...where, year }),
        expected: projectYears(previous, g.rate.value, year - 1, year)[0]!.amount,
        project: g.project,
        params: { year: String(year), row: g.source, rate: g.rate.raw },
      });
    }
  }
  return out.result();
};

function statedTotalAt(dataset: Dataset, project: string, year: number): Provenance | undefined {
  return dataset.statedTotals.find((t) => t.kind === 'year-total' && t.project === project && t.year === year)?.figure.at;
}
