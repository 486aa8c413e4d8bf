import { findingAt } from '../model/finding.js';
import { describePlace } from '../model/provenance.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';
import { parseFormula } from '../parse/table-formula.js';
import { comparePerPart, evaluate } from './table-sum.js';
import { cellRaw, placeIn } from './table-values.js';

/** The identities tables.csv declares for a table (`A2=SUM(B2:H2)`, `E2=C2-D2`), each checked as stated. */
export const tableRules: CheckRule = (dataset) => {
  const out = new Collector();
  for (const table of dataset.tables) {
    for (const rule of table.rules) {
      const f = parseFormula(rule);
      if (typeof f === 'string') {
        out.problem(findingAt('table-rule-syntax', 'error', { file: table.file, sheet: table.sheet }, { table: table.title, rule, near: f }));
        continue;
      }
      const result = evaluate(table, dataset.info.unit, f.target, f.terms);
      if (result === null) continue;
      if ('bad' in result) {
        const at = placeIn(table, result.bad);
        out.problem(findingAt('table-cell-not-number', 'error', at, { place: describePlace(at), value: cellRaw(table, result.bad), table: table.title, rule }, { actual: cellRaw(table, result.bad) }));
        continue;
      }
      comparePerPart(out, 'table-rule', table, f.target, result, { rule });
    }
  }
  return out.result();
};
