import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { cellText, readReportText, reportFromText } from '../../src/formats/report-text.js';
import { InputError } from '../../src/formats/input-error.js';
import { t } from '../../src/i18n/messages.js';
import type { DocumentTable } from '../../src/model/document.js';

describe('the text export of a work report', () => {
  const text = ['제목', '', '(단위 : 천원)', 'a\tb\tc', 'd\te', '', '- 끝'].join('\n');

  test('paragraphs and tables in order, each placed by its line; a table is a run of tab-separated lines', () => {
    const doc = reportFromText(text, 'r.txt');
    expect(doc.blocks.map((b) => [b.kind, b.place.line])).toEqual([
      ['paragraph', 1],
      ['paragraph', 3],
      ['table', 4],
      ['paragraph', 7],
    ]);
    const table = doc.blocks[2] as DocumentTable;
    // The shorter row is padded: the export writes a merged cell's covered positions as empty fields, or none.
    expect(table.cells).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', ''],
    ]);
    expect(table.rowLines).toEqual([4, 5]);
    expect(table.number).toBe(1);
  });

  test('UTF-8 with a BOM and CP949 read the same', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const cp949 = iconv.encode(text, 'cp949');
    expect(readReportText(bom, 'r.txt')).toEqual(reportFromText(text, 'r.txt'));
    expect(readReportText(cp949, 'r.txt')).toEqual(reportFromText(text, 'r.txt'));
  });

  test('HTML fragments 한글 leaves in cells become their text', () => {
    expect(cellText('<ul style="list-style-type: none"> ◦ 일자리창출 ◦ 노동 &amp; 권익')).toBe('◦ 일자리창출 ◦ 노동 & 권익');
    expect(cellText('<ul><li>가</li><li>나</li></ul>')).toBe('가\n나');
    expect(cellText('  12(12) ')).toBe('12(12)');
  });

  test('a numeric entity naming no character is kept as written, not a crash', () => {
    expect(cellText('가&#99999999999;나')).toBe('가&#99999999999;나');
    expect(cellText('&#x110000; &#xD800; &#65;')).toBe('&#x110000; &#xD800; A');
  });

  test('bytes that are neither UTF-8 nor CP949 are named by the document line, not a CSV cell', () => {
    // Line 2 starts with 0xFF, which begins no character in either encoding (UTF-8 fails first at byte 7, CP949 later).
    const bytes = Buffer.concat([Buffer.from('□ 개요\n', 'utf8'), Buffer.from([0xff, 0xff])]);
    let error: unknown;
    try {
      readReportText(bytes, '보고.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const [f] = (error as InputError).findings;
    expect(f).toMatchObject({ code: 'document-bad-encoding', file: '보고.txt', line: 2 });
    expect(f!.cell).toBeUndefined();
    expect(t('ko', 'document-bad-encoding', f!.params)).toMatch(/^보고\.txt 2행: \d+번째 바이트가 (UTF-8|CP949)[로으]+ 읽히지 않습니다\./);
  });

  test('a table of very many rows is read (its width found without spreading every row into one call)', () => {
    const doc = reportFromText('가\t나\n'.repeat(200_000) + '다\t라\t마\n', 'long.txt');
    const table = doc.blocks[0] as DocumentTable;
    expect(table.cells).toHaveLength(200_001);
    expect(table.cells[0]).toEqual(['가', '나', '']);
  });
});
