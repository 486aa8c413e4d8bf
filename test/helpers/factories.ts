import { defaultInfo } from '../../src/load/info.js';
import { BudgetLines } from '../../src/model/budget-lines.js';
import { emptyDataset, type BudgetLine, type Dataset } from '../../src/model/dataset.js';

/**
 * A dataset with nothing in it but what a test sets (taze's createChange style). Budget lines may be
 * given as plain objects; they are stored as the loaders store them.
 */
export function makeDataset(overrides: Omit<Partial<Dataset>, 'budget'> & { budget?: BudgetLine[] | BudgetLines } = {}): Dataset {
  const { budget, ...rest } = overrides;
  const base = emptyDataset('test', defaultInfo());
  return { ...base, ...rest, budget: budget instanceof BudgetLines ? budget : BudgetLines.from(budget ?? []) };
}
