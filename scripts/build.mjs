#!/usr/bin/env node
// `npm run build` (also run by `npm install` through `prepare`): bundles src/ into one CommonJS file,
// dist/jobs-report.cjs, then runs `budget 2022` once to save V8's compiled code next to it
// (dist/jobs-report.cjs.cache). bin/jobs-report.cjs loads the bundle through that cache.
//
// Why one CommonJS file and a code cache: start-up is most of a small command's time. On Node 20 an
// ES module graph of a dozen chunks is resolved, read and linked asynchronously, and compiled on every
// run; one script compiled from a cache skips both (measured on `budget 2022`: ~205 ms → ~165 ms against
// `node -e 0` at ~110 ms). Node 22 caches compiled code itself; Node 20 does not.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWasm } from './build-wasm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

/**
 * commander requires child_process at load time only to run executable subcommands, which we don't
 * use; loading it costs ~9 ms of every run. Hand commander a proxy that requires it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (args.importer.includes('commander') ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// A new bundle makes the old cache useless (V8 would reject it). dist/ is not emptied: a run of jobs-report
// during the build still finds every file, each replaced whole.
rmSync('dist/jobs-report.cjs.cache', { force: true });
await buildWasm();
await build({
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/jobs-report.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Loaded only by the commands that need them, with their own files (exceljs alone costs ~0.25 s).
  external: ['exceljs', 'iconv-lite'],
  inject: ['scripts/import-meta-url.js'],
  define: { 'import.meta.url': 'import_meta_url' },
  // Minified names: a smaller file to read and a smaller cache to load on every run. For a readable stack
  // (--debug), run with `node --enable-source-maps bin/jobs-report.cjs …` (the map: dist/jobs-report.cjs.map).
  minify: true,
  sourcemap: 'linked',
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});

// Pure ASCII, so that the launcher reads it as latin1, several milliseconds faster than decoding UTF-8 on
// every run: esbuild escapes strings and templates, not the Hangul in regular expressions, so those are
// written as \uXXXX here (the same pattern in any regular expression, with or without the u flag).
const bundle = readFileSync('dist/jobs-report.cjs', 'utf8');
writeFileSync('dist/jobs-report.cjs', bundle.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

// The cache holds what V8 compiled while running the main job; a cache from another Node version or
// another bundle is rejected by V8 and the bundle is compiled as usual.
const warm = spawnSync(process.execPath, ['bin/jobs-report.cjs', 'budget', '2022'], {
  env: { ...process.env, JOBS_REPORT_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
if (warm.status !== 0) {
  console.error(`build: the bundle did not run (exit ${warm.status}):\n${warm.stderr}`);
  process.exit(1);
}
