import type { TargetGroup, TargetGroupTable } from '../model/achievement.js';
import { findingAt, type Finding } from '../model/finding.js';
import { labelKey, nameLabel } from '../parse/normalize.js';
import { at } from '../model/provenance.js';
import { COUNT_EXPECTED, readCount } from './count-cells.js';
import { Header } from './header.js';
import { placeOf } from './cell-place.js';
import { cellText, isBlankRow, type RawTable } from './raw-table.js';

/** A target column is headed by its year: `2022년 일자리창출`, `2022년`. */
const YEAR_HEADING = /^(\d{4})\s*년/;

/**
 * A year's target by group: `대상,주요내용,<YYYY년 …>,비고`, one column per year. The row labelled 합계
 * (`합 계` as printed) is the stated total, kept apart from the groups; a blank group target is an error.
 */
export function readTargetGroups(table: RawTable | undefined, problems: Finding[]): TargetGroupTable[] {
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const groupCol = header.find('대상', '구분');
  const years: { year: number; heading: string; column: number }[] = [];
  table.rows[0]!.cells.forEach((cell, i) => {
    const m = YEAR_HEADING.exec(cell.trim());
    if (m) years.push({ year: Number(m[1]), heading: nameLabel(cell), column: i + 1 });
  });
  if (groupCol === undefined || years.length === 0) {
    problems.push(findingAt('missing-column', 'error', { file: table.file, sheet: table.sheet }, { file: table.file, column: groupCol === undefined ? '대상' : 'YYYY년 …' }));
    return [];
  }
  const descCol = header.find('주요내용', '내용');
  const noteCol = header.find('비고');
  const tables: TargetGroupTable[] = years.map((y) => ({ year: y.year, heading: y.heading, groups: [], statedTotal: null }));
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const name = nameLabel(cellText(row, groupCol));
    const isTotal = ['합계', '계', '총계'].includes(labelKey(name));
    years.forEach((y, i) => {
      const fig = readCount(table, row, y.column, problems);
      if (fig === undefined) return;
      const out = tables[i]!;
      if (isTotal) {
        out.statedTotal = fig;
        return;
      }
      if (fig === null) {
        problems.push(findingAt('bad-number', 'error', at(table.file, row.row, y.column, table.sheet), { place: placeOf(table, row.row, y.column), value: '', expected: COUNT_EXPECTED }));
        return;
      }
      const group: TargetGroup = {
        name,
        description: descCol === undefined ? '' : nameLabel(cellText(row, descCol)),
        target: fig,
        note: (noteCol === undefined ? '' : cellText(row, noteCol).trim()) || null,
      };
      out.groups.push(group);
    });
  }
  return tables;
}
