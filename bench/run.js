#!/usr/bin/env node
// `npm run bench`: times whole commands as a user runs them, each side by side in the same run with a
// baseline doing the same task, and prints medians, peak memory and ratios. Not a test: the figures go in
// closing notes and reviews, never into assertions. The national cases need `npm run bench:data` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const data = (name) => join(root, 'bench', 'data', name);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command RUNS times after one warm-up: median wall ms, peak RSS MB (via /usr/bin/time), last stdout. */
function measure(cmd, args) {
  const full = TIME ? [TIME, ['-f', '%M', cmd, ...args]] : [cmd, args];
  spawnSync(full[0], full[1], { cwd: root, stdio: 'ignore' });
  const times = [];
  const peaks = [];
  let stdout = '';
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(full[0], full[1], { cwd: root, maxBuffer: 1 << 28, encoding: 'utf8' });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    times.push(Number(t1 - t0) / 1e6);
    if (TIME) peaks.push(Number(r.stderr.trim().split('\n').at(-1)) / 1024);
    stdout = r.stdout;
  }
  return { ms: median(times), mb: peaks.length ? Math.max(...peaks) : NaN, stdout };
}

const node = process.execPath;
const jr = (...args) => [node, ['bin/jobs-report.cjs', ...args]];
const py = (...args) => ['python3', ['bench/baseline.py', ...args]];
const out = () => join(mkdtempSync(join(tmpdir(), 'jobs-report-bench-')), 'out.xlsx');

/** A decimal string without the trailing zeros Python's Decimal keeps ("12.30" → "12.3"): same number, same text. */
const canon = (x) => (x?.includes('.') ? x.replace(/0+$/, '').replace(/\.$/, '') : x);

/** Our per-project figures against the baseline's: the same numbers, or a list of differences. */
function sameFigures(oursJson, baseJson) {
  const ours = JSON.parse(oursJson);
  const base = JSON.parse(baseJson);
  const diffs = [];
  if (canon(ours.total.amount) !== canon(base.total.amount)) diffs.push(`total ${ours.total.amount} ≠ ${base.total.amount}`);
  for (const p of ours.projects) {
    for (const s of ['국비', '시비', '구비']) if (canon(base.projects[p.id]?.[s]) !== canon(p.bySource[s])) diffs.push(`${p.id} ${s}`);
  }
  return diffs.length === 0 ? 'exact' : `DIFFERS (${diffs.slice(0, 3).join('; ')}…)`;
}

const cases = [];
if (existsSync(data('national.csv'))) {
  cases.push(
    { name: '1 national CSV budget', ours: jr('budget', '2022', '--data', data('national.csv'), '--format', 'json'), base: py(data('national.csv'), '2022'), baseName: 'python csv+Decimal', check: true },
    { name: '2 decimal variant', ours: jr('budget', '2022', '--data', data('national-decimal.csv'), '--format', 'json'), base: py(data('national-decimal.csv'), '2022'), baseName: 'python csv+Decimal', check: true },
    { name: '3 national XLSX budget', ours: jr('budget', '2022', '--data', data('national.xlsx'), '--format', 'json'), base: null },
    { name: '4 national CSV report', ours: jr('report', '2022', '--data', data('national.csv'), '--force', '-o', out()), base: null },
  );
} else {
  console.log('(national cases skipped: run `npm run bench:data` first)');
}
cases.push(
  { name: '5 budget 2022, bundled dataset', ours: jr('budget', '2022'), base: [node, ['-e', '0']], baseName: 'node -e 0' },
  { name: '6 report 2022, bundled dataset', ours: jr('report', '2022', '--force', '-o', out()), base: [node, ['-e', '0']], baseName: 'node -e 0' },
);

// BENCH_CASES=1,5 runs only those cases.
const only = process.env.BENCH_CASES?.split(',').map((x) => x.trim());
console.log(`runs per case: ${RUNS} (median wall time; peak RSS over the runs)`);
for (const c of cases) {
  if (only && !only.includes(c.name.split(' ')[0])) continue;
  let ours;
  try {
    ours = measure(...c.ours);
  } catch (e) {
    console.log(`${c.name}: FAILED — ${e.message.split('\n')[0]}`);
    continue;
  }
  let line = `${c.name}: ${Math.round(ours.ms)} ms, ${Math.round(ours.mb)} MB`;
  if (c.base) {
    const base = measure(...c.base);
    line += ` | ${c.baseName}: ${Math.round(base.ms)} ms, ${Math.round(base.mb)} MB | ratio ${(ours.ms / base.ms).toFixed(2)}×`;
    if (c.check) line += ` | figures: ${sameFigures(ours.stdout, base.stdout)}`;
  }
  console.log(line);
}
