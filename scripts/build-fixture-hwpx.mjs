#!/usr/bin/env node
// Builds the HWPX documents under fixtures/documents/ from their definitions in test/helpers/hwpx-fixtures.ts,
// written by the test helper test/helpers/hwpx-writer.ts (the tool itself never writes HWPX). The helper is
// TypeScript, so it is bundled with esbuild (already used by scripts/build.mjs) into a temporary script
// first. The bytes depend on the definitions only: test/formats/hwpx-fixtures.test.ts rebuilds them and
// compares, so a definition changed without running this script fails the tests.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'fixtures', 'documents');
const tmp = mkdtempSync(join(tmpdir(), 'jr-hwpx-fixtures-'));
try {
  const bundle = join(tmp, 'fixtures.cjs');
  await build({ entryPoints: [join(root, 'test/helpers/hwpx-fixtures.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  const { buildFixtures } = createRequire(import.meta.url)(bundle);
  mkdirSync(out, { recursive: true });
  for (const [name, bytes] of await buildFixtures()) {
    writeFileSync(join(out, name), bytes);
    console.log(`fixtures/documents/${name} (${bytes.length} bytes)`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
