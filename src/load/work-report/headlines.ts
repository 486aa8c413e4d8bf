import type { DocumentParagraph } from '../../model/document.js';
import { isParagraph, paragraphSpot, plainText } from './blocks.js';
import type { ReportContext } from './context.js';
import { PartTable } from './part-table.js';

/** `□ 2022년 소요예산 : 1,558,400천원 (2021년 수준)`: the year, the figure as written, what follows it. */
const HEADLINE = /^□\s*(\d{4})\s*년\s*소요\s*예산\s*:\s*(\S+)\s*(.*)$/;

/**
 * Each project's `□ 2022년 소요예산 : N천원` line (headlines.csv: `사업,연도,소요예산,비고`). Only □ lines
 * inside a project count: a `※ 전부서 … 소요예산` note speaks of every department, not of the project.
 */
export function recogniseHeadlines(ctx: ReportContext): PartTable {
  const part = new PartTable('headlines.csv', ['사업', '연도', '소요예산', '비고']);
  ctx.doc.blocks.forEach((b, i) => {
    const project = ctx.outline.projectOf(i);
    const m = isParagraph(b) && project ? HEADLINE.exec(plainText(b)) : null;
    if (!m) return;
    const spot = paragraphSpot(b as DocumentParagraph);
    part.add([project!.id, m[1]!, m[2]!, m[3]!.trim()], [undefined, spot, spot, spot]);
  });
  return part;
}

/** The year the headlines speak of (the report's budget year): the one most of them name. */
export function headlineYear(headlines: PartTable): string | undefined {
  const counts = new Map<string, number>();
  for (const r of headlines.rows.slice(1)) counts.set(r.cells[1]!, (counts.get(r.cells[1]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
