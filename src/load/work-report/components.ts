import type { DocumentParagraph } from '../../model/document.js';
import { DISTRICT_SOURCES, type Source } from '../../model/source.js';
import { labelKey } from '../../parse/normalize.js';
import { AMOUNT_UNITS } from '../../parse/number.js';
import { isParagraph, paragraphSpot, plainText } from './blocks.js';
import type { ReportContext } from './context.js';
import { PartTable, type DocumentSpot } from './part-table.js';

/**
 * The sources a work report's text names (`시 44,380`, `(구비)`): a document declares none, so those of a 자치구,
 * the default of every dataset; a part in another source's word is left in 원문 and not read as a part.
 */
const SOURCES = DISTRICT_SOURCES;

/** `- 소요예산 : …`: a component's budget line; what follows the colon is kept as written (원문). */
const COMPONENT = /^-\s*소요\s*예산\s*:\s*(.+)$/;
/** A figure with its unit word, as written: found here, read by the amount grammar (parse/number.ts). */
const FIGURE = String.raw`\d[\d,.]*\s*(?:${AMOUNT_UNITS.join('|')})?`;
/** `63,400천원(시 44,380, 구 19,020)`: the amount as written, then what the parenthesis says. */
const AMOUNT = new RegExp(String.raw`^(${FIGURE})\s*(?:\((.*)\))?$`);
/** One stated part: `시 44,380`, `구60,615천원`, `국고 10,000`; whether the word is a source is SOURCES' to say. */
const PART = new RegExp(String.raw`^(\D+?)\s*(${FIGURE})$`);

/**
 * The `- 소요예산 : …` lines of each project (components.csv): under `□ 사업개요` the project's own summary
 * (총괄, 세부사업 `사업개요`), elsewhere the sub-programme of the ○ heading above it (세부). The parenthesis gives
 * either the parts by source (`시 44,380, 구 19,020`) or the one source of the whole (`구비`, `구 주민참여예산`).
 */
export function recogniseComponents(ctx: ReportContext, year: string): PartTable {
  const part = new PartTable('components.csv', ['사업', '구분', '세부사업', '금액', '재원', ...SOURCES.names, '보조율', '원문', '연도']);
  ctx.doc.blocks.forEach((b, i) => {
    const project = ctx.outline.projectOf(i);
    const m = isParagraph(b) && project ? COMPONENT.exec(plainText(b)) : null;
    if (!m) return;
    const spot = paragraphSpot(b as DocumentParagraph);
    const text = m[1]!.trim();
    const heading = ctx.outline.headingOf(i)?.title ?? '';
    const summary = labelKey(heading) === '사업개요';
    const amount = AMOUNT.exec(text);
    const { source, parts } = amount?.[2] !== undefined ? parenthesis(amount[2]) : { source: undefined, parts: new Map<Source, string>() };
    const cells = [project!.id, summary ? '총괄' : '세부', summary ? '사업개요' : heading, amount ? amount[1]! : '', source ?? '', ...SOURCES.names.map((s) => parts.get(s) ?? ''), '', text, year];
    const spots: (DocumentSpot | undefined)[] = cells.map((c, k) => (k >= 3 && c !== '' ? spot : undefined));
    part.add(cells, spots);
  });
  return part;
}

function parenthesis(inner: string): { source: Source | undefined; parts: Map<Source, string> } {
  const parts = new Map<Source, string>();
  const pieces = inner.split(/,\s*(?=\D)/).map((p) => p.trim());
  for (const piece of pieces) {
    const m = PART.exec(piece);
    const s = m ? SOURCES.named(m[1]!) : undefined;
    if (m && s) parts.set(s, m[2]!);
  }
  if (parts.size > 0) return { source: undefined, parts };
  return { source: SOURCES.named(inner.trim().split(/\s+/)[0] ?? ''), parts };
}
