import type { BudgetLines } from '../model/budget-lines.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';

/**
 * The duplicate-key rule of every budget layout: each (organisation, project, source, year) at most once. A
 * second line is an error naming both cells, never a silent sum (the loader then refuses the dataset).
 *
 * A first pass keeps one bit per (source, year) of each (organisation, project) pair — 0.8 MB for the
 * national dataset, where a slot per key took 19 MB, and fresh memory is what costs here — and only says
 * whether any key repeats. Only then does a second pass find each repeat's first line, to name both cells.
 */
export function reportDuplicateLines(lines: BudgetLines, problems: Finding[]): void {
  const years = lines.years();
  const firstYear = years[0] ?? 0;
  const span = years.length === 0 ? 0 : years[years.length - 1]! - firstYear + 1;
  const bits = lines.sources.length * span;
  const pairs = lines.orgs.length * lines.projects.length;
  if (bits <= 32 && pairs <= 16_000_000 && !anyRepeat(lines, firstYear, span, pairs)) return;
  const firstAt = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const slot = (lines.org[i]! * lines.projects.length + lines.project[i]!) * bits + lines.source[i]! * span + (lines.year[i]! - firstYear);
    const prev = firstAt.get(slot);
    if (prev === undefined) {
      firstAt.set(slot, i);
      continue;
    }
    const l = lines.line(i);
    const a = lines.cellOf(prev);
    const b = lines.cellOf(i);
    const first = at(lines.file, a.row, a.column, lines.sheet);
    const here = at(lines.file, b.row, b.column, lines.sheet);
    problems.push(findingAt('duplicate-line', 'error', here, { place: describePlace(here), project: l.project, source: l.source, year: String(l.year), first: first.cell }, { project: l.project }));
  }
}

function anyRepeat(lines: BudgetLines, firstYear: number, span: number, pairs: number): boolean {
  // As few bytes per pair as the (source, year) bits need: 3 sources × 4 years fit in 16.
  const bits = lines.sources.length * span;
  const seen = bits <= 8 ? new Uint8Array(pairs) : bits <= 16 ? new Uint16Array(pairs) : new Uint32Array(pairs);
  const projects = lines.projects.length;
  for (let i = 0; i < lines.length; i++) {
    const pair = lines.org[i]! * projects + lines.project[i]!;
    const bit = (1 << (lines.source[i]! * span + (lines.year[i]! - firstYear))) >>> 0;
    if ((seen[pair]! & bit) !== 0) return true;
    seen[pair] = seen[pair]! | bit;
  }
  return false;
}
