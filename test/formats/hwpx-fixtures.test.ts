import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fileKind } from '../../src/formats/file-kind.js';
import { readHwpxDocument } from '../../src/formats/hwpx.js';
import { buildFixtures, FIXTURE_DOCUMENTS } from '../helpers/hwpx-fixtures.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/documents');

describe('the HWPX documents under fixtures/documents', () => {
  test('are what scripts/build-fixture-hwpx.mjs writes from their definitions (rerun it after changing one)', async () => {
    const built = await buildFixtures();
    expect([...built.keys()].sort()).toEqual(FIXTURE_DOCUMENTS.map((d) => d.file).sort());
    for (const [name, bytes] of built) expect(readFileSync(path.join(dir, name)).equals(bytes), name).toBe(true);
  });

  test.each(FIXTURE_DOCUMENTS.map((d) => [d.file, d] as const))('%s reads as its definition', async (name, doc) => {
    expect(fileKind(readFileSync(path.join(dir, name)))).toBe('hwpx');
    expect(await readHwpxDocument(path.join(dir, name), name)).toEqual(doc);
  });
});
