import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { findingAt } from '../model/finding.js';
import { parseCsv } from './csv.js';
import { decodeText } from './decode-text.js';
import { fileKind } from './file-kind.js';
import { InputError } from './input-error.js';
import type { RawTable } from './raw-table.js';

/**
 * The named tables of a dataset, wherever they live: `budgets.csv` in a folder is the sheet `소요예산`
 * in a workbook. One list, so the folder and workbook forms cannot drift apart.
 */
export const PARTS = {
  info: { file: 'info.csv', sheet: '정보' },
  projects: { file: 'projects.csv', sheet: '사업목록' },
  budgets: { file: 'budgets.csv', sheet: '소요예산' },
  headlines: { file: 'headlines.csv', sheet: '소요예산 제목' },
  components: { file: 'components.csv', sheet: '세부예산' },
  targets: { file: 'targets.csv', sheet: '목표실적' },
  targetGroups: { file: 'target-groups.csv', sheet: '대상별 목표' },
  usage: { file: 'usage.csv', sheet: '이용현황' },
  tables: { file: 'tables.csv', sheet: '표목록' },
  growth: { file: 'growth.csv', sheet: '성장률' },
  crossrefs: { file: 'crossrefs.csv', sheet: '상호참조' },
} as const;
export type PartName = keyof typeof PARTS;

export interface TableSource {
  /** What the user named: folder, workbook or CSV file. */
  path: string;
  part(name: PartName): Promise<RawTable | undefined>;
  /** A printed table named in the manifest: a CSV path relative to the folder, or a sheet name. */
  table(ref: string): Promise<RawTable | undefined>;
  /** Set when the source is a single CSV file: its one table. */
  single?: RawTable;
}

export async function readCsvFile(path: string, shownAs: string): Promise<RawTable> {
  let bytes: Buffer;
  try {
    // Synchronous: a dataset is a dozen small files, and sync reads of them beat the async round trips.
    bytes = readFileSync(path);
  } catch (e) {
    throw fileProblem(shownAs, e);
  }
  // A workbook saved or renamed as .csv would decode as garbage or as a wall of bad bytes: say what it is.
  const kind = fileKind(bytes);
  const refuse = (code: string): InputError => new InputError([findingAt(code, 'error', { file: shownAs }, { file: shownAs })]);
  if (kind === 'zip') throw refuse('csv-is-workbook');
  if (kind === 'encrypted-workbook') throw refuse('xlsx-encrypted');
  if (kind === 'old-xls') throw refuse('xlsx-old-xls');
  const { text } = decodeText(bytes, shownAs);
  // An empty file is never what someone meant to give: refused rather than read as "no rows".
  if (text.trim() === '') throw refuse('empty-file');
  return parseCsv(text, shownAs);
}

export function fileProblem(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError([findingAt('file-not-found', 'error', { file }, { file })]);
  return new InputError([findingAt('unreadable-file', 'error', { file }, { file, reason: code ?? (e as Error).message })]);
}

export async function openSource(path: string): Promise<TableSource> {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw fileProblem(path, e);
  }
  if (isDir) return folderSource(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return workbookSource(path);
  const single = await readCsvFile(path, basename(path));
  return { path, single, part: async () => undefined, table: async () => undefined };
}

function folderSource(dir: string): TableSource {
  const cache = new Map<string, Promise<RawTable | undefined>>();
  const read = (rel: string): Promise<RawTable | undefined> => {
    let p = cache.get(rel);
    if (!p) {
      p = readCsvFile(join(dir, rel), rel).catch((e: unknown) => {
        if (e instanceof InputError && e.findings[0]?.code === 'file-not-found') return undefined;
        throw e;
      });
      cache.set(rel, p);
    }
    return p;
  };
  return { path: dir, part: (name) => read(PARTS[name].file), table: (ref) => read(ref) };
}

async function workbookSource(path: string): Promise<TableSource> {
  const { readWorkbook } = await import('./xlsx.js');
  const sheets = await readWorkbook(path, basename(path));
  const byName = new Map(sheets.map((s) => [s.sheet ?? '', s]));
  const part = async (name: PartName): Promise<RawTable | undefined> => byName.get(PARTS[name].sheet);
  // A workbook with none of the named sheets is read as one budget table, from its first sheet.
  const named = Object.values(PARTS).some((p) => byName.has(p.sheet));
  return {
    path,
    part,
    table: async (ref) => byName.get(ref) ?? byName.get(sheetForFile(ref, byName.get(PARTS.tables.sheet))),
    ...(named || sheets.length === 0 ? {} : { single: sheets[0]! }),
  };
}

/**
 * In a workbook, a place written as a folder dataset's file (`budgets.csv!D17`, `tables/regional-2021.csv!D3`)
 * names the sheet that holds that file's table: a part's sheet, or the title the 표목록 sheet gives the file.
 * So one crossrefs table serves both forms of a dataset.
 */
function sheetForFile(file: string, manifest: RawTable | undefined): string {
  const part = Object.values(PARTS).find((p) => p.file === file);
  if (part) return part.sheet;
  const row = manifest?.rows.find((r) => (r.cells[0] ?? '').trim() === file);
  return (row?.cells[1] ?? '').trim();
}
