/**
 * What a file is, from its first bytes: a zip (XLSX), an OLE2 compound file, or anything else. OLE2 is what
 * Excel 97-2003 saves (.xls) and also what Excel wraps a password-protected .xlsx in; the stream name
 * `EncryptedPackage` (UTF-16LE in the directory) tells the two apart.
 */
export type FileKind = 'zip' | 'encrypted-workbook' | 'old-xls' | 'other';

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function fileKind(bytes: Uint8Array): FileKind {
  // PK\3\4 starts a zip with entries; PK\5\6 is an empty one (no workbook either, but a zip).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return 'zip';
  if (OLE2_MAGIC.every((b, i) => bytes[i] === b)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? 'encrypted-workbook' : 'old-xls';
  }
  return 'other';
}
