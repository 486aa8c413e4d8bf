import { renderFindingLines } from '../../src/render/findings-text.js';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/load/decode-text.js';
import { InputError } from '../../src/load/input-error.js';

const SAMPLE = '재원별,금액\n국비,"1,234"\n계,△5\n';

/** UTF-16 code units written out byte by byte, independent of Buffer's codecs. */
function utf16(text: string, order: 'le' | 'be'): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const hi = u >> 8;
    const lo = u & 0xff;
    if (order === 'le') out.push(lo, hi);
    else out.push(hi, lo);
  }
  return out;
}

function decodeError(bytes: Uint8Array): InputError {
  try {
    decodeText(bytes, 'in.csv');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error(`decodeText accepted ${Buffer.from(bytes).toString('hex')}`);
}

describe('decodeText', () => {
  test('UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE), 'in.csv')).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  test('plain ASCII and empty input are UTF-8', () => {
    expect(decodeText(Buffer.from('a,b\n1,2\n', 'latin1'), 'in.csv')).toEqual({ text: 'a,b\n1,2\n', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(0), 'in.csv')).toEqual({ text: '', encoding: 'utf-8' });
  });

  test('UTF-8 with BOM: the BOM is not part of the text', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes, 'in.csv')).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  test('UTF-16LE with BOM', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...utf16(SAMPLE, 'le')]);
    expect(decodeText(bytes, 'in.csv')).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
  });

  test('UTF-16BE with BOM', () => {
    const bytes = Uint8Array.from([0xfe, 0xff, ...utf16(SAMPLE, 'be')]);
    expect(decodeText(bytes, 'in.csv')).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  test('UTF-16 beyond the BMP (surrogate pairs)', () => {
    const text = '𠀀,😀\n';
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16(text, 'le')]), 'in.csv').text).toBe(text);
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...utf16(text, 'be')]), 'in.csv').text).toBe(text);
  });

  test('CP949, including the CP949-only syllable 똠', () => {
    const original = '재원별,똠방각하\n';
    const bytes = iconv.encode(original, 'cp949');
    // Premise: 똠 is 0x8C 0x63 in CP949 (UHC extension; no EUC-KR code), so the input really exercises it.
    expect(Buffer.from(bytes).indexOf(Buffer.from([0x8c, 0x63]))).toBeGreaterThan(0);
    expect(decodeText(bytes, 'in.csv')).toEqual({ text: original, encoding: 'cp949' });
  });

  test('CP949 table text round-trips', () => {
    const original = '구분,사업명,예산액\n국비,청년 일자리 사업,"44,000"\n';
    expect(decodeText(iconv.encode(original, 'cp949'), 'in.csv')).toEqual({ text: original, encoding: 'cp949' });
  });
});

describe('decodeText: bytes that are neither UTF-8 nor CP949', () => {
  test('0xFF 0xFF on line 2 names byte 3 and line 2', () => {
    // bytes: 'A' (0), '\n' (1), 'B' (2), 0xFF (3) — the first bad byte is at offset 3, after one newline.
    const err = decodeError(Uint8Array.from([0x41, 0x0a, 0x42, 0xff, 0xff]));
    expect(err.findings).toHaveLength(1);
    expect(err.findings[0]).toMatchObject({ code: 'bad-encoding-cell', severity: 'error', file: 'in.csv', line: 2 });
    expect(err.findings[0]!.params).toMatchObject({ place: 'in.csv A2', offset: '3', line: '2', encoding: 'UTF-8' });
  });

  test('a UTF-8 file with one bad byte on row 3: that byte, its line and its cell, not where CP949 gave up', () => {
    // The Hangul of rows 1-2 is UTF-8 (and fails as CP949 at once); row 3's amount holds a stray 0xFF.
    const bytes = Buffer.concat([Buffer.from('사업,재원,연도,금액\n1,"구비, 시비",2022,5\n1,구비,2021,'), Buffer.from([0xff]), Buffer.from('5\n')]);
    const err = decodeError(bytes);
    const offset = Buffer.from('사업,재원,연도,금액\n1,"구비, 시비",2022,5\n1,구비,2021,').length;
    expect(err.findings[0]).toMatchObject({ code: 'bad-encoding-cell', cell: 'D3', row: 3, line: 3 });
    expect(renderFindingLines(err.findings, 'ko')).toEqual([`in.csv D3: ${offset}번째 바이트(줄 3)가 UTF-8(으)로 읽히지 않습니다. 파일을 UTF-8이나 CP949로 저장하세요.`]);
  });

  test('a CP949 lead byte with an impossible trail byte', () => {
    // '가' in CP949 is B0 A1; B0 followed by a space is no character.
    const bytes = Uint8Array.from([...Buffer.from('a\nbc\n'), 0xb0, 0xa1, 0xb0, 0x20]);
    // 'a' 0, '\n' 1, 'b' 2, 'c' 3, '\n' 4, B0 5, A1 6, B0 7 ← bad, on line 3.
    const err = decodeError(bytes);
    expect(err.findings[0]).toMatchObject({ code: 'bad-encoding-cell', line: 3 });
    expect(err.findings[0]!.params).toMatchObject({ offset: '7', line: '3' });
  });

  test('a truncated CP949 pair at the end', () => {
    const err = decodeError(Uint8Array.from([0x41, 0xb0]));
    expect(err.findings[0]!.params).toMatchObject({ offset: '1', line: '1' });
  });

  test('invalid UTF-8 after a UTF-8 BOM counts the BOM in the offset', () => {
    // EF BB BF (0–2), 'A' 3, '\n' 4, 'B' 5, '\n' 6, FF 7 on line 3.
    const err = decodeError(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0x0a, 0x42, 0x0a, 0xff]));
    expect(err.findings[0]).toMatchObject({ code: 'bad-encoding-cell', line: 3 });
    expect(err.findings[0]!.params).toMatchObject({ offset: '7', line: '3' });
  });

  test('a truncated UTF-8 sequence after a BOM', () => {
    // EF BB BF, then E2 82 (the first two bytes of €) and nothing more: bad at offset 3, line 1.
    const err = decodeError(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe2, 0x82]));
    expect(err.findings[0]!.params).toMatchObject({ offset: '3', line: '1' });
  });
});
