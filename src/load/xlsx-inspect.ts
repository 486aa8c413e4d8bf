import type { Entry, ZipFile } from 'yauzl';
import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import { fileKind } from './file-kind.js';
import { InputError } from './input-error.js';
import { attr, TokenTooLong, type XmlHandler } from './xml-scan.js';
import { SHARED_STRINGS, SheetMap, WORKBOOK_PART, WORKBOOK_RELS } from './xlsx-parts.js';
import { openZip, readEntries, scanEntry } from './xlsx-zip.js';

/**
 * Bounds for a workbook of a division's tables: hundreds of cells in practice, so these are far above
 * anything real and far below what would hang the tool or exhaust memory inside exceljs (which inflates
 * every part into memory and builds an object per cell).
 */
export const WORKBOOK_LIMITS = {
  fileBytes: 64 * 2 ** 20,
  /** Sum of the parts' uncompressed sizes. */
  totalBytes: 256 * 2 ** 20,
  /** Uncompressed ÷ file size, judged once the parts exceed ratioFloor (XML rarely compresses past 30×). */
  ratio: 100,
  ratioFloor: 16 * 2 ** 20,
  entries: 10_000,
  /** Rows and cells bound what exceljs holds in memory; a sheet streamed by xlsx-long-sheet.ts has no such bound. */
  rows: 100_000,
  cells: 300_000,
  /** The longest single tag or text run the scanner holds. */
  tokenChars: 4 * 2 ** 20,
  /** Findings kept per file (e.g. one per broken shared-string cell); the rest stop the listing. */
  findings: 1_000,
};
export type WorkbookLimits = typeof WORKBOOK_LIMITS;

/** A problem that makes reading the rest pointless (or unsafe). */
class Refused extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
  }
}

export interface InspectOptions {
  /**
   * A sheet's part that is read by the streaming reader (xlsx-long-sheet.ts), which checks its XML as it
   * reads it: its content is not scanned here, nor counted against the row and cell bounds. The directory
   * checks (sizes, ratio, encryption) still cover it.
   */
  streamed?: string;
}

/**
 * Looks at a workbook's bytes before exceljs does, cheaply and in bounded memory: the file kind (zip,
 * encrypted, old .xls), the zip's directory (entry count, declared sizes, compression ratio, encryption),
 * then every XML part streamed through a tokenizer: DOCTYPE/ENTITY anywhere, declared and used row
 * numbers, the number of cells, and shared-string indexes that point past the shared-string table.
 * Throws one InputError holding every problem found.
 */
export async function inspectWorkbook(bytes: Buffer, file: string, limits: WorkbookLimits = WORKBOOK_LIMITS, options: InspectOptions = {}): Promise<void> {
  const refuse = (code: string, params: Record<string, string> = {}): never => {
    throw new InputError([findingAt(code, 'error', { file }, { file, ...params })]);
  };
  if (bytes.length === 0) refuse('empty-file');
  const kind = fileKind(bytes);
  if (kind === 'encrypted-workbook') refuse('xlsx-encrypted');
  if (kind === 'old-xls') refuse('xlsx-old-xls');
  if (kind !== 'zip') refuse('xlsx-not-zip');
  if (bytes.length > limits.fileBytes) refuse('xlsx-too-big', { size: mib(bytes.length), limit: mib(limits.fileBytes) });

  let zip: ZipFile;
  let entries: Entry[];
  try {
    zip = await openZip(bytes);
    entries = await readEntries(zip, limits.entries);
  } catch (e) {
    return refuse('xlsx-corrupt', { reason: (e as Error).message });
  }
  try {
    checkDirectory(entries, bytes.length, file, limits);
    const problems = await scanParts(zip, entries, file, limits, options.streamed);
    if (problems.length > 0) throw new InputError(problems);
  } catch (e) {
    if (e instanceof Refused) throw new InputError([e.finding]);
    throw e;
  } finally {
    zip.close();
  }
}

function checkDirectory(entries: Entry[], fileBytes: number, file: string, limits: WorkbookLimits): void {
  const refuse = (code: string, params: Record<string, string> = {}): never => {
    throw new Refused(findingAt(code, 'error', { file }, { file, ...params }));
  };
  if (entries.some((e) => e.isEncrypted())) refuse('xlsx-encrypted');
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.totalBytes) refuse('xlsx-too-big', { size: mib(total), limit: mib(limits.totalBytes) });
  const ratio = total / Math.max(1, fileBytes);
  if (total > limits.ratioFloor && ratio > limits.ratio) {
    refuse('xlsx-ratio', { size: mib(total), ratio: String(Math.round(ratio)), limit: String(limits.ratio) });
  }
  if (!entries.some((e) => e.fileName === WORKBOOK_PART)) refuse('xlsx-not-workbook');
}

