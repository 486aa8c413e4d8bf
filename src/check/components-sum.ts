import type { Decimal } from 'decimal.js';
import type { Component, Source } from '../model/dataset.js';
import { ZERO } from '../model/money.js';
import { BudgetIndex, reportYear } from './budget-index.js';
import { Collector } from './collector.js';
import { findingAt } from '../model/finding.js';
import { describePlace } from '../model/provenance.js';
import type { CheckRule } from './rule.js';

/**
 * A project's component budgets (세부) add up to its column for their year (연도, else the report year), in
 * total and source by source; so does its 사업개요 figure (총괄). The claim checked is the table's figure, at its cell. A group
 * with a component that has no figure yet is checked on its priced components when every unpriced one is
 * marked as such (금액 blank, 원문 saying why: `공모 후 확정`), under its own code whose message names what
 * was left out; an unmarked blank leaves the group unchecked (its sum is unknown), as does a group with
 * nothing priced. Components of a project with no budget line at all have nothing to add up to: one warning per
 * group says so (`components-without-budget`).
 */
export const componentsSum: CheckRule = (dataset) => {
  const out = new Collector();
  const report = reportYear(dataset);
  const index = BudgetIndex.of(dataset.budget);
  const groups = new Map<string, Component[]>();
  for (const c of dataset.components) {
    const key = `${c.project}\u0000${c.level}\u0000${c.year ?? report}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const { project, level } = group[0]!;
    const year = group[0]!.year ?? report;
    if (year === undefined) continue;
    const unpriced = group.filter((c) => c.amount === null);
    const priced = group.filter((c) => c.amount !== null);
    if (!index.has(project)) {
      const at = group[0]!.at;
      out.problem(findingAt('components-without-budget', 'warning', at, { place: describePlace(at), project, year: String(year), level }, { project }));
      continue;
    }
    if (priced.length === 0 || unpriced.some((c) => c.text === '')) continue;
    const partial = unpriced.length > 0 ? { leftOut: unpriced.map((c) => `「${c.name}」(${c.text})`).join(', ') } : undefined;
    const code = partial ? 'components-partial-sum' : 'components-sum';
    const yearTotal = dataset.statedTotals.find((t) => t.kind === 'year-total' && t.project === project && t.year === year);
    const anchor = yearTotal?.figure.at ?? index.lines(project, { year })[0]?.at ?? group[0]!.at;
    const params = { year: String(year), level, row: '계', ...partial };
    out.compare({
      code,
      severity: 'error',
      at: anchor,
      stated: index.total(project, { year }),
      expected: priced.reduce((s, c) => s.plus(c.amount!.value), ZERO),
      project,
      params,
    });
    const bySource = sourceSums(priced);
    if (!bySource) continue;
    for (const source of dataset.budget.sources.names) {
      const lines = index.lines(project, { source, year });
      const parts = bySource.get(source) ?? ZERO;
      if (lines.length === 0 && parts.isZero()) continue;
      out.compare({
        code,
        severity: 'error',
        at: lines[0]?.at ?? anchor,
        stated: index.total(project, { source, year }),
        expected: parts,
        project,
        params: { ...params, row: source },
      });
    }
  }
  return out.result();
};

/** Σ components by source, or undefined when some component's amount has no stated source split. */
function sourceSums(group: readonly Component[]): Map<Source, Decimal> | undefined {
  const sums = new Map<Source, Decimal>();
  const add = (s: Source, v: Decimal): void => void sums.set(s, (sums.get(s) ?? ZERO).plus(v));
  for (const c of group) {
    if (c.source) add(c.source, c.amount!.value);
    else if (c.parts.size > 0) for (const [s, f] of c.parts) add(s, f.value);
    else return undefined;
  }
  return sums;
}
