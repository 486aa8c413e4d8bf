import { defaultInfo } from '../../src/load/info.js';
import { BudgetLines } from '../../src/model/budget-lines.js';
import { emptyDataset, type BudgetLine, type Dataset, type DatasetInfo } from '../../src/model/dataset.js';
import { D } from '../../src/model/money.js';

/**
 * A dataset with nothing in it but what a test sets (taze's createChange style). Budget lines may be
 * given as plain objects; they are stored as the loaders store them.
 */
export function makeDataset(
  overrides: Omit<Partial<Dataset>, 'budget' | 'info'> & { budget?: BudgetLine[] | BudgetLines; info?: Omit<DatasetInfo, 'sources'> & Partial<Pick<DatasetInfo, 'sources'>> } = {},
): Dataset {
  const { budget, info, ...rest } = overrides;
  const base = emptyDataset('test', defaultInfo());
  const full: DatasetInfo = { ...base.info, ...info };
  return { ...base, ...rest, info: full, budget: budget instanceof BudgetLines ? budget : BudgetLines.from(budget ?? [], 1000, '', undefined, full.sources) };
}

/**
 * One project with amounts far past 2^53 원, which take the Decimal path everywhere: 9,007,199,254,740,993
 * 천원 (2^53 + 1 천원) of 국비 in 2021, 2^53 + 3 천원 in 2022, and 0.001 천원 of 시비 in 2022.
 */
export function pastSafeIntegers(name = 'a'): Dataset {
  const big = D('9007199254740993');
  return makeDataset({
    projects: [{ id: '1', name }],
    budget: [
      { project: '1', source: '국비', year: 2021, amount: big },
      { project: '1', source: '국비', year: 2022, amount: big.plus(2) },
      { project: '1', source: '시비', year: 2022, amount: D('0.001') },
    ],
  });
}
