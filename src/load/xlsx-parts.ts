import { posix } from 'node:path';
import type { Entry, ZipFile } from 'yauzl';
import { scanEntry } from './xlsx-zip.js';
import { attr, decodeExcelEscapes, decodeXmlText, type XmlHandler } from './xml-scan.js';

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
export const SHARED_STRINGS = 'xl/sharedStrings.xml';
export const STYLES_PART = 'xl/styles.xml';

export interface SheetPart {
  name: string;
  /** The zip entry holding the sheet's XML, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

/**
 * Which part holds which sheet: the sheet names in workbook.xml (in the order Excel shows them) joined to
 * the targets of workbook.xml.rels. Feed `workbook` and `rels`
 * with the two parts' tokens, then ask `sheets`.
 */
export class SheetMap {
  private readonly named: { name: string; rid: string }[] = [];
  private readonly targets = new Map<string, string>();

  readonly workbook: XmlHandler = {
    tag: (raw, name) => {
      if (name === 'sheet') this.named.push({ name: attr(raw, 'name') ?? '', rid: attr(raw, '[\\w.-]+:id') ?? '' });
    },
    text: () => undefined,
  };

  readonly rels: XmlHandler = {
    tag: (raw, name) => {
      const id = attr(raw, 'Id');
      const target = attr(raw, 'Target');
      if (name === 'Relationship' && id && target) this.targets.set(id, target.startsWith('/') ? target.slice(1) : posix.normalize(`xl/${target}`));
    },
    text: () => undefined,
  };

  /** Named sheets whose part exists in the zip. */
  sheets(exists: (part: string) => boolean): SheetPart[] {
    return this.named.flatMap((s) => {
      const part = this.targets.get(s.rid);
      return part && exists(part) ? [{ name: s.name, part }] : [];
    });
  }
}

/**
 * The shared-string table as an array, each entry's text as Excel shows it: plain `<t>` or the runs
 * of rich text joined, phonetic guides (`<rPh>`) left out, `_xHHHH_` escapes decoded. `check` sees every
 * tag first (the DOCTYPE refusal).
 */
function sharedStringsHandler(check: (name: string) => void): { handler: XmlHandler; strings: string[] } {
  const strings: string[] = [];
  let item = '';
  let pieces: string[] | undefined;
  let phonetic = 0;
  const handler: XmlHandler = {
    tag(raw, name) {
      check(name);
      switch (name) {
        case 'si':
          item = '';
          if (raw.endsWith('/')) strings.push('');
          break;
        case '/si':
          strings.push(item);
          break;
        case 'rPh':
          if (!raw.endsWith('/')) phonetic++;
          break;
        case '/rPh':
          phonetic--;
          break;
        case 't':
          pieces = phonetic === 0 && !raw.endsWith('/') ? [] : undefined;
          break;
        case '/t':
          if (pieces) item += decodeExcelEscapes(decodeXmlText(pieces.join('')));
          pieces = undefined;
          break;
        default:
          break;
      }
    },
    text(text) {
      pieces?.push(text);
    },
  };
  return { handler, strings };
}

/** Reads the shared strings of a workbook (none when it has no such part). */
export async function readSharedStrings(zip: ZipFile, entry: Entry | undefined, check: (name: string) => void, maxToken: number): Promise<string[]> {
  const { handler, strings } = sharedStringsHandler(check);
  if (entry) await scanEntry(zip, entry, handler, maxToken, true);
  return strings;
}
