import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fileKind } from '../../src/formats/file-kind.js';
import { readHwpxDocument } from '../../src/formats/hwpx.js';
import { buildFixtures, FIXTURE_DOCUMENTS } from '../helpers/hwpx-fixtures.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/documents');
/** libxml2's checker, where the machine has it (an independent judge of well-formedness). */
const XMLLINT = spawnSync('xmllint', ['--version']).status === 0;
if (!XMLLINT) console.warn('hwpx fixtures: the xmllint check is skipped because xmllint is not installed');

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

test.skipIf(!XMLLINT)('every XML part of every fixture is well-formed to xmllint', async () => {
  const yauzl = (await import('yauzl')).default;
  const tmp = mkdtempSync(path.join(tmpdir(), 'jr-hwpx-xmllint-'));
  try {
    const files: string[] = [];
    for (const doc of FIXTURE_DOCUMENTS) {
      const zip = await new Promise<import('yauzl').ZipFile>((resolve, reject) => yauzl.open(path.join(dir, doc.file), { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))));
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: import('yauzl').Entry) => {
          if (!/\.(xml|hpf)$/.test(entry.fileName)) return zip.readEntry();
          zip.openReadStream(entry, (e, stream) => {
            if (e) return reject(e);
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('end', () => {
              const file = path.join(tmp, `${files.length}-${path.basename(entry.fileName)}`);
              writeFileSync(file, Buffer.concat(chunks));
              files.push(file);
              zip.readEntry();
            });
          });
        });
        zip.on('end', resolve);
        zip.readEntry();
      });
    }
    expect(files.length).toBe(FIXTURE_DOCUMENTS.length * 7);
    const run = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
