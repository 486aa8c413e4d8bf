import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/formats/encodings.js';
import { InputError } from '../../src/formats/input-error.js';
import { renderFindingLines } from '../../src/render/findings-text.js';

/** BOM + code units, little- or big-endian, written out byte by byte (not through Buffer's codecs). */
function utf16(units: number[], order: 'le' | 'be'): Uint8Array {
  const out = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (const u of units) out.push(...(order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  return Uint8Array.from(out);
}
const units = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

function refusal(bytes: Uint8Array): InputError {
  try {
    decodeText(bytes, 'in.csv');
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('UTF-16 is decoded strictly', () => {
  test.each(['le', 'be'] as const)('a well-formed file with a surrogate pair (%s)', (order) => {
    const text = '재원,금액\n구비,"1,234"𝟙\n';
    expect(decodeText(utf16(units(text), order), 'in.csv').text).toBe(text);
  });

  test.each(['le', 'be'] as const)('an odd final byte (a truncated file) names its offset (%s)', (order) => {
    // BOM (2 bytes) + 3 code units (6 bytes) + 1 stray byte: the stray byte is at offset 8.
    const bytes = Uint8Array.from([...utf16(units('a,b'), order), 0x41]);
    const e = refusal(bytes);
    expect(e.findings.map((f) => [f.code, f.params.offset])).toEqual([['bad-utf16-odd', '8']]);
    expect(renderFindingLines(e.findings, 'ko')).toEqual(['in.csv: UTF-16 파일이 8번째 바이트에서 반쪽 문자로 끝납니다(잘린 파일).']);
  });

  test.each(['le', 'be'] as const)('a lone high surrogate names its offset and line (%s)', (order) => {
    // "a\nb" then U+D800 alone then "c": the surrogate is code unit 3, at byte 2 + 3 × 2 = 8, on line 2.
    const e = refusal(utf16([0x61, 0x0a, 0x62, 0xd800, 0x63], order));
    expect(e.findings.map((f) => [f.code, f.params.offset, f.params.line])).toEqual([['bad-utf16-surrogate', '8', '2']]);
    expect(renderFindingLines(e.findings, 'en')).toEqual(['in.csv: Byte 8 (line 2) holds an unpaired UTF-16 surrogate.']);
  });

  test('a lone low surrogate, and a high one at the very end', () => {
    expect(refusal(utf16([0x61, 0xdc00], 'le')).findings[0]!.params.offset).toBe('4');
    expect(refusal(utf16([0x61, 0x62, 0xdbff], 'le')).findings[0]!.params.offset).toBe('6');
  });
});
