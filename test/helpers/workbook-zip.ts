import yauzl from 'yauzl';
import yazl from 'yazl';

/** A zip part: its path inside the archive and its bytes. */
export type Part = readonly [name: string, content: string | Buffer];

/** Zips parts with yazl, in the order given: deflated, or stored (uncompressed) as some writers store them. */
export function zipParts(parts: readonly Part[], compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of parts) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name, { compress });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnLetter(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet's XML and the shared strings it uses: text cells go to the shared-string table, numbers inline. */
export function sheetXml(rows: readonly (readonly (string | number)[])[], strings: string[], head = ''): string {
  const body = rows
    .map((cells, r) => {
      const cs = cells.map((v, c) => {
        const ref = `${columnLetter(c)}${r + 1}`;
        if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
        strings.push(v);
        return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
      });
      return `<row r="${r + 1}">${cs.join('')}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${head}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

export function sharedStringsXml(strings: readonly string[], head = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${head}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
}

/**
 * The smallest workbook Excel and exceljs open: content types, package and workbook relationships, one
 * sheet and its shared strings. `override` replaces a part by name (or adds one).
 */
export function workbookParts(sheetName: string, rows: readonly (readonly (string | number)[])[], override: readonly Part[] = []): Part[] {
  const strings: string[] = [];
  const sheet = sheetXml(rows, strings);
  const parts: Part[] = [
    ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/sharedStrings.xml', sharedStringsXml(strings)],
  ];
  for (const [name, content] of override) {
    const i = parts.findIndex(([n]) => n === name);
    if (i >= 0) parts[i] = [name, content];
    else parts.push([name, content]);
  }
  return parts;
}

/**
 * Edits the central directory record of one entry (what yauzl trusts): its declared uncompressed size
 * and/or its general-purpose flags (bit 0 = encrypted). Returns a patched copy.
 */
export function patchEntry(zip: Buffer, name: string, patch: { uncompressedSize?: number; flags?: number }): Buffer {
  const out = Buffer.from(zip);
  for (let i = out.indexOf('PK\x01\x02', 0, 'latin1'); i >= 0; i = out.indexOf('PK\x01\x02', i + 4, 'latin1')) {
    const nameLength = out.readUInt16LE(i + 28);
    if (out.toString('utf8', i + 46, i + 46 + nameLength) !== name) continue;
    if (patch.uncompressedSize !== undefined) out.writeUInt32LE(patch.uncompressedSize, i + 24);
    if (patch.flags !== undefined) out.writeUInt16LE(out.readUInt16LE(i + 8) | patch.flags, i + 8);
    return out;
  }
  throw new Error(`no entry ${name}`);
}

/** One part of a zip, as UTF-8 text (yauzl, as the reader reads it). */
export async function entryText(zip: Buffer, name: string): Promise<string> {
  const file = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.fromBuffer(zip, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z))));
  return new Promise((resolve, reject) => {
    file.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName !== name) return file.readEntry();
      file.openReadStream(entry, (err, s) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });
    });
    file.on('end', () => reject(new Error(`no part ${name}`)));
    file.readEntry();
  });
}
