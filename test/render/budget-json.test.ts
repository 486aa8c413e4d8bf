import { describe, expect, it } from 'vitest';
import { buildBudgetReport } from '../../src/compute/budget-report.js';
import { loadDataset } from '../../src/load/dataset.js';
import { D } from '../../src/model/money.js';
import { budgetJsonText } from '../../src/render/budget-json.js';
import { makeDataset } from '../helpers/factories.js';
import { BUNDLED, fixture } from '../helpers/paths.js';

// The JSON is written as text (see budget-json.ts); it must be what JSON.stringify(value, null, 2) lays
// out for the same value, whatever the rows: projects, organisations, none, nulls, the Decimal path.
const canonical = (text: string) => JSON.stringify(JSON.parse(text), null, 2) + '\n';

describe('budget JSON text', () => {
  it('is pretty JSON exactly as JSON.stringify lays it out, for the bundled report and several organisations', async () => {
    const bundled = (await loadDataset(BUNDLED, 'budget')).dataset;
    const orgs = (await loadDataset(fixture('orgs'), 'budget')).dataset;
    const reports = [
      buildBudgetReport(bundled, 2022),
      buildBudgetReport(bundled, 2021), // no year before: previous, change and rates are null
      buildBudgetReport(orgs, 2022, { by: 'org' }),
      buildBudgetReport(orgs, 2022, { orgs: ['서울특별시 금천구'] }),
    ];
    for (const r of reports) {
      const text = budgetJsonText(r);
      expect(text).toBe(canonical(text));
    }
    // 2021 is the bundled data's first year: no 2020 to compare with.
    const first = JSON.parse(budgetJsonText(reports[1]!));
    expect([first.total.previous, first.total.change, first.total.changeRate]).toEqual([null, null, null]);
    expect(Object.keys(JSON.parse(budgetJsonText(reports[2]!)))).toEqual(['year', 'unit', 'sources', 'orgs', 'total']);
  });

  it('writes figures past 2^53 원 exactly, from their Decimals', () => {
    // 9,007,199,254,740,993 천원 = 2^53 + 1 천원; 2022: (2^53 + 3) + 0.001 = 9,007,199,254,740,995.001
    const big = D('9007199254740993');
    const dataset = makeDataset({
      projects: [{ id: '1', name: 'a "quoted" name' }],
      budget: [
        { project: '1', source: '국비', year: 2021, amount: big },
        { project: '1', source: '국비', year: 2022, amount: big.plus(2) },
        { project: '1', source: '시비', year: 2022, amount: D('0.001') },
      ],
    });
    const text = budgetJsonText(buildBudgetReport(dataset, 2022));
    expect(text).toBe(canonical(text));
    const j = JSON.parse(text);
    expect([j.projects[0].name, j.total.amount, j.total.change.amount]).toEqual(['a "quoted" name', '9007199254740995.001', '2.001']);
  });
});
