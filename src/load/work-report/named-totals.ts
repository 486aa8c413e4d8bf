import { columnLetter } from '../../model/provenance.js';
import { parseAmount } from '../../parse/number.js';
import { isNamedTotal, isTotalLabel } from '../../parse/total-labels.js';

/**
 * Rules for a total row the table names by what it adds up (`총인원 (현근무자)`): in each column where it
 * states a figure, the figure is the sum of the rows under it, down to the next total or the table's end.
 * A column whose parts hold text (a facility's name) states no such sum and gets no rule; `-` and blank
 * parts add nothing. (계, 합계, 소계, 총계 rows are found by the checks themselves: check/table-totals.ts.)
 */
export function namedTotalRules(rows: readonly (readonly string[])[]): string[] {
  const rules: string[] = [];
  rows.forEach((row, r) => {
    if (r === 0 || !isNamedTotal(row[0] ?? '')) return;
    let end = r + 1;
    while (end < rows.length && !isNamedTotal(rows[end]![0] ?? '') && !isTotalLabel(rows[end]![0] ?? '')) end++;
    if (end === r + 1) return;
    for (let c = 1; c < row.length; c++) {
      const parts = rows.slice(r + 1, end).map((p) => kind(p[c] ?? ''));
      if (kind(row[c] ?? '') !== 'number' || parts.includes('text') || !parts.includes('number')) continue;
      const col = columnLetter(c + 1);
      rules.push(`${col}${r + 1}=SUM(${col}${r + 2}:${col}${end})`);
    }
  });
  return rules;
}

function kind(raw: string): 'number' | 'blank' | 'text' {
  const v = parseAmount(raw, { unit: '원', blank: 'missing' });
  return v.kind === 'value' ? 'number' : v.kind === 'missing' ? 'blank' : 'text';
}
