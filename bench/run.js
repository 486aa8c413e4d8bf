#!/usr/bin/env node
// Times whole commands as a user runs them, side by side in one run, and prints medians and ratios.
// Not a test: figures go in closing notes and reviews, never into assertions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command RUNS times (after one warm-up) and returns the median wall time in ms. */
function time(args) {
  spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    times.push(Number(t1 - t0) / 1e6);
  }
  return median(times);
}

const cases = [
  { name: 'budget 2022 (bundled CSV dataset)', args: ['bin/jobs-report.js', 'budget', '2022'], baseline: ['-e', '0'], baselineName: 'node -e 0', target: 2 },
  // The workbook goes to a fresh temporary folder each run (--force: the same name every time).
  { name: 'report 2022 -o (bundled CSV dataset → XLSX)', args: ['bin/jobs-report.js', 'report', '2022', '--force', '-o', join(mkdtempSync(join(tmpdir(), 'jobs-report-bench-')), 'report.xlsx')], baseline: ['-e', '0'], baselineName: 'node -e 0', target: 10 },
];

console.log(`runs per case: ${RUNS} (medians)`);
for (const c of cases) {
  const ours = time(c.args);
  const base = time(c.baseline);
  const ratio = ours / base;
  console.log(`${c.name}: ${ours.toFixed(0)} ms | ${c.baselineName}: ${base.toFixed(0)} ms | ratio ${ratio.toFixed(2)}× (target ≤ ${c.target}×)`);
}
