import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import type { Dataset } from '../../src/model/dataset.js';
import { BUNDLED } from '../helpers/paths.js';
import { writeBundledReport } from '../helpers/report-workbook.js';

const original = (await loadDataset(BUNDLED)).dataset;
const written = (await loadDataset(await writeBundledReport())).dataset;

/** Figures as exact strings: a CSV's `1,588,400` and the workbook's number cell 1588400 are the same figure. */
const budget = (d: Dataset) => d.budget.toArray().map((l) => [l.project, l.source, l.year, l.amount.toFixed()]);
const stated = (d: Dataset) => d.statedTotals.map((s) => [s.project, s.kind, s.source, s.year, s.figure.value.toFixed()]);
const headlines = (d: Dataset) => d.headlines.map((h) => [h.project, h.year, h.figure.value.toFixed(), h.note]);
const components = (d: Dataset) =>
  d.components.map((c) => [c.project, c.level, c.name, c.amount?.value.toFixed(), c.source, [...c.parts].map(([s, f]) => [s, f.value.toFixed()]), c.cityRatio?.value.toFixed(), c.text]);
/** A grid row as a workbook keeps it: plain amounts without thousands separators, no trailing blank cells. */
const cells = (row: string[]): string[] => {
  const out = row.map((c) => (/^\d{1,3}(,\d{3})+$/.test(c) ? c.replace(/,/g, '') : c));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};
const tables = (d: Dataset) => d.tables.map((t) => [t.title, t.project, t.unit, t.asOf, t.rules, t.rows.map(cells)]);
const notes = (d: Dataset) => (d.notes ?? []).map((n) => [n.project, n.place, n.text]);
const growth = (d: Dataset) => (d.growth ?? []).map((g) => [g.project, g.source, g.rate.value.toFixed(), g.rounding, g.method, g.baseYear]);
const indicators = (d: Dataset) => d.indicators.map((i) => [i.id, i.year, i.target?.value.toFixed(), i.result?.value.toFixed(), i.statedRate?.value.toFixed()]);

describe('report: the written workbook loads back with --data as the data it was made from', () => {
  it('the budget: every line and every stated total', () => {
    expect(budget(written)).toEqual(budget(original));
    expect(stated(written)).toEqual(stated(original));
    expect(written.projects).toEqual(original.projects.map((p) => ({ ...p, at: expect.anything() })));
  });

  it('the headlines, components, printed tables (with their projects) and indicators', () => {
    expect(headlines(written)).toEqual(headlines(original));
    expect(components(written)).toEqual(components(original));
    expect(tables(written)).toEqual(tables(original));
    expect(indicators(written)).toEqual(indicators(original));
    expect(written.info).toEqual(original.info);
  });

  it('the printed ※ notes and the growth rules', () => {
    expect(notes(original)).toHaveLength(6);
    expect(notes(written)).toEqual(notes(original));
    expect(growth(written)).toEqual(growth(original));
  });
});
