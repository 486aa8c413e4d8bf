import { parseHeaderMap } from '../parse/header-map.js';
import { MAPPED_CONCEPTS } from '../parse/header-words.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';

/**
 * 열이름 (`column-names.csv`): `열,머리글` rows naming the header that holds a concept in this dataset's
 * tables (`금액,요구액`), as `--header-map` does on the command line. A row that cannot be a pair is an
 * error at its cell; the pairs that can are returned.
 */
export function readColumnNames(table: RawTable | undefined, problems: Finding[]): Map<string, string> {
  const map = new Map<string, string>();
  if (!table || table.rows.length === 0) return map;
  const header = new Header(table, table.rows[0]!, problems);
  const conceptCol = header.find('열');
  const headerCol = header.find('머리글');
  if (conceptCol === undefined || headerCol === undefined) {
    header.reportMissing(problems, { 열: conceptCol, 머리글: headerCol });
    return map;
  }
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const pair = `${cellText(row, conceptCol)}=${cellText(row, headerCol)}`;
    const parsed = parseHeaderMap([...[...map].map(([c, h]) => `${c}=${h}`), pair]);
    if ('map' in parsed) {
      for (const [c, h] of parsed.map) map.set(c, h);
      continue;
    }
    const place = at(table.file, row.row, conceptCol, table.sheet);
    problems.push(findingAt('bad-header-map', 'error', place, { place: describePlace(place), value: pair, variant: parsed.reason, concepts: Object.keys(MAPPED_CONCEPTS).join(', ') }));
  }
  return map;
}
