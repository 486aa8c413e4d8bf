import { isUtf8 } from 'node:buffer';
import { findingAt } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import { InputError } from './input-error.js';
import { iconvLite } from '../vendor/lazy-modules.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'cp949';

/**
 * Turns a file's bytes into text: a BOM decides (UTF-8, UTF-16 LE/BE as Excel's "Unicode text" saves it);
 * without one, strict UTF-8; failing that CP949 (what Excel on Korean Windows saves) through iconv-lite,
 * which — unlike TextDecoder('euc-kr') — knows the CP949-only syllables such as 똠.
 * Bytes that are neither are an error naming the byte offset, line and cell, never mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), file, 3), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictUtf16(bytes.subarray(2), file, 'le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictUtf16(bytes.subarray(2), file, 'be'), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: strictCp949(bytes, file), encoding: 'cp949' };
  }
}

function strictUtf8(bytes: Uint8Array, file: string, base: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw encodingError(bytes, file, firstInvalidUtf8(bytes), base, 'UTF-8');
  }
}

/**
 * UTF-16 after its BOM: an odd byte count (a truncated file) or an unpaired surrogate is an error naming the
 * byte offset (counted from the start of the file, BOM included), where Node would silently drop or keep them.
 */
function strictUtf16(body: Uint8Array, file: string, order: 'le' | 'be'): string {
  const BOM = 2;
  if (body.length % 2 === 1) {
    throw new InputError([findingAt('bad-utf16-odd', 'error', { file }, { file, offset: String(BOM + body.length - 1) })]);
  }
  const units = Buffer.from(body);
  if (order === 'be') units.swap16();
  const text = units.toString('utf16le');
  const i = firstLoneSurrogate(text);
  if (i < 0) return text;
  const line = 1 + (text.slice(0, i).match(/\n/g)?.length ?? 0);
  throw new InputError([findingAt('bad-utf16-surrogate', 'error', { file }, { file, offset: String(BOM + 2 * i), line: String(line) }, { line })]);
}

function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/**
 * Not UTF-8; CP949 if it all reads as CP949. Otherwise the error names the byte of whichever encoding read
 * further, the one the file was most likely saved in: a UTF-8 file with one bad byte on row 3 fails as
 * CP949 at its first Hangul, and is reported at the bad byte, as UTF-8.
 */
function strictCp949(bytes: Uint8Array, file: string): string {
  const offset = firstInvalidCp949(bytes);
  if (offset < 0) return iconvLite().decode(Buffer.from(bytes), 'cp949');
  const utf8 = firstInvalidUtf8(bytes);
  throw offset > utf8 ? encodingError(bytes, file, offset, 0, 'CP949') : encodingError(bytes, file, utf8, 0, 'UTF-8');
}

/** CP949: ASCII, or a lead byte 0x81–0xFE followed by a trail byte 0x41–0x5A, 0x61–0x7A or 0x81–0xFE. */
function firstInvalidCp949(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    const leadOk = b >= 0x81 && b <= 0xfe;
    const trailOk = t !== undefined && ((t >= 0x41 && t <= 0x5a) || (t >= 0x61 && t <= 0x7a) || (t >= 0x81 && t <= 0xfe));
    if (!leadOk || !trailOk) return i;
    // A valid byte pair iconv still cannot map decodes to U+FFFD: treat it as invalid too.
    if (iconvLite().decode(Buffer.from([b, t]), 'cp949') === '\uFFFD') return i;
    i++;
  }
  return -1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode growing prefixes is quadratic; instead find the first byte where a fatal decode of the rest fails.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return 0;
}

/**
 * The error for the byte at `offset` (`base` bytes of BOM before `bytes`): its line, and the CSV cell it
 * falls in (records and fields counted as CSV counts them: a quoted comma or line break is inside a field).
 */
function encodingError(bytes: Uint8Array, file: string, offset: number, base: number, encoding: string): InputError {
  let line = 1;
  let row = 1;
  let column = 1;
  let quoted = false;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x2c && !quoted) column++;
    else if (b === 0x0a) {
      line++;
      if (!quoted) {
        row++;
        column = 1;
      }
    }
  }
  const where = at(file, row, column);
  return new InputError([
    findingAt('bad-encoding-cell', 'error', where, { place: describePlace(where), offset: String(offset + base), line: String(line), encoding }, { line }),
  ]);
}

/**
 * The file's content as UTF-8 bytes, for the byte-level CSV scanner. UTF-8 input (with or without BOM) is
 * validated in place (buffer.isUtf8, no copy, no string): decoding a 40 MB file to a JS string costs more
 * than scanning it. Other encodings go through decodeText and are re-encoded.
 */
export function decodeToUtf8(bytes: Uint8Array, file: string): { bytes: Buffer; encoding: TextEncoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  if (isUtf8(body)) return { bytes: body, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  const { text, encoding } = decodeText(bytes, file);
  return { bytes: Buffer.from(text, 'utf8'), encoding };
}
