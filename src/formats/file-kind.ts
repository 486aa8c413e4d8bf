/**
 * What a file is, from its first bytes: a 한글 document (HWPX), any other zip (XLSX), an OLE2 compound file,
 * or anything else. OLE2 is what Excel 97-2003 saves (.xls), what Excel wraps a password-protected .xlsx in
 * (the stream name `EncryptedPackage`, UTF-16LE in the directory, tells the two apart), and what 한글 saved
 * before HWPX (.hwp 5.0, whose FileHeader stream starts `HWP Document File`).
 */
export type FileKind = 'hwpx' | 'zip' | 'encrypted-workbook' | 'old-xls' | 'old-hwp' | 'other';

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const HWP_SIGNATURE = Buffer.from('HWP Document File', 'latin1');
/** OCF, as EPUB and ODF have it: the first entry is `mimetype`, stored, holding the package's media type. */
export const HWPX_MIMETYPE = 'application/hwp+zip';
const MIMETYPE_ENTRY = Buffer.from('mimetype', 'latin1');
const HWPX_MEDIA_TYPE = Buffer.from(HWPX_MIMETYPE, 'latin1');

export function fileKind(bytes: Uint8Array): FileKind {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // PK\3\4 starts a zip with entries; PK\5\6 is an empty one (no workbook either, but a zip).
  if (buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05)) return isHwpxHead(buf) ? 'hwpx' : 'zip';
  if (OLE2_MAGIC.every((b, i) => buf[i] === b)) {
    if (buf.includes(ENCRYPTED_PACKAGE)) return 'encrypted-workbook';
    return buf.includes(HWP_SIGNATURE) ? 'old-hwp' : 'old-xls';
  }
  return 'other';
}

/** The first local entry (zip §4.3.7: name at 30, data after the name and the extra field) is a stored `mimetype` naming HWPX. */
function isHwpxHead(buf: Buffer): boolean {
  if (buf.length < 30 || buf[2] !== 0x03 || buf.readUInt16LE(8) !== 0) return false;
  const nameLength = buf.readUInt16LE(26);
  const data = 30 + nameLength + buf.readUInt16LE(28);
  return nameLength === MIMETYPE_ENTRY.length && buf.subarray(30, 30 + nameLength).equals(MIMETYPE_ENTRY) && buf.subarray(data, data + HWPX_MEDIA_TYPE.length).equals(HWPX_MEDIA_TYPE);
}
