import type { Entry, ZipFile } from 'yauzl';
import { findingAt } from '../model/finding.js';
import { InputError } from './input-error.js';
import { NumberStyles, type SheetFormats } from './xlsx-number-formats.js';
import { readSharedStrings, SHARED_STRINGS, SheetMap, STYLES_PART, WORKBOOK_PART, WORKBOOK_RELS, type SheetPart } from './xlsx-parts.js';
import type { XmlHandler } from './xml-scan.js';
import { checkOtherParts, doctypeCheck, openPackage, PACKAGE_LIMITS, partProblem, Refused, refuseKind, scanPart } from './zip-package.js';

/**
 * Bounds for a workbook of a division's tables: the package's (zip-package.ts), and for a sheet read whole
 * into a text table, rows and cells; a long-layout budget sheet streamed into the budget
 * (load/long-sheet.ts) is bound by Excel's own grid only.
 */
export const WORKBOOK_LIMITS = {
  ...PACKAGE_LIMITS,
  /** Rows and cells of the sheets read whole into text tables. */
  rows: 100_000,
  cells: 300_000,
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

/**
 * Opens a workbook from its bytes, cheaply and in bounded memory, refusing what is not a sane workbook:
 * the file kind (zip, encrypted, old .xls, a 한글 document), the zip's directory (zip-package.ts: entry
 * count, one entry per name, declared sizes, compression ratio, encryption), a DOCTYPE/ENTITY in any XML
 * part, and malformed XML in the parts read here (workbook.xml, its relationships, the shared strings, the
 * styles). The sheets themselves are checked as they are read (xlsx-sheet-table.ts, load/long-sheet.ts).
 * Throws one InputError.
 */
export async function openWorkbook(bytes: Buffer, file: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<OpenWorkbook> {
  refuseKind(bytes, file, {
    'encrypted-workbook': 'xlsx-encrypted',
    'old-xls': 'xlsx-old-xls',
    hwpx: 'input-is-hwpx',
    'old-hwp': 'hwp-old-format',
    other: 'xlsx-not-zip',
  });
  const pkg = await openPackage(bytes, file, 'xlsx', limits);
  const { zip, entries } = pkg;
  if (!entries.has(WORKBOOK_PART)) throw new InputError([findingAt('xlsx-not-workbook', 'error', { file }, { file })]);
  try {
    const map = new SheetMap();
    const styles = new NumberStyles();
    const scan = (part: string, handler: XmlHandler): Promise<void> => scanPart(pkg, entries.get(part), handler, true);
    await scan(WORKBOOK_PART, { tag: (raw, name) => (map.workbook.tag(raw, name), styles.workbookTag(raw, name)), text: () => undefined });
    await scan(WORKBOOK_RELS, map.rels);
    const sharedEntry = entries.get(SHARED_STRINGS);
    let shared: string[] = [];
    try {
      shared = await readSharedStrings(zip, sharedEntry, doctypeCheck('xlsx', file, SHARED_STRINGS), limits.tokenChars);
    } catch (e) {
      throw e instanceof Refused ? e : new Refused(partProblem(e, 'xlsx', file, SHARED_STRINGS, limits));
    }
    await scan(STYLES_PART, styles.styles);
    const sheets = map.sheets((part) => entries.has(part));
    const read = new Set([WORKBOOK_PART, WORKBOOK_RELS, SHARED_STRINGS, STYLES_PART, ...sheets.map((s) => s.part)]);
    // Excel's VML drawings are HTML-like: looked at for a DOCTYPE only, not checked as XML.
    await checkOtherParts(pkg, read, /\.(xml|rels|vml)$/i);
    return { file, bytes, zip, entries, sheets, shared, formats: styles.sheetFormats(), limits };
  } catch (e) {
    if (e instanceof Refused) throw new InputError([e.finding]);
    throw e;
  }
}
