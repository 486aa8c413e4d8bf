import { basename, extname } from 'node:path';
import { emptyDataset, type Dataset } from '../model/dataset.js';
import type { Finding } from '../model/finding.js';
import { defaultInfo } from './info.js';
import { InputError } from './input-error.js';
import { readPrintedTables } from './printed-tables.js';
import type { RawTable } from './raw-table.js';
import { readCsvFile, type TableSource } from './table-source.js';

/**
 * A workbook (or CSV) that is not a dataset — no named sheets, no budget layout — read as plain tables,
 * one per sheet, with no declared rules: `validate` then finds their 합계/계/소계/총계 lines by itself.
 */
export async function loadLooseTables(path: string): Promise<{ dataset: Dataset; warnings: Finding[] }> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const { tables: sheets, warnings } = ext === '.xlsx' || ext === '.xlsm' ? await (await import('./xlsx.js')).readWorkbook(path, file) : { tables: [await readCsvFile(path, file)], warnings: [] };
  const byName = new Map(sheets.map((s) => [s.sheet ?? s.file, s]));
  // A manifest naming every sheet, so that the tables are read exactly as tables.csv would have them read.
  const manifest: RawTable = { file, rows: [{ row: 1, cells: ['파일', '제목'] }, ...[...byName.keys()].map((name, i) => ({ row: i + 2, cells: [name, name] }))] };
  const source: TableSource = { path, part: async () => undefined, table: async (ref) => byName.get(ref), singleTable: async () => undefined, budgetCsv: () => undefined, files: () => [path] };
  const problems: Finding[] = [];
  const tables = await readPrintedTables(manifest, source, problems);
  if (problems.length > 0) throw new InputError(problems);
  return { dataset: { ...emptyDataset(path, defaultInfo()), tables }, warnings };
}

/** The load failed because the file holds no budget table of a known layout (and nothing else named). */
export function isUnknownLayout(e: unknown): boolean {
  return e instanceof InputError && e.findings.some((f) => f.code === 'unknown-layout');
}
