import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBudgetReport, type BudgetRow } from '../../src/compute/budget-report.js';
import type { Ratio } from '../../src/compute/ratio.js';
import { amountText, type SourceAmounts } from '../../src/compute/source-amounts.js';
import type { BudgetLine } from '../../src/model/dataset.js';
import { DISTRICT_SOURCES } from '../../src/model/source.js';

const SOURCES = DISTRICT_SOURCES.names;
import { D } from '../../src/model/money.js';
import { budgetJson } from '../../src/render/budget-json.js';
import { makeDataset, pastSafeIntegers } from '../helpers/factories.js';

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

  it('writes each row exactly as the report model has it, whatever the figures', () => {
    // The oracle: the documented value built from the report's rows (BudgetRow, Ratio.text), through
    // JSON.stringify; the output goes through JsonWriter's own byte layout and figure digits.
    const amounts = (a: SourceAmounts) => ({ amount: amountText(a), bySource: Object.fromEntries(SOURCES.map((s, k) => [s, amountText(a, k)])) });
    const rate = (r: Ratio | null, places: number) => (r === null ? null : r.text(places));
    const value = (r: BudgetRow, years: number[], named: boolean) => ({
      ...(named ? { id: r.id, name: r.name } : {}),
      ...amounts(r.current),
      previous: r.previous ? amounts(r.previous) : null,
      change: r.change ? amounts(r.change) : null,
      changeRate: r.changeRate ? { amount: rate(r.changeRate.amount, 1), bySource: Object.fromEntries(SOURCES.map((s) => [s, rate(r.changeRate!.bySource[s]!, 1)])) } : null,
      cityShare: rate(r.upperShare, 4),
      years: Object.fromEntries(years.map((y) => [String(y), amounts(r.years.get(y)!)])),
      allYears: amounts(r.allYears),
    });
    const amount = fc.oneof(
      fc.integer({ min: -3_000_000, max: 3_000_000 }),
      fc.constantFrom(0, 1, -1, 999_999_999, 4_503_599_627_370, -4_503_599_627_370),
    );
    const line = fc.record({
      org: fc.constantFrom('가 구', '나 구'),
      project: fc.constantFrom('1', '2', 'P "3"', '사업\\4'),
      source: fc.constantFrom(...SOURCES),
      // 999: a year key is written as String(y) writes it, without a leading zero.
      year: fc.constantFrom(999, 2019, 2021, 2022, 2023),
      units: amount,
      places: fc.constantFrom(0, 0, 1, 3),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom(2021, 2022, 2024), fc.constantFrom('project', 'org') as fc.Arbitrary<'project' | 'org'>, (raw, year, by) => {
        // One line per (org, project, source, year): the loaders refuse a second one.
        const seen = new Set<string>();
        const budget: BudgetLine[] = [];
        for (const l of raw) {
          const key = `${l.org}|${l.project}|${l.source}|${l.year}`;
          if (seen.has(key)) continue;
          seen.add(key);
          budget.push({ org: l.org, project: l.project, source: l.source, year: l.year, amount: D(l.units).div(10 ** l.places) });
        }
        const report = buildBudgetReport(makeDataset({ projects: [{ id: '2', name: '둘째 "사업"' }], budget }), year, { by });
        const expected = { year, unit: report.unit, sources: SOURCES, [by === 'org' ? 'orgs' : 'projects']: report.projects.map((r) => value(r, report.years, true)), total: value(report.total, report.years, false) };
        expect(text(budgetJson(report))).toBe(JSON.stringify(expected, null, 2) + '\n');
      }),
      { numRuns: 300 },
    );
  });
});
