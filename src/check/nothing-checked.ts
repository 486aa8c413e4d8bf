import type { Dataset } from '../model/dataset.js';
import { NOTHING_CHECKED } from '../model/check.js';
import { findingAt } from '../model/finding.js';
import { Collector } from './collector.js';
import type { CheckOutput } from './rule.js';

/**
 * When no rule found anything to compare, a warning saying so, naming what was read (budget lines, the
 * printed tables by title): "0 checks, everything agrees" is never the answer for data that states no total.
 * A warning, so `validate --strict` fails on it; an empty output otherwise.
 */
export function nothingChecked(dataset: Dataset, checked: CheckOutput): CheckOutput {
  const out = new Collector();
  if (checked.checks.length > 0) return out.result();
  const titles = dataset.tables.map((t) => `「${t.title}」`).join(', ');
  const params = { file: dataset.path, lines: String(dataset.budget.length), tables: String(dataset.tables.length), titles: titles === '' ? '' : ` (${titles})` };
  out.problem(findingAt(NOTHING_CHECKED, 'warning', { file: dataset.path }, params));
  return out.result();
}
