import { inferOutYears, type Series, type SeriesFigure } from '../compute/infer-growth.js';
import type { Dataset } from '../model/dataset.js';
import { describePlace, type Provenance } from '../model/provenance.js';
import { BudgetIndex, reportYear } from './budget-index.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/**
 * Out-years whose rule the dataset does not declare: each figure is checked against the rule its printed
 * neighbours keep (compute/infer-growth.ts), and a figure that breaks it is a warning (`pattern-break`)
 * saying the rule was inferred and from which figures. A row growth.csv declares is left to that rule
 * (projections.ts) but still counts as evidence; in a table of one source, that rule also governs the 계 row,
 * which prints the same figures. Off with `validate --no-infer`. Only the printed rows of a
 * single organisation's tables: a sum across organisations is no printed row.
 */
export const patternBreaks: CheckRule = (dataset, ctx) => {
  const out = new Collector();
  const base = reportYear(dataset);
  if (ctx.infer === false || base === undefined || dataset.budget.orgs.filter((o) => o !== '').length > 1) return out.result();
  const index = BudgetIndex.of(dataset.budget);
  for (const project of dataset.budget.projects) {
    const checks = inferOutYears(seriesOf(dataset, index, project), base);
    for (const c of checks) {
      out.compare({
        code: 'pattern-break',
        severity: 'warning',
        at: c.actual.at,
        stated: c.actual.value,
        expected: c.expected,
        project,
        params: { year: String(c.year), row: c.row, rate: `${c.percent}%`, from: placesText(c.from) },
      });
    }
  }
  return out.result();
};

/** The project's printed rows: its 계 row (where the table prints one) and each source's. */
function seriesOf(dataset: Dataset, index: BudgetIndex, project: string): Series[] {
  const declared = new Set((dataset.growth ?? []).filter((g) => g.project === project).map((g) => g.source as string));
  const sources = dataset.budget.sources.names.filter((source) => index.lines(project, { source }).length > 0);
  // A table of one source prints that source's figures again as its 계: a rule declared for either governs both.
  if (sources.length === 1 && (declared.has(sources[0]!) || declared.has('계'))) {
    declared.add(sources[0]!);
    declared.add('계');
  }
  const rows: Series[] = [];
  const totals = new Map<number, SeriesFigure>();
  for (const t of dataset.statedTotals) {
    if (t.project === project && t.kind === 'year-total' && t.year !== undefined) totals.set(t.year, { value: t.figure.value, at: t.figure.at });
  }
  if (totals.size > 0) rows.push({ row: '계', total: true, checked: !declared.has('계'), figures: totals });
  for (const source of sources) {
    const figures = new Map<number, SeriesFigure>();
    for (const l of index.lines(project, { source })) if (l.at) figures.set(l.year, { value: l.amount, at: l.at });
    if (figures.size > 0) rows.push({ row: source, total: false, checked: !declared.has(source), figures });
  }
  return rows;
}

/** `budgets.csv F10, G10, G11`: the file named once when every place is in it. */
function placesText(places: readonly Provenance[]): string {
  const first = places[0];
  if (first && places.every((p) => p.file === first.file && p.sheet === first.sheet)) {
    return describePlace(first) + places.slice(1).map((p) => `, ${p.cell}`).join('');
  }
  return places.map(describePlace).join(', ');
}
