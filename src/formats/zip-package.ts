import type { Entry, ZipFile } from 'yauzl';
import { findingAt, type Finding } from '../model/finding.js';
import { fileKind, type FileKind } from './file-kind.js';
import { InputError, mib } from './input-error.js';
import { DuplicateEntry, entryStream, openZip, readEntries, scanEntry } from './xlsx-zip.js';
import { TokenTooLong, XmlMalformed, type XmlHandler } from './xml-scan.js';

/**
 * A zip of XML parts as both office formats we read are (XLSX from Excel, HWPX from 한글), opened with the
 * same guards: size and entry limits, one entry per name, no encryption, no compression bomb, no DOCTYPE in
 * any XML part. Each format names its refusals with its own prefix (`xlsx-doctype`, `hwpx-doctype`), so a
 * sentence speaks of a workbook or of a 한글 document as the file is.
 */
export type PackageKind = 'xlsx' | 'hwpx';

export interface PackageLimits {
  fileBytes: number;
  /** Sum of the parts' uncompressed sizes. */
  totalBytes: number;
  /** Uncompressed ÷ file size, judged once the parts exceed ratioFloor (XML rarely compresses past 30×). */
  ratio: number;
  ratioFloor: number;
  entries: number;
  /** The longest single tag or text run the scanner holds. */
  tokenChars: number;
}

/**
 * Bounds for a package of a division's tables or of its work report: far above anything real and far below
 * what would hang the tool or exhaust memory.
 */
export const PACKAGE_LIMITS: PackageLimits = {
  fileBytes: 64 * 2 ** 20,
  totalBytes: 256 * 2 ** 20,
  ratio: 100,
  ratioFloor: 16 * 2 ** 20,
  entries: 10_000,
  tokenChars: 4 * 2 ** 20,
};

/** A package opened and its directory checked; parts are read on demand. */
export interface OpenPackage {
  kind: PackageKind;
  file: string;
  zip: ZipFile;
  list: Entry[];
  entries: ReadonlyMap<string, Entry>;
  limits: PackageLimits;
}

/** A problem that makes reading the rest pointless (or unsafe): the one finding the read stops with. */
export class Refused extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
  }
}

/** The finding `${kind}-${what}` about the whole file (and `params`, e.g. the part). */
export function packageFinding(kind: PackageKind, what: string, file: string, params: Record<string, string> = {}): Finding {
  return findingAt(`${kind}-${what}`, 'error', { file }, { file, ...params });
}

/**
 * Refuses, before the zip is opened, an empty file and the kinds of file (file-kind.ts) a format cannot be:
 * `refusals` names the finding for each (e.g. an old .xls given as XLSX, a workbook given as HWPX).
 */
export function refuseKind(bytes: Buffer, file: string, refusals: Partial<Record<FileKind, string>>): void {
  const code = bytes.length === 0 ? 'empty-file' : refusals[fileKind(bytes)];
  if (code !== undefined) throw new InputError([findingAt(code, 'error', { file }, { file })]);
}

/**
 * Opens a zip package from its bytes and checks its directory: the file size, a zip directory that can be
 * read, the entry count, one entry per name, no encrypted entry, the total inflated size and the ratio.
 * The caller has already told a zip from other files (file-kind.ts). Throws one InputError.
 */
export async function openPackage(bytes: Buffer, file: string, kind: PackageKind, limits: PackageLimits): Promise<OpenPackage> {
  const refuse = (what: string, params: Record<string, string> = {}): never => {
    throw new InputError([packageFinding(kind, what, file, params)]);
  };
  if (bytes.length > limits.fileBytes) refuse('too-big', { size: mib(bytes.length), limit: mib(limits.fileBytes) });
  let zip: ZipFile;
  let list: Entry[];
  try {
    zip = await openZip(bytes);
    list = await readEntries(zip, limits.entries);
  } catch (e) {
    if (e instanceof DuplicateEntry) return refuse('duplicate-entry', { part: e.part });
    return refuse('unopenable');
  }
  if (list.some((e) => e.isEncrypted())) refuse('encrypted');
  const total = list.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.totalBytes) refuse('too-big', { size: mib(total), limit: mib(limits.totalBytes) });
  const ratio = total / Math.max(1, bytes.length);
  if (total > limits.ratioFloor && ratio > limits.ratio) {
    refuse('ratio', { size: mib(total), ratio: String(Math.round(ratio)), limit: String(limits.ratio) });
  }
  return { kind, file, zip, list, entries: new Map(list.map((e) => [e.fileName, e])), limits };
}

/** Streams one part through `handler`, every tag checked for a DOCTYPE first; any failure is the one finding (Refused). */
export async function scanPart(pkg: OpenPackage, entry: Entry | undefined, handler: XmlHandler, strict: boolean): Promise<void> {
  if (!entry) return;
  const check = doctypeCheck(pkg.kind, pkg.file, entry.fileName);
  try {
    await scanEntry(pkg.zip, entry, { tag: (raw, name) => (check(name), handler.tag(raw, name)), text: (t) => handler.text(t) }, pkg.limits.tokenChars, strict);
  } catch (e) {
    if (e instanceof Refused) throw e;
    throw new Refused(partProblem(e, pkg.kind, pkg.file, entry.fileName, pkg.limits));
  }
}

/** Every XML part not read for its content is still looked at for a DOCTYPE (its content means nothing here). */
export async function checkOtherParts(pkg: OpenPackage, read: ReadonlySet<string>, xmlName: RegExp): Promise<void> {
  const ignore: XmlHandler = { tag: () => undefined, text: () => undefined };
  for (const e of pkg.list) if (!read.has(e.fileName) && xmlName.test(e.fileName)) await scanPart(pkg, e, ignore, false);
}

/** A small part read whole as bytes (a package's `mimetype`); past `max` bytes it is not what it should be. */
export async function smallPartBytes(pkg: OpenPackage, entry: Entry, max: number): Promise<Buffer | undefined> {
  if (entry.uncompressedSize > max) return undefined;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await entryStream(pkg.zip, entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (e) {
    throw new Refused(partProblem(e, pkg.kind, pkg.file, entry.fileName, pkg.limits));
  }
}

export function doctypeCheck(kind: PackageKind, file: string, part: string): (name: string) => void {
  return (name) => {
    if (isDoctype(name)) throw new Refused(packageFinding(kind, 'doctype', file, { part }));
  };
}

/** A DOCTYPE is how entity-expansion and external-entity attacks start; no Excel or 한글 part has one. */
function isDoctype(tagName: string): boolean {
  return /^!(doctype|entity)/i.test(tagName);
}

/**
 * Why reading a part failed, as the one finding that stops the read, in the catalog's words: too long a
 * token, a size lie, malformed XML, or a part that cannot be inflated (the library's reason is not shown).
 */
export function partProblem(e: unknown, kind: PackageKind, file: string, part: string, limits: PackageLimits): Finding {
  if (e instanceof TokenTooLong) return packageFinding(kind, 'huge-element', file, { part, limit: mib(limits.tokenChars) });
  if (e instanceof XmlMalformed) return packageFinding(kind, 'part-malformed', file, { part, reason: e.reason });
  if (/too (many|few) bytes/.test((e as Error).message)) return packageFinding(kind, 'size-mismatch', file, { part });
  return packageFinding(kind, 'part-unreadable', file, { part });
}
