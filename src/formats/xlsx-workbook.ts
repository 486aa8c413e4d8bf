import type { Entry, ZipFile } from 'yauzl';
import { findingAt, type Finding } from '../model/finding.js';
import { fileKind } from './file-kind.js';
import { InputError, mib } from './input-error.js';
import { NumberStyles, type SheetFormats } from './xlsx-number-formats.js';
import { readSharedStrings, SHARED_STRINGS, SheetMap, STYLES_PART, WORKBOOK_PART, WORKBOOK_RELS, type SheetPart } from './xlsx-parts.js';
import { DuplicateEntry, openZip, readEntries, scanEntry } from './xlsx-zip.js';
import { TokenTooLong, XmlMalformed, type XmlHandler } from './xml-scan.js';

/**
 * Bounds for a workbook of a division's tables: hundreds of cells in practice, so these are far above
 * anything real and far below what would hang the tool or exhaust memory. A sheet read whole into a text
 * table is bound by rows and cells; a long-layout budget sheet streamed into the budget (load/long-sheet.ts)
 * by Excel's own grid only.
 */
export const WORKBOOK_LIMITS = {
  fileBytes: 64 * 2 ** 20,
  /** Sum of the parts' uncompressed sizes. */
  totalBytes: 256 * 2 ** 20,
  /** Uncompressed ÷ file size, judged once the parts exceed ratioFloor (XML rarely compresses past 30×). */
  ratio: 100,
  ratioFloor: 16 * 2 ** 20,
  entries: 10_000,
  /** Rows and cells of the sheets read whole into text tables. */
  rows: 100_000,
  cells: 300_000,
  /** The longest single tag or text run the scanner holds. */
  tokenChars: 4 * 2 ** 20,
  /** Findings kept per file (e.g. one per broken shared-string cell); the rest stop the listing. */
  findings: 1_000,
};
export type WorkbookLimits = typeof WORKBOOK_LIMITS;

/** A workbook opened and checked: its sheets by name and part, and what every sheet's cells refer to. */
export interface OpenWorkbook {
  file: string;
  bytes: Buffer;
  zip: ZipFile;
  entries: ReadonlyMap<string, Entry>;
  /** In the order Excel shows them. */
  sheets: SheetPart[];
  shared: string[];
  /** How each cell style shows numbers (dates, percentages), and the date system. */
  formats: SheetFormats;
  limits: WorkbookLimits;
}

/** A problem that makes reading the rest pointless (or unsafe). */
class Refused extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
  }
}

/**
 * Opens a workbook from its bytes, cheaply and in bounded memory, refusing what is not a sane workbook:
 * the file kind (zip, encrypted, old .xls), the zip's directory (entry count, one entry per name, declared
 * sizes, compression ratio, encryption), a DOCTYPE/ENTITY in any XML part, and malformed XML in the parts
 * read here (workbook.xml, its relationships, the shared strings, the styles). The sheets themselves are
 * checked as they are read (xlsx-sheet-table.ts, load/long-sheet.ts). Throws one InputError.
 */
export async function openWorkbook(bytes: Buffer, file: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<OpenWorkbook> {
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
  let list: Entry[];
  try {
    zip = await openZip(bytes);
    list = await readEntries(zip, limits.entries);
  } catch (e) {
    if (e instanceof DuplicateEntry) return refuse('xlsx-duplicate-entry', { part: e.part });
    return refuse('xlsx-unopenable');
  }
  const entries = new Map(list.map((e) => [e.fileName, e]));
  try {
    checkDirectory(list, bytes.length, file, limits);
    const map = new SheetMap();
    const styles = new NumberStyles();
    const scan = (part: string, handler: XmlHandler, strict = true): Promise<void> => scanPart(zip, entries.get(part), handler, file, limits, strict);
    await scan(WORKBOOK_PART, { tag: (raw, name) => (map.workbook.tag(raw, name), styles.workbookTag(raw, name)), text: () => undefined });
    await scan(WORKBOOK_RELS, map.rels);
    const sharedEntry = entries.get(SHARED_STRINGS);
    let shared: string[] = [];
    try {
      shared = await readSharedStrings(zip, sharedEntry, doctypeCheck(file, SHARED_STRINGS), limits.tokenChars);
    } catch (e) {
      throw e instanceof Refused ? e : new Refused(partProblem(e, file, SHARED_STRINGS, limits));
    }
    await scan(STYLES_PART, styles.styles);
    const sheets = map.sheets((part) => entries.has(part));
    const read = new Set([WORKBOOK_PART, WORKBOOK_RELS, SHARED_STRINGS, STYLES_PART, ...sheets.map((s) => s.part)]);
    // Every other XML part is only looked at for a DOCTYPE: its content means nothing here.
    for (const e of list) if (!read.has(e.fileName) && /\.(xml|rels|vml)$/i.test(e.fileName)) await scan(e.fileName, { tag: () => undefined, text: () => undefined }, false);
    return { file, bytes, zip, entries, sheets, shared, formats: styles.sheetFormats(), limits };
  } catch (e) {
    if (e instanceof Refused) throw new InputError([e.finding]);
    throw e;
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

/** Streams one part through `handler`, every tag checked for a DOCTYPE first; any failure is the one finding. */
async function scanPart(zip: ZipFile, entry: Entry | undefined, handler: XmlHandler, file: string, limits: WorkbookLimits, strict: boolean): Promise<void> {
  if (!entry) return;
  const check = doctypeCheck(file, entry.fileName);
  try {
    await scanEntry(zip, entry, { tag: (raw, name) => (check(name), handler.tag(raw, name)), text: (t) => handler.text(t) }, limits.tokenChars, strict);
  } catch (e) {
    if (e instanceof Refused) throw e;
    throw new Refused(partProblem(e, file, entry.fileName, limits));
  }
}

function doctypeCheck(file: string, part: string): (name: string) => void {
  return (name) => {
    if (isDoctype(name)) throw new Refused(findingAt('xlsx-doctype', 'error', { file }, { file, part }));
  };
}

/** A DOCTYPE is how entity-expansion and external-entity attacks start; no Excel part has one. */
export function isDoctype(tagName: string): boolean {
  return /^!(doctype|entity)/i.test(tagName);
}

/**
 * Why reading a part failed, as the one finding that stops the read, in the catalog's words: too long a
 * token, a size lie, malformed XML, or a part that cannot be inflated (the library's reason is not shown).
 */
export function partProblem(e: unknown, file: string, part: string, limits: WorkbookLimits): Finding {
  const refusal = (code: string, params: Record<string, string>): Finding => findingAt(code, 'error', { file }, { file, ...params });
  if (e instanceof TokenTooLong) return refusal('xlsx-huge-element', { part, limit: mib(limits.tokenChars) });
  if (e instanceof XmlMalformed) return refusal('xlsx-part-malformed', { part, reason: e.reason });
  if (/too (many|few) bytes/.test((e as Error).message)) return refusal('xlsx-size-mismatch', { part });
  return refusal('xlsx-part-unreadable', { part });
}
