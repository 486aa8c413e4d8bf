import { posix } from 'node:path';
import type { DocumentBlock, WorkDocument } from '../model/document.js';
import { HWPX_MIMETYPE } from './file-kind.js';
import { SectionReader, type DocumentCounters } from './hwpx-section.js';
import { InputError, wholeFile } from './input-error.js';
import { attr, type XmlHandler } from './xml-scan.js';
import { WORKBOOK_LIMITS } from './xlsx-workbook.js';
import { checkOtherParts, openPackage, PACKAGE_LIMITS, packageFinding, Refused, refuseKind, scanPart, smallPartBytes, type OpenPackage, type PackageLimits } from './zip-package.js';

/**
 * The one HWPX reader: a work report as 한글 saves it (OWPML, a zip of XML parts) read into the document
 * model (model/document.ts), through the same zip and XML machinery and the same guards as workbooks
 * (zip-package.ts). The sections are found through the package's manifest and spine (`Contents/content.hpf`);
 * each is streamed through SectionReader (hwpx-section.ts).
 */

/** A work report is tens of pages: the package's bounds, and as many table cells as a sheet read whole may have. */
export const HWPX_LIMITS: PackageLimits & { cells: number } = { ...PACKAGE_LIMITS, cells: WORKBOOK_LIMITS.cells };
export type HwpxLimits = typeof HWPX_LIMITS;

const MIMETYPE_PART = 'mimetype';
const PACKAGE_PART = 'Contents/content.hpf';
const MANIFEST_PART = 'META-INF/manifest.xml';
/** A section part's name and its number: `Contents/section0.xml` is section 0. */
const SECTION = /(?:^|\/)section(\d{1,4})\.xml$/i;

export async function readHwpxDocument(path: string, file: string): Promise<WorkDocument> {
  return readHwpxBytes(wholeFile(path, file, HWPX_LIMITS.fileBytes), file);
}

/** Reads an HWPX package from memory; anything that is not a sane one is refused with one sentence (InputError). */
export async function readHwpxBytes(bytes: Buffer, file: string, limits: HwpxLimits = HWPX_LIMITS): Promise<WorkDocument> {
  refuseKind(bytes, file, { 'old-hwp': 'hwp-old-format', 'encrypted-workbook': 'hwpx-is-workbook', 'old-xls': 'hwpx-is-workbook', other: 'hwpx-not-zip' });
  const pkg = await openPackage(bytes, file, 'hwpx', limits);
  try {
    await checkMimetype(pkg);
    if (await isEncrypted(pkg)) throw new Refused(packageFinding('hwpx', 'encrypted', file));
    const sections = await sectionParts(pkg);
    if (sections.length === 0) throw new Refused(packageFinding('hwpx', 'no-section', file));
    const counters: DocumentCounters = { tables: 0, cells: 0 };
    const blocks: DocumentBlock[] = [];
    for (const { part, index } of sections) {
      const reader = new SectionReader(file, part, index, counters, limits.cells);
      await scanPart(pkg, pkg.entries.get(part), reader, true);
      for (const block of reader.blocks) blocks.push(block);
    }
    await checkOtherParts(pkg, new Set([PACKAGE_PART, MANIFEST_PART, ...sections.map((s) => s.part)]), /\.(xml|hpf|rdf)$/i);
    return { file, format: 'hwpx', blocks };
  } catch (e) {
    if (e instanceof Refused) throw new InputError([e.finding]);
    throw e;
  } finally {
    pkg.zip.close();
  }
}

/** The `mimetype` entry names HWPX; a zip without it is some other package (an XLSX is named as one). */
async function checkMimetype(pkg: OpenPackage): Promise<void> {
  const entry = pkg.entries.get(MIMETYPE_PART);
  const bytes = entry && (await smallPartBytes(pkg, entry, 256));
  if (bytes && bytes.toString('latin1').trim() === HWPX_MIMETYPE) return;
  throw new Refused(packageFinding('hwpx', pkg.entries.has('xl/workbook.xml') ? 'is-workbook' : 'not-hwpx', pkg.file));
}

/**
 * The section parts in reading order: the spine of `Contents/content.hpf` (its items' `href` relative to
 * the package root, as 한글 writes them, or to the manifest's folder), or when it names none, every
 * `Contents/sectionN.xml` in the order of N.
 */
async function sectionParts(pkg: OpenPackage): Promise<{ part: string; index: number }[]> {
  const items = new Map<string, string>();
  const spine: string[] = [];
  const opf: XmlHandler = {
    tag: (raw, name) => {
      if (name === 'item') items.set(attr(raw, 'id') ?? '', attr(raw, 'href') ?? '');
      else if (name === 'itemref') spine.push(attr(raw, 'idref') ?? '');
    },
    text: () => undefined,
  };
  await scanPart(pkg, pkg.entries.get(PACKAGE_PART), opf, true);
  const found = (href: string): string | undefined =>
    [href.replace(/^\//, ''), posix.join(posix.dirname(PACKAGE_PART), href)].find((p) => pkg.entries.has(p));
  // A part the spine names twice is read once: its paragraphs are in the document once.
  const named = new Set(spine.map((id) => found(items.get(id) ?? '')));
  const parts = [...named].flatMap((part) => {
    const m = part === undefined ? null : SECTION.exec(part);
    return part && m ? [{ part, index: Number(m[1]) }] : [];
  });
  if (parts.length > 0) return parts;
  return pkg.list
    .flatMap((e) => {
      const m = /^Contents\/section(\d{1,4})\.xml$/.exec(e.fileName);
      return m ? [{ part: e.fileName, index: Number(m[1]) }] : [];
    })
    .sort((a, b) => a.index - b.index);
}

/** 한글 encrypts a document's parts as ODF does, naming each in `META-INF/manifest.xml` with its encryption data. */
async function isEncrypted(pkg: OpenPackage): Promise<boolean> {
  let encrypted = false;
  await scanPart(pkg, pkg.entries.get(MANIFEST_PART), { tag: (_, name) => (encrypted ||= name === 'encryption-data'), text: () => undefined }, true);
  return encrypted;
}
