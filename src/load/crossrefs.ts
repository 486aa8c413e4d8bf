import { HEADER_WORDS } from '../parse/header-words.js';
import type { Figure } from '../model/dataset.js';
import type { CrossReference } from '../model/declared.js';
import { findingAt, type Finding } from '../model/finding.js';
import type { Unit } from '../model/money.js';
import { at, describePlace } from '../model/provenance.js';
import { parseCellAddress } from '../parse/cell-address.js';
import { PAIR_PART, parsePair } from '../parse/pair.js';
import { readAmount } from './cells.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawRow, type RawTable } from '../formats/raw-table.js';
import type { TableSource } from './table-source.js';

const PLACE = /^(.+)!\s*([A-Za-z]{1,3}[1-9]\d*)$/;

/**
 * Optional cross-references: `사업,항목,위치,비교위치,비고` (crossrefs.csv, or the sheet 상호참조). A place is
 * `file!cell` in a folder (`tables/regional-2021.csv!D3`, `budgets.csv!D17`) or `sheet!cell` in a workbook,
 * cells as Excel names them. Each place must hold a number: a reference to nothing is an input error.
 */
export async function readCrossrefs(source: TableSource, unit: Unit, problems: Finding[]): Promise<CrossReference[]> {
  const table = await source.part('crossrefs');
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const placeCol = header.find('위치');
  const otherCol = header.find('비교위치', '대조위치');
  if (placeCol === undefined || otherCol === undefined) {
    header.reportMissing(problems, { 위치: placeCol, 비교위치: otherCol });
    return [];
  }
  const projectCol = header.find(...HEADER_WORDS.projectOfRow);
  const labelCol = header.find('항목');
  const noteCol = header.find('비고');
  const out: CrossReference[] = [];
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const place = await resolve(source, table, row, placeCol, unit, problems);
    const other = await resolve(source, table, row, otherCol, unit, problems);
    if (!place || !other) continue;
    if (place.length !== other.length) {
      const single = place.length === 1 ? place[0]! : other[0]!;
      problems.push(findingAt('bad-number', 'error', single.at, { place: describePlace(single.at), value: single.raw, expected: 'expect.pair' }, { actual: single.raw }));
      continue;
    }
    const project = projectCol !== undefined ? cellText(row, projectCol).trim() : '';
    const note = noteCol !== undefined ? cellText(row, noteCol).trim() : '';
    place.forEach((fig, i) => {
      const ref: CrossReference = { label: labelCol !== undefined ? cellText(row, labelCol).trim() : '', place: fig, other: other[i]! };
      if (place.length > 1) ref.part = PAIR_PART[i]!;
      if (project) ref.project = project;
      if (note) ref.note = note;
      out.push(ref);
    });
  }
  return out;
}

/**
 * The figure a place names (two for a pair such as `12(12)`, 정원(현원), compared part by part), or
 * undefined after recording why it cannot be used.
 */
async function resolve(source: TableSource, table: RawTable, row: RawRow, column: number, unit: Unit, problems: Finding[]): Promise<Figure[] | undefined> {
  const text = cellText(row, column).trim();
  const where = at(table.file, row.row, column, table.sheet);
  const m = PLACE.exec(text);
  if (!m) {
    problems.push(findingAt('bad-place', 'error', where, { place: `${table.file} ${where.cell}`, value: text }, { actual: text }));
    return undefined;
  }
  const target = await source.table(m[1]!.trim());
  if (!target) {
    problems.push(findingAt('file-not-found', 'error', where, { file: m[1]!.trim() }));
    return undefined;
  }
  const { row: rowNo, column: col } = parseCellAddress(m[2]!)!;
  const targetRow = target.rows.find((r) => r.row === rowNo) ?? { row: rowNo, cells: [] };
  const raw = cellText(targetRow, col);
  const pair = parsePair(raw, unit);
  if (pair) return pair.map((value) => ({ value, raw, at: at(target.file, rowNo, col, target.sheet) }));
  const fig = readAmount(target, targetRow, col, { unit, blank: 'missing' }, problems);
  if (fig === null) {
    problems.push(findingAt('missing-value', 'error', at(target.file, rowNo, col, target.sheet), { place: text, what: '상호참조' }));
    return undefined;
  }
  return fig === undefined ? undefined : [fig];
}
