#!/usr/bin/env node
// Builds the HWPX documents under fixtures/documents/ from their definitions in test/helpers/hwpx-fixtures.ts
// (two of them from the text fixtures beside them, as 한글 would save the same content),
// written by the test helper test/helpers/hwpx-writer.ts (the tool itself never writes HWPX). The helper is
// TypeScript, so it is bundled with esbuild (already used by scripts/build.mjs) into a temporary script
// first. The bytes depend on the definitions only: test/formats/hwpx-fixtures.test.ts rebuilds them and
// compares, so a definition changed without running this script fails the tests.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'fixtures', 'documents');
const tmp = mkdtempSync(join(tmpdir(), 'jr-hwpx-fixtures-'));
try {
  const bundle = join(tmp, 'fixtures.cjs');
  const entry = join(root, 'test/helpers/hwpx-fixtures.ts');
  // The CommonJS bundle has no import.meta: its URL is the helper's own, so that the helper finds the text
  // fixtures it reads beside it (and the modules it bundles resolve their packages from the repository).
  const define = { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) };
  await build({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', define });
  const { buildFixtures } = createRequire(import.meta.url)(bundle);
  mkdirSync(out, { recursive: true });
  for (const [name, bytes] of await buildFixtures()) {
    writeFileSync(join(out, name), bytes);
    console.log(`fixtures/documents/${name} (${bytes.length} bytes)`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
