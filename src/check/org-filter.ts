import type { CheckOutput } from './rule.js';

/**
 * `validate --org`: the checks and findings of the organisations asked for. What names no organisation
 * (the division's tables, headlines, totals over every organisation) concerns them all and stays.
 */
export function keepOrgs(out: CheckOutput, orgs: readonly string[]): CheckOutput {
  const keep = new Set(orgs);
  const kept = (x: { org?: string }): boolean => x.org === undefined || keep.has(x.org);
  return { checks: out.checks.filter(kept), findings: out.findings.filter(kept) };
}
