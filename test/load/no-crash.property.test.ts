import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/load/csv.js';
import { loadDataset } from '../../src/load/dataset.js';
import { decodeText } from '../../src/load/decode-text.js';
import { InputError } from '../../src/load/input-error.js';
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
