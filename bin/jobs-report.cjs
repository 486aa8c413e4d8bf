#!/usr/bin/env node
'use strict';
// Runs the bundle (dist/jobs-report.cjs) with the compiled code that `npm run build` saved beside it, so
// a run does not compile the whole program again (see scripts/build.mjs). Without a usable cache it just
// compiles as usual. JOBS_REPORT_WRITE_CODE_CACHE=1 (the build's warm-up run) saves the cache at exit.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script, constants } = require('node:vm');

const file = join(__dirname, '..', 'dist', 'jobs-report.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache (a build without its warm-up run): compile as usual.
}
// The bundle is pure ASCII (scripts/build.mjs): latin1 reads it faster than UTF-8 and gives the same text.
const script = new Script(wrap(readFileSync(file, 'latin1')), {
  filename: file,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (process.env.JOBS_REPORT_WRITE_CODE_CACHE === '1') {
  process.on('exit', () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  });
}
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, createRequire(file), module_, file, join(__dirname, '..', 'dist'));
