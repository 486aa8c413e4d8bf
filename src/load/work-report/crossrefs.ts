import { cellAddress } from '../../model/provenance.js';
import { labelKey } from '../../parse/normalize.js';
import { isTotalLabel } from '../../parse/total-labels.js';
import { PartTable } from './part-table.js';

/** A group table's year heading: `2022년 일자리창출`. */
const YEAR_HEADING = /^(\d{4})\s*년\s*(.+)$/;

/**
 * Figures the document states twice under one name (crossrefs.csv): the 합계 of a group-target column headed
 * `2022년 일자리창출` and the 2022 목표 of the indicator 일자리창출. Only what the names tie together is
 * compared; a figure is never compared with itself.
 */
export function recogniseCrossrefs(groups: PartTable | undefined, targets: PartTable | undefined): PartTable | undefined {
  if (!groups || !targets) return undefined;
  const part = new PartTable('crossrefs.csv', ['사업', '항목', '위치', '비교위치', '비고']);
  const totalRow = groups.rows.findIndex((r, i) => i > 0 && isTotalLabel(r.cells[0] ?? ''));
  if (totalRow < 0) return undefined;
  groups.rows[0]!.cells.forEach((heading, c) => {
    const m = YEAR_HEADING.exec(heading.trim());
    if (!m) return;
    const target = targets.rows.findIndex((r, i) => i > 0 && labelKey(r.cells[1] ?? '') === labelKey(m[2]!) && r.cells[3] === m[1] && (r.cells[4] ?? '') !== '');
    if (target < 0) return;
    part.add(['', `${m[1]}년 ${m[2]!.trim()} 목표 (대상별 합계)`, `${groups.name}!${cellAddress(totalRow + 1, c + 1)}`, `${targets.name}!${cellAddress(target + 1, 5)}`, '']);
  });
  return part.body > 0 ? part : undefined;
}
