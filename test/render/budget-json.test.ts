import { describe, expect, it } from 'vitest';
import { buildBudgetReport } from '../../src/compute/budget-report.js';
import { budgetJson } from '../../src/render/budget-json.js';
import { pastSafeIntegers } from '../helpers/factories.js';

import type { Producer } from '../../src/render/json-writer.js';

/** The producer's bytes as text (chunks copied: the writer reuses its buffer). */
function text(json: Producer): string {
  const chunks: Buffer[] = [];
  json((c) => chunks.push(Buffer.from(c)));
  return Buffer.concat(chunks).toString('utf8');
}
const parse = (json: Producer): any => JSON.parse(text(json));

describe('budget JSON', () => {
  it('writes figures past 2^53 원 exactly, from their Decimals', () => {
    // 2022: (2^53 + 3) + 0.001 = 9,007,199,254,740,995.001 천원; 증감 2.001 (see pastSafeIntegers)
    const dataset = pastSafeIntegers('a "quoted" name');
    const j = parse(budgetJson(buildBudgetReport(dataset, 2022)));
    expect([j.projects[0].name, j.total.amount, j.total.change.amount]).toEqual(['a "quoted" name', '9007199254740995.001', '2.001']);
  });

  it('is laid out as JSON.stringify(…, null, 2) lays it out, keys in the documented order', () => {
    const out = text(budgetJson(buildBudgetReport(pastSafeIntegers('사업'), 2022)));
    const j = JSON.parse(out);
    expect(out).toBe(JSON.stringify(j, null, 2) + '\n');
    expect(Object.keys(j)).toEqual(['year', 'unit', 'sources', 'projects', 'total']);
    expect(Object.keys(j.projects[0])).toEqual(['id', 'name', 'amount', 'bySource', 'previous', 'change', 'changeRate', 'cityShare', 'years', 'allYears']);
  });
});
