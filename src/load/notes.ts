import { HEADER_WORDS } from '../parse/header-words.js';
import type { PrintedNote } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { placeOf } from './cell-place.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';

/**
 * Printed `※` notes: `사업,위치,내용` (notes.csv, or the sheet 주석). 사업 blank for the division's own
 * pages; 위치 says where the note is printed; 내용 is the note as printed. Optional: absent, no notes.
 */
export function readNotes(table: RawTable | undefined, problems: Finding[]): PrintedNote[] {
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const textCol = header.find('내용', '주석');
  if (textCol === undefined) {
    header.reportMissing(problems, { 내용: textCol });
    return [];
  }
  const projectCol = header.find(...HEADER_WORDS.projectOfRow);
  const placeCol = header.find('위치');
  const out: PrintedNote[] = [];
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const text = cellText(row, textCol).trim();
    if (text === '') {
      problems.push(findingAt('missing-value', 'error', at(table.file, row.row, textCol, table.sheet), { place: placeOf(table, row.row, textCol), what: '내용' }));
      continue;
    }
    const project = projectCol === undefined ? '' : cellText(row, projectCol).trim();
    out.push({ ...(project !== '' ? { project } : {}), place: placeCol === undefined ? '' : cellText(row, placeCol).trim(), text, at: at(table.file, row.row, textCol, table.sheet) });
  }
  return out;
}
