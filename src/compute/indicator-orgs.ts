import type { Indicator } from '../model/achievement.js';
import type { Figure } from '../model/dataset.js';
import { sum } from '../model/money.js';
import type { GroupBy } from './budget-sums.js';

/** Which organisations a report covers, and whether its rows are per organisation or summed across them. */
export interface OrgSelection {
  /** Only these organisations (기관, NFC); every one when absent. */
  orgs?: readonly string[];
  by: GroupBy;
}

/** The organisations the indicators name, in the order they first appear. */
export function indicatorOrgs(indicators: readonly Indicator[]): string[] {
  const seen = new Set<string>();
  for (const i of indicators) if (i.org !== undefined) seen.add(i.org);
  return [...seen];
}

/**
 * The indicator rows a report shows. A dataset whose targets name no organisation is returned as it is.
 * Otherwise the rows of the organisations asked for: by 'org' as the data gives them, by 'project' one row
 * per indicator and year adding up their targets and results exactly (a blank is left out of a sum, never
 * read as 0; a sum of blanks only stays blank), so that the rate is computed once from the sums.
 */
export function selectIndicators(indicators: readonly Indicator[], sel: OrgSelection): Indicator[] {
  if (!indicators.some((i) => i.org !== undefined)) return [...indicators];
  const keep = sel.orgs === undefined ? null : new Set(sel.orgs);
  const kept = keep === null ? [...indicators] : indicators.filter((i) => i.org !== undefined && keep.has(i.org));
  if (sel.by === 'org') return kept;
  // One group per indicator and year, in the order they first appear (the first organisation's order).
  const groups = new Map<string, Indicator[]>();
  for (const i of kept) {
    const key = `${i.id}\u0000${i.year}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()].map(sumRows);
}

/** One row adding up the organisations' rows of one indicator and year. */
function sumRows(rows: Indicator[]): Indicator {
  const first = rows[0]!;
  const bases = [...new Set(rows.map((r) => r.basis).filter((b): b is string => b !== null))];
  return {
    id: first.id,
    name: first.name,
    unit: first.unit,
    year: first.year,
    target: sumFigures(rows.map((r) => r.target)),
    result: sumFigures(rows.map((r) => r.result)),
    // A printed rate belongs to one organisation's row: the sum's rate is computed, never stated.
    statedRate: null,
    // A sum is final only if every part is: the parts' differing bases are all named.
    basis: bases.length > 0 ? bases.join(' / ') : null,
    note: null,
    at: first.at,
    summed: {
      orgs: rows.length,
      withoutTarget: rows.filter((r) => r.target === null).length,
      withoutResult: rows.filter((r) => r.result === null).length,
    },
  };
}

/** The exact sum of the stated figures, placed at the first of them; null when none is stated. */
function sumFigures(figures: (Figure | null)[]): Figure | null {
  const stated = figures.filter((f): f is Figure => f !== null);
  if (stated.length === 0) return null;
  const total = sum(stated.map((f) => f.value));
  return { value: total, raw: total.toFixed(), at: stated[0]!.at };
}
