import type { Dataset } from '../model/dataset.js';
import { achievementRates } from './achievement-rates.js';
import { bookBasis } from './book-basis.js';
import { bookChange } from './book-change.js';
import { bookChildrenSum, bookFundingSum } from './book-sums.js';
import { budgetColumnTotals } from './budget-column-totals.js';
import { budgetDivisionTotals } from './budget-division-total.js';
import { budgetRowTotals } from './budget-row-totals.js';
import { componentParts } from './component-parts.js';
import { componentsSum } from './components-sum.js';
import { crossrefs } from './crossrefs.js';
import { dailyAverages } from './daily-averages.js';
import { headlines } from './headlines.js';
import { nothingChecked } from './nothing-checked.js';
import { patternBreaks } from './pattern-breaks.js';
import { projectsWithoutBudget } from './projects-without-budget.js';
import { projections } from './projections.js';
import type { CheckContext, CheckOutput, CheckRule } from './rule.js';
import { splitRule } from './split-rule.js';
import { tableRules } from './table-rules.js';
import { tableTotals } from './table-totals.js';
import { targetGroupTotal } from './target-group-total.js';

/** Every rule `validate` runs, in the order its findings are listed. */
export const RULES: readonly CheckRule[] = [
  budgetRowTotals,
  budgetColumnTotals,
  budgetDivisionTotals,
  headlines,
  componentsSum,
  componentParts,
  splitRule,
  achievementRates,
  targetGroupTotal,
  dailyAverages,
  projections,
  patternBreaks,
  crossrefs,
  tableRules,
  tableTotals,
  projectsWithoutBudget,
  bookChildrenSum,
  bookChange,
  bookFundingSum,
  bookBasis,
];

/** Every finding code the rules can produce: each has a message in the catalog and a fixture in fixtures/invalid/. */
export const CHECK_CODES = [
  'budget-row-total',
  'budget-column-total',
  'budget-division-total',
  'headline-mismatch',
  'components-sum',
  'components-partial-sum',
  'component-parts',
  'split-rule',
  'achievement-rate',
  'rate-without-target',
  'group-total',
  'usage-total',
  'daily-average',
  'projection-differs',
  'pattern-break',
  'crossref-differs',
  'table-rule',
  'table-sum',
  'table-rule-syntax',
  'table-cell-not-number',
  'headline-without-budget',
  'components-without-budget',
  'project-without-budget',
  'book-children-sum',
  'book-change',
  'book-funding-sum',
  'book-basis',
  'nothing-checked',
] as const;

/** Every rule, then, when none of them compared anything, the warning that nothing was checked (nothing-checked.ts). */
export function runChecks(dataset: Dataset, ctx: CheckContext, rules: readonly CheckRule[] = RULES): CheckOutput {
  const out: CheckOutput = { checks: [], findings: [] };
  for (const rule of rules) {
    const r = rule(dataset, ctx);
    out.checks.push(...r.checks);
    out.findings.push(...r.findings);
  }
  const none = nothingChecked(dataset, out);
  out.checks.push(...none.checks);
  out.findings.push(...none.findings);
  return out;
}
