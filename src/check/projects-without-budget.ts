import { findingAt } from '../model/finding.js';
import { describePlace } from '../model/provenance.js';
import { BudgetIndex } from './budget-index.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/**
 * A project in the catalogue (사업목록) with no budget line: nothing of it can be checked, and a report would
 * show it without figures. A warning at its row of the catalogue, not an error: a project may be catalogued
 * before it is funded, but the user should hear that its budget is missing rather than see nothing.
 */
export const projectsWithoutBudget: CheckRule = (dataset) => {
  const out = new Collector();
  const index = BudgetIndex.of(dataset.budget);
  for (const p of dataset.projects) {
    if (p.at === undefined || index.has(p.id)) continue;
    out.problem(findingAt('project-without-budget', 'warning', p.at, { place: describePlace(p.at), project: p.id, name: p.name }, { project: p.id }));
  }
  return out.result();
};
