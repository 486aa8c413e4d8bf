import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileKind } from '../../src/formats/file-kind.js';
import { InputError } from '../../src/formats/input-error.js';
import { readCsvBytes } from '../../src/load/table-source.js';
import { renderFindingLines } from '../../src/render/findings-text.js';
import { writeHwpx } from '../helpers/hwpx-writer.js';
import { documentOf } from '../helpers/hwpx-fixtures.js';
import { tempDirs } from '../helpers/temp-dirs.js';
import { zipParts } from '../helpers/workbook-zip.js';

const dirs = tempDirs('jr-file-kind-');
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('what a file is, from its bytes', () => {
  test('a 한글 document (stored mimetype first), another zip, an old .hwp, an old .xls, text', async () => {
    const hwpx = await writeHwpx(documentOf('a.hwpx', [{ kind: 'paragraph', text: '□ 사업개요' }]));
    expect(fileKind(hwpx)).toBe('hwpx');
    // The same media type deflated, or not first, is a zip like any other (hwpx.ts still reads it by its mimetype entry).
    expect(fileKind(await zipParts([['mimetype', 'application/hwp+zip']], true))).toBe('zip');
    expect(fileKind(await zipParts([['version.xml', '<v/>'], ['mimetype', 'application/hwp+zip']], false))).toBe('zip');
    expect(fileKind(Buffer.concat([OLE2, Buffer.alloc(100), Buffer.from('HWP Document File')]))).toBe('old-hwp');
    expect(fileKind(Buffer.concat([OLE2, Buffer.alloc(100)]))).toBe('old-xls');
    expect(fileKind(Buffer.from('재원별,합계\n'))).toBe('other');
  });

  test('a 한글 document given as a CSV is named as one', async () => {
    const file = join(dirs.fresh(), 'budgets.csv');
    writeFileSync(file, await writeHwpx(documentOf('a.hwpx', [])));
    let e: unknown;
    try {
      readCsvBytes(file, 'budgets.csv');
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    expect(renderFindingLines((e as InputError).findings, 'ko')).toEqual(['budgets.csv: 한글 문서(HWPX)입니다. 표 자료가 아니라 업무보고 문서라면 확장자를 .hwpx로 두세요.']);
  });
});
