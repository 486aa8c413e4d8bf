import type { DocumentTable } from '../../model/document.js';
import { isParagraph, paragraphSpot, plainText } from './blocks.js';
import type { ReportContext } from './context.js';
import type { PartTable } from './part-table.js';
import { statedTable, type StatedRow } from './stated-rows.js';
import { statementAbove } from './plain-tables.js';

/** A figure with its unit word: `8명`, `590,000천원`, `15개소`; the unit may be absent. */
const FIGURE = String.raw`(\d[\d,]*)\s*([가-힣]{0,3})`;
/**
 * `- 근무인원 : 8명(주식회사 계약직 1, 시니어근로자 4, …)`: a stated total, then its parts in the parenthesis;
 * a yearly total may say so (`연34명`).
 */
const STATED = new RegExp(String.raw`^-\s*([^:]+?)\s*:\s*(?:연\s*)?${FIGURE}\s*\((.+)\)\s*$`);
/** `상·하반기 각 17명`: the same figure for each of the parts the `·` names (상반기 17, 하반기 17). */
const EACH = new RegExp(String.raw`^([^\s·]+(?:·[^\s·]+)+)\s*각\s*${FIGURE}$`);
/** `4명 - 무기계약직 3 - 서울시민 안심일자리 (일반) 1`: a cell stating a total, then its parts as a list. */
const LISTED = new RegExp(String.raw`^${FIGURE}\s+-\s+(.+)$`);
/** One named part ending in its figure: `시니어근로자 4`, `보조금 300,000천원`. */
const PART = new RegExp(String.raw`^(\D.*?)\s*${FIGURE}$`);

/** A count a line ends in: `- 대 상 : 구청 및 유관기관에서 관리하는 공공시설물 15개소`. */
const COUNT_ENDING = /^(?:[-□○]\s*)?([^:]+?)\s*:.*?(\d[\d,]*)\s*([가-힣]{1,3})$/;
/** A heading that carries its own count: `시설관리공단(5)`, `치수과 (1)`. */
const HEADING_COUNT = /\(\s*(\d[\d,]*)\s*\)$/;


/**
 * Sums the running text states with their parts (본문에 적힌 합계): `- 사업비 : 590,000천원(구출자금 290,000천원+
 * 보조금 300,000천원)`, `- 사업대상 : 연34명(상·하반기 각 17명)` (34 = 17 + 17) and a cell `4명 - 무기계약직 3 - …`, each a row of tables/text-sums.csv with the rule 계 =
 * Σ parts; and a count stated right above a table whose headings each carry theirs (`… 공공시설물 15개소` over
 * `시설관리공단(5) | 문화재단(5) | 치수과 (1) | …`). A part list counts only when every part is named and ends in a figure of the total's unit (or none):
 * `(22개 부서 / 100개 사업)` states no sum. A `- 소요예산 : …` line is a component, read by components.ts.
 */
export function recogniseTextSums(ctx: ReportContext): { manifest: string[]; table: PartTable } | undefined {
  const sums: StatedRow[] = [];
  ctx.doc.blocks.forEach((b, i) => {
    if (isParagraph(b)) {
      const text = plainText(b);
      const m = STATED.exec(text);
      if (!m || /소요\s*예산/.test(m[1]!)) return;
      // Parts are split at `+` or at a comma that is no thousands separator (`290,000`).
      const parts = eachPart(m[4]!, m[3]!) ?? namedParts(m[4]!.split(/\s*\+\s*|,\s*(?=\D)/), m[3]!);
      if (parts) sums.push({ label: m[1]!.trim(), total: m[2]!, parts, text: text.replace(/^-\s*/, ''), spot: paragraphSpot(b) });
      return;
    }
    const counted = headingCounts(ctx, i, b);
    if (counted) sums.push(counted);
    b.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const m = LISTED.exec(cell.trim());
        const parts = m ? namedParts(m[3]!.split(/\s+-\s+/), m[2]!) : undefined;
        if (m && parts) sums.push({ label: (row[0] ?? '').trim() || `표 ${b.number}`, total: m[1]!, parts, text: cell, spot: ctx.cell(i, r, c) });
      }),
    );
  });
  return statedTable('tables/text-sums.csv', '본문에 적힌 합계', { total: '계', part: '내역', rule: 'SUM' }, sums);
}

/** The count stated right above the table at block `index` and the counts its headings carry, if every heading but the first carries one. */
function headingCounts(ctx: ReportContext, index: number, t: DocumentTable): StatedRow | undefined {
  const above = statementAbove(ctx, index);
  const text = above ? plainText(above.paragraph) : '';
  const m = COUNT_ENDING.exec(text);
  const columns = (t.cells[0] ?? []).map((h, c) => ({ h: h.trim(), c })).filter((x) => x.c > 0 && x.h !== '');
  const counts = columns.map((x) => HEADING_COUNT.exec(x.h)?.[1]);
  if (!m || columns.length < 2 || counts.some((n) => n === undefined)) return undefined;
  return {
    label: m[1]!.trim(),
    total: m[2]!,
    parts: counts as string[],
    text: `${text.replace(/^-\s*/, '')} — ${columns.map((x) => x.h).join(', ')}`,
    spot: paragraphSpot(above!.paragraph),
    partSpots: columns.map((x) => ctx.cell(index, 0, x.c)),
  };
}

/** `상·하반기 각 17명` as its parts' figures (17, 17) when the unit is the total's (or none); undefined otherwise. */
function eachPart(text: string, unit: string): string[] | undefined {
  const m = EACH.exec(text.trim());
  if (!m || (m[3] !== '' && m[3] !== unit)) return undefined;
  return m[1]!.split('·').map(() => m[2]!);
}

/** The figures of parts that are each named and end in a figure of `unit` (or none); undefined otherwise. */
function namedParts(pieces: string[], unit: string): string[] | undefined {
  if (pieces.length < 2) return undefined;
  const out: string[] = [];
  for (const piece of pieces) {
    const m = PART.exec(piece.trim());
    if (!m || (m[3] !== '' && m[3] !== unit)) return undefined;
    out.push(m[2]!);
  }
  return out;
}
