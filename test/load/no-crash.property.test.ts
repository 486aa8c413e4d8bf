import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/formats/csv.js';
import { loadDataset } from '../../src/load/dataset.js';
import { decodeText } from '../../src/formats/encodings.js';
import { InputError } from '../../src/formats/input-error.js';
import { parseAmount } from '../../src/parse/number.js';
import { workbookParts, zipParts } from '../helpers/workbook-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'jr-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `f`; anything thrown other than an InputError with at least one finding fails the property. */
async function onlyInputErrors(f: () => unknown): Promise<void> {
  try {
    await f();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.findings.length).toBeGreaterThan(0);
    for (const finding of e.findings) expect(finding.file).not.toBe('');
  }
}

/** One long field's sizes: 1 KB to 10 MB. */
const LONG_FIELD_SIZES = [1024, 100 * 1024, 2 ** 20, 10 * 2 ** 20];

/** Loading the budget of `path` ends in figures or located errors, and within seconds. */
async function loadsWithinSeconds(path: string): Promise<void> {
  const started = Date.now();
  await onlyInputErrors(() => loadDataset(path, 'budget'));
  expect(Date.now() - started).toBeLessThan(10_000);
}

/** Bytes that look like what users have: CSV punctuation, Hangul in UTF-8 and CP949, BOMs, digits, junk. */
const csvish = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', ';', '\t', '"', '\n', '\r\n', '\r', ' ', '-', '△', '(', ')', '.', '년', '구비', '시 비', '재원', '연도', '금액', '재원별', '합계', '2022년', '계'),
      fc.stringMatching(/^[0-9,.]{1,8}$/),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .chain((parts) => fc.constantFrom('utf-8', 'utf-16le', 'bom', 'raw').map((enc) => ({ text: parts.join(''), enc })))
  .chain(({ text, enc }) =>
    enc === 'raw'
      ? fc.uint8Array({ maxLength: 200 })
      : fc.constant(
          enc === 'utf-16le'
            ? Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
            : enc === 'bom'
              ? Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')])
              : Uint8Array.from(Buffer.from(text, 'utf8')),
        ),
  );

describe('no input makes the loaders throw anything but a located InputError', () => {
  test('decodeText + parseCsv over random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), csvish), async (bytes) => {
        await onlyInputErrors(() => parseCsv(decodeText(bytes, 'in.csv').text, 'in.csv'));
      }),
      { numRuns: 500 },
    );
  });

  test('loadDataset on a folder whose budgets.csv and info.csv hold random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(csvish, fc.option(csvish), async (budget, info) => {
        writeFileSync(join(dir, 'budgets.csv'), budget);
        if (info) writeFileSync(join(dir, 'info.csv'), info);
        else rmSync(join(dir, 'info.csv'), { force: true });
        await onlyInputErrors(() => loadDataset(dir, 'all'));
      }),
      { numRuns: 200 },
    );
  });

  test('loadDataset on a workbook with random bytes flipped or the file cut short', async () => {
    const good = await zipParts(workbookParts('소요예산', [['사업', '재원', '연도', '금액'], ['1', '구비', 2022, 5600]]));
    const path = join(dir, 'fuzz.xlsx');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(good.length)),
        async (flips, cut) => {
          const bytes = Buffer.from(good);
          for (const [at, value] of flips) bytes[at] = value;
          writeFileSync(path, cut === null ? bytes : bytes.subarray(0, cut));
          await onlyInputErrors(() => loadDataset(path, 'budget'));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('loadDataset on workbooks with one long field (1 KB to 10 MB) in each place a cell can hold it', async () => {
    const path = join(dir, 'long-field.xlsx');
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheet = (cell: string): string =>
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>사업</t></is></c><c r="B1" t="inlineStr"><is><t>재원</t></is></c><c r="C1" t="inlineStr"><is><t>연도</t></is></c><c r="D1" t="inlineStr"><is><t>금액</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2" t="inlineStr"><is><t>구비</t></is></c><c r="C2"><v>2022</v></c>${cell}</row></sheetData></worksheet>`;
    for (const size of LONG_FIELD_SIZES) {
      const places = [
        `<c r="D2" t="inlineStr"><is><t>${'가'.repeat(size / 3)}</t></is></c>`,
        `<c r="D2"><v>${'9'.repeat(size)}</v></c>`,
        `<c r="D2" x="${'a'.repeat(size)}"><v>1</v></c>`,
        `<c r="D2"><f>${'1+'.repeat(size / 2)}1</f><v>1</v></c>`,
      ];
      for (const cell of places) {
        writeFileSync(path, await zipParts(workbookParts('소요예산', [], [['xl/worksheets/sheet1.xml', sheet(cell)]])));
        await loadsWithinSeconds(path);
      }
    }
  }, 120_000);

  test('loadDataset on CSV budgets with one long field (1 KB to 10 MB) in each column, quoted or not, in both layouts', async () => {
    const path = join(dir, 'long-field.csv');
    const layouts = [
      ['사업,사업명,재원,연도,금액', ['1', '이름', '구비', '2022', '5']],
      ['사업,재원별,합계,2022년', ['1', '구비', '5', '5']],
    ] as const;
    for (const size of LONG_FIELD_SIZES) {
      for (const [header, row] of layouts) {
        for (let column = 0; column < row.length; column++) {
          for (const long of ['가'.repeat(size / 3), '9'.repeat(size), `"${'a,'.repeat(size / 2)}"`]) {
            const cells = row.map((c, k) => (k === column ? long : c));
            writeFileSync(path, `${header}\n${cells.join(',')}\n`);
            await loadsWithinSeconds(path);
          }
        }
      }
    }
  }, 120_000);

  test('loadDataset on random bytes saved as .xlsx', async () => {
    const path = join(dir, 'random.xlsx');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, zipHead) => {
        writeFileSync(path, zipHead ? Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), bytes]) : bytes);
        await onlyInputErrors(() => loadDataset(path, 'budget'));
      }),
      { numRuns: 100 },
    );
  });

  test('parseAmount over random cell text never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[-△▲(]?[0-9,.\s]{0,30}(천원|백만원|원)?\)?$/)), fc.constantFrom('원', '천원', '백만원'), fc.constantFrom('zero', 'missing'), (raw, unit, blank) => {
        const r = parseAmount(raw, { unit, blank } as Parameters<typeof parseAmount>[1]);
        expect(['value', 'missing', 'error']).toContain(r.kind);
      }),
      { numRuns: 3000 },
    );
  });
});
