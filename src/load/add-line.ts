import type { BudgetLine } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { placeOf } from './cell-place.js';
import type { RawTable } from './raw-table.js';

/**
 * Adds a budget line unless the same (project, source, year) is already there: a second one is an error
 * naming both places, never a silent sum.
 */
export function addLine(lines: BudgetLine[], seen: Map<string, string>, line: BudgetLine, table: RawTable, problems: Finding[]): void {
  const key = `${line.project}\u0000${line.source}\u0000${line.year}`;
  const first = seen.get(key);
  const here = line.at ? placeOf(table, line.at.row, line.at.column) : table.file;
  if (first !== undefined) {
    problems.push(
      findingAt('duplicate-line', 'error', line.at ?? { file: table.file }, { place: here, project: line.project, source: line.source, year: String(line.year), first }, { project: line.project }),
    );
    return;
  }
  seen.set(key, line.at ? line.at.cell : here);
  lines.push(line);
}
