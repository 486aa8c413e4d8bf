import type { Finding } from '../model/finding.js';
import { wholeFile } from './input-error.js';
import type { RawTable } from './raw-table.js';
import { readSheetTable } from './xlsx-sheet-table.js';
import { openWorkbook, WORKBOOK_LIMITS, type OpenWorkbook, type WorkbookLimits } from './xlsx-workbook.js';

/**
 * The one workbook reader: a workbook's sheets as text tables, rows numbered as Excel shows them, read by
 * streaming each sheet's XML out of the zip (yauzl and our scanner, xlsx-sheet-scan.ts); nothing of a
 * spreadsheet library. A long-layout budget sheet is streamed straight into the budget instead
 * (load/long-sheet.ts), through the same scanner.
 */
export function workbookBytes(path: string, file: string): Buffer {
  return wholeFile(path, file);
}

/** A workbook's sheets read on demand, each once; `warnings` holds the notes of those read so far. */
export class WorkbookTables {
  readonly warnings: Finding[] = [];
  private readonly read = new Map<string, Promise<RawTable>>();
  private readonly cells = { count: 0 };

  constructor(readonly workbook: OpenWorkbook) {}

  get names(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  /** The sheet's table; undefined when the workbook has no sheet by that name. */
  sheet(name: string): Promise<RawTable> | undefined {
    const part = this.workbook.sheets.find((s) => s.name === name);
    if (!part) return undefined;
    let table = this.read.get(name);
    if (!table) {
      table = readSheetTable(this.workbook, part, this.cells).then(({ table: t, warnings }) => {
        this.warnings.push(...warnings);
        return t;
      });
      this.read.set(name, table);
    }
    return table;
  }
}

/** Every sheet of a workbook in memory, in the order Excel shows them. */
export async function readWorkbookBytes(bytes: Buffer, file: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<{ tables: RawTable[]; warnings: Finding[] }> {
  const tables = new WorkbookTables(await openWorkbook(bytes, file, limits));
  const read: RawTable[] = [];
  for (const name of tables.names) read.push(await tables.sheet(name)!);
  return { tables: read, warnings: tables.warnings };
}

export async function readWorkbook(path: string, file: string): Promise<{ tables: RawTable[]; warnings: Finding[] }> {
  return readWorkbookBytes(workbookBytes(path, file), file);
}
