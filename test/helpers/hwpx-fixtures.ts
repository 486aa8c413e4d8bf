import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportFromText } from '../../src/formats/report-text.js';
import type { CellSpan, DocumentBlock, WorkDocument } from '../../src/model/document.js';
import { writeHwpx } from './hwpx-writer.js';

/** fixtures/documents/, where the text fixtures are read from and the HWPX fixtures written to. */
const DOCUMENTS = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));

/**
 * The HWPX documents under fixtures/documents/, as documents: written by writeHwpx (hwpx-writer.ts), rebuilt
 * by `node scripts/build-fixture-hwpx.mjs`, and checked against the committed files by
 * test/formats/hwpx-fixtures.test.ts so that the two cannot drift. Their figures are worked by hand and add
 * up (a checker must find nothing wrong in them); the report's words and layout follow the seed's.
 */

/** A block as written, before the reader numbers and places it. */
export type BlockSpec = { kind: 'paragraph'; text: string } | { kind: 'table'; cells: string[][]; spans: CellSpan[] };

/** The document whose blocks are `specs`, each in its own top-level paragraph of section 0 as writeHwpx lays it out (paragraph i + 1). */
export function documentOf(file: string, specs: readonly BlockSpec[]): WorkDocument {
  let tables = 0;
  return {
    file,
    format: 'hwpx',
    blocks: specs.map((b, i): DocumentBlock => {
      const place = { section: 0, paragraph: i + 1 };
      return b.kind === 'paragraph' ? { ...b, place } : { ...b, number: ++tables, place };
    }),
  };
}

const paragraph = (text: string): BlockSpec => ({ kind: 'paragraph', text });
/** A merged cell at (row, column), 0-based, over rowSpan rows and colSpan columns. */
const merged = (row: number, column: number, rowSpan: number, colSpan: number): CellSpan => ({ row, column, rowSpan, colSpan });
/** A table from its rows as the text export writes them: cells apart by tabs, a merged cell's other places empty. */
const table = (rows: string[], spans: CellSpan[] = []): BlockSpec => ({ kind: 'table', cells: rows.map((r) => r.split('\t')), spans });

/**
 * A project's page of a work report: 사업개요, the headline `□ 2022년 소요예산 : 5,600천원`, its components
 * (시 3,920 + 구 1,680 = 5,600), the `(단위 : 천원)` line and the multi-year budget table with the seed's
 * merged header (재원별 and 합계 over two rows, 연차별 소요자원 over the four years): 시비 3,500 + 3,920 × 3 =
 * 15,260, 구비 1,500 + 1,680 × 3 = 6,540, 계 5,000 + 5,600 × 3 = 21,800 = 15,260 + 6,540. Then targets and
 * results by group with a 합계 row (20 + 15 = 35, 22 + 14 = 36).
 */
export const WORK_REPORT = documentOf('work-report.hwpx', [
  paragraph('1. 청년 일자리 지원'),
  paragraph('□ 사업개요'),
  paragraph('- 사업기간 : 2022. 1.~12.'),
  paragraph('- 사업대상 : 금천구 청년 구직자'),
  paragraph('- 소요예산 : 5,600천원(시 3,920, 구 1,680)'),
  paragraph('□ 2022년 소요예산 : 5,600천원'),
  paragraph('(단위 : 천원)'),
  table(
    [
      '재원별\t합계\t연차별 소요자원\t\t\t',
      '\t\t2021년\t2022년\t2023년\t2024년',
      '계\t21,800\t5,000\t5,600\t5,600\t5,600',
      '시비\t15,260\t3,500\t3,920\t3,920\t3,920',
      '구비\t6,540\t1,500\t1,680\t1,680\t1,680',
    ],
    [merged(0, 0, 2, 1), merged(0, 1, 2, 1), merged(0, 2, 1, 4)],
  ),
  paragraph('□ 목표 및 실적'),
  paragraph('(단위 : 명)'),
  table([
    '구 분\t목표\t실적',
    '청년\t20\t22',
    '중장년\t15\t14',
    '합계\t35\t36',
  ]),
  paragraph('※ 실적은 2022. 12. 31. 기준'),
]);

/**
 * Merged cells of every shape and cells of several lines: a corner cell over two rows and two columns (as
 * 한글's own SimpleTable sample has), a row label over three rows, a column header over two columns, and a
 * cell whose text is two paragraphs (the text export would show it on one line with its parts apart).
 */
export const MERGED_CELLS = documentOf('merged-cells.hwpx', [
  paragraph('□ 월별 이용 현황'),
  paragraph('(단위 : 명)'),
  table(
    [
      '구분\t\t상반기\t\t하반기\t',
      '\t\t1분기\t2분기\t3분기\t4분기',
      '이용자\t청년\t120\t130\t140\t150',
      '\t중장년\t80\t90\t100\t110',
      '\t계\t200\t220\t240\t260',
      '비고\t상담 포함\n(방문·전화)\t\t\t\t',
    ],
    [merged(0, 0, 2, 2), merged(0, 2, 1, 2), merged(0, 4, 1, 2), merged(2, 0, 3, 1), merged(5, 1, 1, 5)],
  ),
]);

/** A cell as 한글 keeps it: each list item (`◦ …`, `· …`, `- …`) a paragraph of its own, where the text export prints them on one line. */
const cellParagraphs = (cell: string): string => cell.split(/\s+(?=[◦·-]\s)/).join('\n');

/**
 * The HWPX document 한글 would save for a text fixture of fixtures/documents/: the same blocks in the same
 * order, each table cell's list items in paragraphs of their own (read back '\n'-joined). The text export
 * cannot say which cells were merged, so the tables have no spans: the grids are the text's.
 */
export function hwpxOfText(textFile: string): WorkDocument {
  return asHwpx(reportFromText(readFileSync(`${DOCUMENTS}${textFile}`, 'utf8'), textFile), textFile.replace(/\.txt$/, '.hwpx'));
}

/** A document read from a text export as the HWPX document `file` with the same content (see hwpxOfText). */
export function asHwpx(text: WorkDocument, file: string): WorkDocument {
  return documentOf(
    file,
    text.blocks.map((b): BlockSpec => (b.kind === 'paragraph' ? paragraph(b.text) : { kind: 'table', cells: b.cells.map((r) => r.map(cellParagraphs)), spans: [] })),
  );
}

/** The text fixtures that have an HWPX twin under fixtures/documents/ (test/commands/validate-hwpx.test.ts). */
export const TEXT_FIXTURES: readonly string[] = ['two-projects.txt', 'stated-figures.txt'];

export const FIXTURE_DOCUMENTS: readonly WorkDocument[] = [WORK_REPORT, MERGED_CELLS, ...TEXT_FIXTURES.map(hwpxOfText)];

/** Every fixture's bytes by file name. */
export async function buildFixtures(): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const doc of FIXTURE_DOCUMENTS) out.set(doc.file, await writeHwpx(doc));
  return out;
}
