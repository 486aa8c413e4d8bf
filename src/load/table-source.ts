import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { findingAt, type Finding } from '../model/finding.js';
import { isBlankText, parseCsvBytes } from '../formats/csv.js';
import { decodeToUtf8 } from '../formats/encodings.js';
import { fileKind } from '../formats/file-kind.js';
import { fileProblem, InputError, regularFile } from '../formats/input-error.js';
import { PARTS, type PartName } from './dataset-parts.js';
import type { RawTable } from '../formats/raw-table.js';
import type { LongSheet } from './long-sheet.js';
import type { DocumentPlaces } from '../model/document.js';
import type { PartTable } from './work-report/part-table.js';
import { isWorkDocumentPath } from './work-document.js';

export interface TableSource {
  /** What the user named: folder, workbook or CSV file. */
  path: string;
  part(name: PartName): Promise<RawTable | undefined>;
  /** A printed table named in the manifest: a CSV path relative to the folder, or a sheet name. */
  table(ref: string): Promise<RawTable | undefined>;
  /** When the source is one CSV file or one workbook without dataset sheets: its one table. */
  singleTable(): Promise<RawTable | undefined>;
  /**
   * The budget table's CSV file when it is one, for the byte-level reader that large long-layout files
   * need; undefined for a workbook or when there is no budget file.
   */
  budgetCsv(): { path: string; file: string } | undefined;
  /**
   * A workbook's budget sheet when it is in the long layout, streamed into the budget (load/long-sheet.ts)
   * rather than held as a table: a national sheet has 440,000 rows. Undefined for anything else.
   */
  budgetSheet?(): { bytes: Buffer; sheet: LongSheet } | undefined;
  /** Notes the reading left so far (a workbook's stale formulas), for the load's warnings. */
  warnings?(): Finding[];
  /** The files read so far: what an output must never overwrite (see writeOutput). */
  files(): string[];
  /**
   * A work report read as a dataset (document-source.ts): its name, where each of its tables' cells is in
   * the document (by `sheet!cell`, the sheet being the part's file), and the tables themselves (for `import`).
   */
  document?: DocumentPlaces & { parts: readonly PartTable[] };
}

/** A CSV file as UTF-8 bytes, after the checks every CSV gets: a workbook in disguise, an empty file, the encoding. */
export function readCsvBytes(path: string, shownAs: string): Buffer {
  let raw: Buffer;
  regularFile(path, shownAs);
  try {
    // Synchronous: a dataset is a dozen small files, and sync reads of them beat the async round trips.
    raw = readFileSync(path);
  } catch (e) {
    throw fileProblem(shownAs, e);
  }
  // A workbook saved or renamed as .csv would decode as garbage or as a wall of bad bytes: say what it is.
  const kind = fileKind(raw);
  const refuse = (code: string): InputError => new InputError([findingAt(code, 'error', { file: shownAs }, { file: shownAs })]);
  if (kind === 'zip') throw refuse('csv-is-workbook');
  if (kind === 'hwpx') throw refuse('input-is-hwpx');
  if (kind === 'old-hwp') throw refuse('hwp-old-format');
  if (kind === 'encrypted-workbook') throw refuse('xlsx-encrypted');
  if (kind === 'old-xls') throw refuse('xlsx-old-xls');
  const { bytes } = decodeToUtf8(raw, shownAs);
  // An empty file is never what someone meant to give: refused rather than read as "no rows".
  if (isBlankText(bytes)) throw refuse('empty-file');
  return bytes;
}

export async function readCsvFile(path: string, shownAs: string): Promise<RawTable> {
  return parseCsvBytes(readCsvBytes(path, shownAs), shownAs);
}

export async function openSource(path: string): Promise<TableSource> {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw fileProblem(path, e);
  }
  if (isDir) return folderSource(path);
  regularFile(path, path);
  if (isWorkDocumentPath(path)) return (await import('./document-source.js')).documentSource(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return workbookSource(path);
  const file = basename(path);
  return {
    path,
    part: async () => undefined,
    table: async () => undefined,
    singleTable: async () => readCsvFile(path, file),
    budgetCsv: () => ({ path, file }),
    files: () => [path],
  };
}

function folderSource(dir: string): TableSource {
  const cache = new Map<string, Promise<RawTable | undefined>>();
  const opened = new Set<string>();
  const read = (rel: string): Promise<RawTable | undefined> => {
    let p = cache.get(rel);
    if (!p) {
      opened.add(join(dir, rel));
      p = readCsvFile(join(dir, rel), rel).catch((e: unknown) => {
        if (e instanceof InputError && e.findings[0]?.code === 'file-not-found') return undefined;
        throw e;
      });
      cache.set(rel, p);
    }
    return p;
  };
  const budgetFile = PARTS.budgets.file;
  return {
    path: dir,
    part: (name) => read(PARTS[name].file),
    table: (ref) => read(ref),
    singleTable: async () => undefined,
    budgetCsv: () => {
      const path = join(dir, budgetFile);
      if (!existsSync(path)) return undefined;
      // Checked before the byte reader opens it: a FIFO by that name would block the open itself.
      regularFile(path, budgetFile);
      opened.add(path);
      return { path, file: budgetFile };
    },
    files: () => [...opened],
  };
}

/**
 * A workbook's sheets as tables, each read when first asked for (xlsx.ts). When the budget sheet is in the
 * long layout it is streamed into the budget instead (budgetSheet), and read as a table only if asked for.
 */
async function workbookSource(path: string): Promise<TableSource> {
  const { workbookBytes, WorkbookTables } = await import('../formats/xlsx.js');
  const { findLongSheet } = await import('./long-sheet.js');
  const { openWorkbook } = await import('../formats/xlsx-workbook.js');
  const file = basename(path);
  const bytes = workbookBytes(path, file);
  const tables = new WorkbookTables(await openWorkbook(bytes, file));
  const long = await findLongSheet(tables.workbook);
  const { names } = tables;
  const sheet = async (name: string): Promise<RawTable | undefined> => tables.sheet(name);
  // A workbook with none of the named sheets is read as one budget table, from its first sheet.
  const named = Object.values(PARTS).some((p) => names.includes(p.sheet));
  return {
    path,
    part: (name) => sheet(PARTS[name].sheet),
    table: async (ref) => (await sheet(ref)) ?? (await sheet(sheetForFile(ref, await sheet(PARTS.tables.sheet)))),
    singleTable: async () => (named || names.length === 0 ? undefined : sheet(names[0]!)),
    budgetCsv: () => undefined,
    budgetSheet: () => (long ? { bytes, sheet: long } : undefined),
    warnings: () => tables.warnings,
    files: () => [path],
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