/** Reads the parts that name sheets first, then the shared strings, then the sheets, then the rest. */
async function scanParts(zip: ZipFile, entries: Entry[], file: string, limits: WorkbookLimits, streamed: string | undefined): Promise<Finding[]> {
  const problems: Finding[] = [];
  const byName = new Map(entries.map((e) => [e.fileName, e]));
  const scan = async (entry: Entry | undefined, handler: XmlHandler): Promise<void> => {
    if (!entry) return;
    try {
      await scanEntry(zip, entry, handler, limits.tokenChars);
    } catch (e) {
      if (e instanceof Refused) throw e;
      throw new Refused(partProblem(e, file, entry.fileName, limits));
    }
  };
  const doctype = (part: string) => (name: string): void => {
    if (isDoctype(name)) throw new Refused(findingAt('xlsx-doctype', 'error', { file }, { file, part }));
  };
  const checked = (part: string, handler: XmlHandler): XmlHandler => {
    const check = doctype(part);
    return { tag: (raw, name) => (check(name), handler.tag(raw, name)), text: (t) => handler.text(t) };
  };

  const map = new SheetMap();
  await scan(byName.get(WORKBOOK_PART), checked(WORKBOOK_PART, map.workbook));
  await scan(byName.get(WORKBOOK_RELS), checked(WORKBOOK_RELS, map.rels));
  let sharedCount = 0;
  await scan(byName.get(SHARED_STRINGS), {
    tag: (_raw, name) => {
      doctype(SHARED_STRINGS)(name);
      if (name === 'si') sharedCount++;
    },
    text: () => undefined,
  });

  const sheetParts = new Map(map.sheets((part) => byName.has(part)).map((s) => [s.part, s.name]));
  for (const e of entries) if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.fileName) && !sheetParts.has(e.fileName)) sheetParts.set(e.fileName, e.fileName);
  const counter = { cells: 0 };
  for (const [part, sheet] of sheetParts) {
    if (part === streamed) continue;
    await scan(byName.get(part), sheetHandler({ file, sheet, part, sharedCount, limits, counter, problems, doctype: doctype(part) }));
    if (problems.length >= limits.findings) return problems;
  }

  const done = new Set([WORKBOOK_PART, WORKBOOK_RELS, SHARED_STRINGS, ...sheetParts.keys()]);
  for (const e of entries) {
    if (done.has(e.fileName) || !/\.(xml|rels|vml)$/i.test(e.fileName)) continue;
    const check = doctype(e.fileName);
    await scan(e, { tag: (_raw, name) => check(name), text: () => undefined });
  }
  return problems;
}

interface SheetContext {
  file: string;
  sheet: string;
  part: string;
  sharedCount: number;
  limits: WorkbookLimits;
  counter: { cells: number };
  problems: Finding[];
  doctype: (name: string) => void;
}

/** Row numbers (declared by `<dimension>` and used by `<row r>`), cell count, and shared-string indexes. */
function sheetHandler(ctx: SheetContext): XmlHandler {
  const { file, sheet, limits } = ctx;
  let row = 0;
  let col = 0;
  let type = '';
  let inValue = false;
  let value = '';
  const tooManyRows = (rows: number): never => {
    throw new Refused(findingAt('xlsx-too-many-rows', 'error', { file, sheet }, { file, sheet, rows: String(rows), limit: String(limits.rows) }));
  };
  return {
    tag(raw, name) {
      ctx.doctype(name);
      switch (name) {
        case 'dimension': {
          const last = Number(/(\d+)$/.exec(attr(raw, 'ref') ?? '')?.[1] ?? 0);
          if (last > limits.rows) tooManyRows(last);
          break;
        }
        case 'row': {
          const r = Number(attr(raw, 'r'));
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          col = 0;
          if (row > limits.rows) tooManyRows(row);
          break;
        }
        case 'c': {
          if (++ctx.counter.cells > limits.cells) {
            throw new Refused(findingAt('xlsx-too-many-cells', 'error', { file }, { file, limit: String(limits.cells) }));
          }
          const ref = /^([A-Z]{1,3})(\d+)$/.exec(attr(raw, 'r') ?? '');
          col = ref ? columnNumber(ref[1]!) : col + 1;
          if (ref) row = Number(ref[2]);
          type = attr(raw, 't') ?? '';
          break;
        }
        case 'v':
          inValue = !raw.endsWith('/');
          value = '';
          break;
        case '/v':
          if (inValue && type === 's') checkSharedIndex(ctx, row, col, value.trim());
          inValue = false;
          break;
        default:
          break;
      }
    },
    text(text) {
      if (inValue) value += text;
    },
  };
}

function checkSharedIndex(ctx: SheetContext, row: number, col: number, value: string): void {
  if (/^\d+$/.test(value) && Number(value) < ctx.sharedCount) return;
  if (ctx.problems.length >= ctx.limits.findings) return;
  const where = at(ctx.file, row, col, ctx.sheet);
  ctx.problems.push(findingAt('xlsx-missing-shared-string', 'error', where, { place: describePlace(where), value, count: String(ctx.sharedCount) }));
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A DOCTYPE is how entity-expansion and external-entity attacks start; no Excel part has one. */
export function isDoctype(tagName: string): boolean {
  return /^!(doctype|entity)/i.test(tagName);
}

/** Why reading a part failed, as the one finding that stops the read: too long a token, a size lie, bad deflate. */
export function partProblem(e: unknown, file: string, part: string, limits: WorkbookLimits): Finding {
  const refusal = (code: string, params: Record<string, string>): Finding => findingAt(code, 'error', { file }, { file, ...params });
  if (e instanceof TokenTooLong) return refusal('xlsx-huge-element', { part, limit: mib(limits.tokenChars) });
  if (/too (many|few) bytes/.test((e as Error).message)) return refusal('xlsx-size-mismatch', { part });
  return refusal('xlsx-corrupt', { reason: `${part}: ${(e as Error).message}` });
}

function mib(bytes: number): string {
  // Tenths of a MiB, rounded half-up in integers.
  const tenths = Math.floor((bytes * 10 + 2 ** 19) / 2 ** 20);
  return `${Math.floor(tenths / 10)}.${tenths % 10} MiB`;
}
