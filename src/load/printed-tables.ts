import { HEADER_WORDS } from '../parse/header-words.js';
import type { PrintedTable } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from './raw-table.js';
import type { TableSource } from './table-source.js';

/**
 * The manifest `파일,제목,단위,기준,규칙,사업` (sheet `표목록`; 사업 = the project number a table belongs to,
 * blank for the division's own tables) and the grids it names. In a workbook the 파일
 * column may name a sheet (or be a CSV path whose table is the sheet titled 제목).
 */
export async function readPrintedTables(manifest: RawTable | undefined, source: TableSource, problems: Finding[]): Promise<PrintedTable[]> {
  if (!manifest || manifest.rows.length === 0) return [];
  const header = new Header(manifest, manifest.rows[0]!, problems);
  const fileCol = header.find('파일', '시트');
  const titleCol = header.find('제목');
  if (fileCol === undefined || titleCol === undefined) {
    problems.push(findingAt('missing-column', 'error', { file: manifest.file, sheet: manifest.sheet }, { file: manifest.file, column: '파일, 제목' }));
    return [];
  }
  const unitCol = header.find('단위');
  const asOfCol = header.find('기준');
  const rulesCol = header.find('규칙');
  const projectCol = header.find(...HEADER_WORDS.projectOfRow);
  const out: PrintedTable[] = [];
  for (const row of manifest.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const ref = cellText(row, fileCol).trim();
    const title = cellText(row, titleCol).trim();
    const grid = (await source.table(ref)) ?? (await source.table(title));
    if (!grid) {
      problems.push(findingAt('file-not-found', 'error', { file: manifest.file, sheet: manifest.sheet }, { file: ref }));
      continue;
    }
    const t: PrintedTable = {
      id: ref,
      title,
      rules: rulesCol !== undefined ? splitRules(cellText(row, rulesCol)) : [],
      file: grid.file,
      rows: toGrid(grid),
    };
    if (grid.sheet !== undefined) t.sheet = grid.sheet;
    const unit = unitCol !== undefined ? cellText(row, unitCol).trim() : '';
    if (unit) t.unit = unit;
    const asOf = asOfCol !== undefined ? cellText(row, asOfCol).trim() : '';
    if (asOf) t.asOf = asOf;
    const project = projectCol !== undefined ? cellText(row, projectCol).trim() : '';
    if (project) t.project = project;
    out.push(t);
  }
  return out;
}

/** Rows placed at their Excel row numbers, so that rule addresses such as B7 point at what the user sees. */
function toGrid(table: RawTable): string[][] {
  const grid: string[][] = [];
  for (const r of table.rows) grid[r.row - 1] = r.cells;
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}

function splitRules(text: string): string[] {
  return text.split(';').map((r) => r.trim()).filter((r) => r !== '');
}
