import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { DocumentPlaces, DocumentSpot } from '../model/document.js';
import type { Located } from '../model/finding.js';

/**
 * A place in a work report as a person finds it: `표 12 (사업 2 금천일자리주식회사 운영 · 2022년 소요예산)
 * 3행 4열 (221행)` for a table's cell (`3행 5열 (221행)` when `tableNamed`: right after another cell of the same
 * table), `215행` for a line of text; HWPX gives `구역 1 문단 45` where the text export gives the line. The same
 * words whichever format the document was read from.
 */
export function spotText(spot: DocumentSpot, lang: Lang, tableNamed = false): string {
  const where =
    spot.line !== undefined
      ? t(lang, 'document.place.line', { line: spot.line })
      : spot.section !== undefined && spot.paragraph !== undefined
        ? t(lang, 'document.place.paragraph', { section: spot.section + 1, paragraph: spot.paragraph })
        : '';
  if (!spot.table || spot.row === undefined || spot.column === undefined) return where;
  if (tableNamed) {
    const cell = t(lang, 'document.place.cell', { row: spot.row, column: spot.column });
    return where === '' ? cell : `${cell} (${where})`;
  }
  const { number, project, heading } = spot.table;
  const caption = [project ? t(lang, 'document.place.project', project) : '', heading ?? ''].filter((x) => x !== '').join(' · ');
  const cell = { number, row: spot.row, column: spot.column };
  const table = caption === '' ? t(lang, 'document.place.table-bare', cell) : t(lang, 'document.place.table', { ...cell, caption });
  return where === '' ? table : `${table} (${where})`;
}

interface Relocatable extends Located {
  params: Record<string, string>;
}

/**
 * Points checks and findings made on the tables recognised in a work report back into the document: each
 * one's place (`sheet!cell` of a recognised table) becomes the document's (`document`, and the text line as
 * `line`), and the places its message names (`업무보고.txt budgets.csv!G10, F9, G9`) read as the document's.
 */
export function relocateToDocument(items: readonly Relocatable[], doc: DocumentPlaces, lang: Lang): void {
  const spotOf = (sheet: string, cell: string) => doc.places.get(`${sheet}!${cell}`);
  const named = new RegExp(`${escape(doc.file)} (\\S+?)!([A-Z]+\\d+)((?:, [A-Z]+\\d+)*)`, 'g');
  const rename = (text: string): string =>
    text.replace(named, (whole, sheet: string, first: string, more: string) => {
      const cells = [first, ...more.split(', ').filter((c) => c !== '')];
      const spots = cells.map((c) => spotOf(sheet, c));
      if (spots.some((s) => s === undefined)) return whole;
      // As `budgets.csv G10, F9` names the file once: a cell of the table just named gives only its row and column.
      return `${doc.file} ${spots.map((s, k) => spotText(s!, lang, k > 0 && s!.table !== undefined && s!.table.number === spots[k - 1]!.table?.number)).join(', ')}`;
    });
  for (const item of items) {
    for (const k of Object.keys(item.params)) item.params[k] = rename(item.params[k]!);
    // `{parts}` of a table-sum and the cells of a `{rule}` name the recognised table's cells (`B3:B4`,
    // `E2=C2-D2`): the document's rows and columns instead, when every one of them is in the document.
    if (item.file === doc.file && item.sheet !== undefined) {
      const sheet = item.sheet;
      for (const k of ['parts', 'rule'] as const) {
        const text = item.params[k];
        if (text === undefined) continue;
        // Kept as written when a cell is not in the document, or when two cells fall on one place of it (a sum the
        // text states in one line): renamed, `B4=SUM(C4:D4)` would read as a cell adding up itself.
        const named = new Map<string, string | undefined>();
        const out = text.replace(/[A-Z]+\d+(?::[A-Z]+\d+)?/g, (range) => {
          if (!named.has(range)) named.set(range, rangeText(range, (cell) => spotOf(sheet, cell), lang));
          return named.get(range) ?? range;
        });
        const places = [...named.values()];
        if (places.every((p) => p !== undefined) && new Set(places).size === places.length) item.params[k] = out;
      }
    }
    // `{first}` names the cell an earlier line of the same table is at (duplicate-line, book-funding-twice).
    const first = item.params.first;
    const own = item.sheet === undefined || item.cell === undefined ? undefined : spotOf(item.sheet, item.cell);
    const earlier = first !== undefined && item.file === doc.file && item.sheet !== undefined ? spotOf(item.sheet, first) : undefined;
    if (earlier) item.params.first = spotText(earlier, lang, earlier.table !== undefined && earlier.table.number === own?.table?.number);
    if (item.file !== doc.file || item.sheet === undefined || item.cell === undefined) continue;
    const spot = spotOf(item.sheet, item.cell);
    if (!spot) continue;
    item.document = spotText(spot, lang);
    delete item.sheet;
    delete item.cell;
    delete item.row;
    delete item.column;
    if (spot.line !== undefined) item.line = spot.line;
    if (spot.row !== undefined && spot.column !== undefined) Object.assign(item, { row: spot.row, column: spot.column });
  }
}

/** `B3:B4` as the document's grid names it: `2–3행 2열`, `3행 2–5열`, or the two corners. */
function rangeText(range: string, spotOf: (cell: string) => DocumentSpot | undefined, lang: Lang): string | undefined {
  const m = /^([A-Z]+\d+)(?::([A-Z]+\d+))?$/.exec(range);
  if (!m) return undefined;
  const [a, b] = [spotOf(m[1]!), spotOf(m[2] ?? m[1]!)];
  if (a?.row === undefined || a.column === undefined || b?.row === undefined || b.column === undefined) return undefined;
  // Two corners on one place of the document (a table made from one line of text): no range there to name.
  if (m[2] !== undefined && a.row === b.row && a.column === b.column) return undefined;
  if (a.row === b.row && a.column === b.column) return t(lang, 'document.place.cell', { row: a.row, column: a.column });
  if (a.column === b.column) return t(lang, 'document.place.rows', { first: a.row, last: b.row, column: a.column });
  if (a.row === b.row) return t(lang, 'document.place.columns', { row: a.row, first: a.column, last: b.column });
  return `${t(lang, 'document.place.cell', { row: a.row, column: a.column })}–${t(lang, 'document.place.cell', { row: b.row, column: b.column })}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
