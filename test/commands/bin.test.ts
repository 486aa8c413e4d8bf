import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

// The command as a user runs it: the installed bin over the built bundle, in a child process.
const run = (...args: string[]) => runWith({}, ...args);
const runWith = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ['bin/jobs-report.cjs', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1', ...env } });

describe('bin/jobs-report.cjs', () => {
  beforeAll(() => {
    // Build what `npm install` builds, so the test runs the real bundle (esbuild takes well under a second).
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('budget 2022 prints the division totals as JSON and says on stderr which data it used', () => {
    const r = run('budget', '2022', '--format', 'json');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('--data가 없어 내장 자료(fixtures/geumcheon-2022)를 사용합니다.\n');
    const j = JSON.parse(r.stdout);
    expect([j.total.amount, j.total.allYears.amount]).toEqual(['8533450', '30533416']);
  });

  it('answers a mistake with one sentence and exit 2, never a stack trace', () => {
    const r = run('budget', '2030');
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(2); // the bundled-data line and the sentence
  });

  it('validate exits 1 on the bundled report (its headline slip) and prints the summary', () => {
    const r = run('validate');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('검사 116건, 오류 1건, 경고 1건');
  });

  it('prints its version', () => {
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

/**
 * A long-layout CSV of 8 MiB or more is read on two threads (load/long-halves.ts). Whatever the file, the
 * result must be byte for byte what one thread gives (JOBS_REPORT_THREADS=1): figures, project order,
 * warnings and located errors. Only the built program starts a worker, hence these tests here.
 */
describe('a large long-layout CSV read on two threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jr-halves-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** ~9.5 MB: 60 organisations × 500 projects × 2 years × 3 sources, names with commas and quotes. */
  function rows(): string[] {
    const out: string[] = [];
    for (let o = 1; o <= 60; o++) {
      for (let p = 1; p <= 500; p++) {
        for (const year of [2021, 2022]) {
          for (const [k, source] of ['국비', '시비', '구비'].entries()) {
            const amount = (o * 7919 + p * 104729 + year * 13 + k * 31) % 1000000;
            // Organisations past 30 bring projects the first half never saw (P501…).
            const project = o > 30 ? p + 500 : p;
            out.push(`서울특별시 기관${o},P${project},"일자리, ""${project}"" 사업",${source},${year},${amount}`);
          }
        }
      }
    }
    return out;
  }
  const write = (name: string, lines: string[]): string => {
    const path = join(dir, name);
    writeFileSync(path, ['기관,사업,사업명,재원,연도,금액', ...lines].join('\n') + '\n');
    return path;
  };
  const both = (path: string, ...args: string[]) => [runWith({ JOBS_REPORT_THREADS: '1' }, 'budget', '2022', '--data', path, ...args), runWith({}, 'budget', '2022', '--data', path, ...args)] as const;

  it('gives the same JSON as one thread, with projects first met in the second half in file order', () => {
    const [one, two] = both(write('plain.csv', rows()), '--format', 'json', '--by', 'project');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    // --debug says whether the second half's read was used (it is here; not with JOBS_REPORT_THREADS=1).
    const path = join(dir, 'plain.csv');
    expect(runWith({}, '--debug', 'budget', '--data', path, '--format', 'json').stderr).toContain('두 스레드');
    expect(runWith({ JOBS_REPORT_THREADS: '1' }, '--debug', 'budget', '--data', path, '--format', 'json').stderr).not.toContain('두 스레드');
    const j = JSON.parse(one.stdout);
    // P1…P500 from the first organisations, then P501…P1000 from the later ones.
    expect([j.projects.length, j.projects[0].id, j.projects[500].id]).toEqual([1000, 'P1', 'P501']);
  });

  it('falls back to one thread when the middle falls inside a quoted line break, and still agrees', () => {
    const lines = rows();
    // A 4 MB name with a line break every 4 bytes, from 55 % of the rows on: wherever the file is cut
    // between 45 % and 65 % of its bytes, the first line break after the cut is inside its quotes.
    const at = Math.floor(lines.length * 0.55);
    lines[at] = lines[at]!.replace('사업"', `사업${'\n줄'.repeat(1_000_000)}"`);
    const [one, two] = both(write('quoted.csv', lines), '--format', 'json');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(runWith({}, '--debug', 'budget', '--data', join(dir, 'quoted.csv'), '--format', 'json').stderr).not.toContain('두 스레드');
  });

  it('keeps an amount past 2^53 원 exact when it is in the second half', () => {
    const lines = rows();
    // 20,000,000,000,000 천원 = 2 × 10^16 원 > 2^53: kept as a Decimal, which the worker does not carry.
    lines[lines.length - 3] = lines[lines.length - 3]!.replace(/2021,\d+$/, '2021,20000000000000').replace(/2022,\d+$/, '2022,20000000000000');
    const [one, two] = both(write('big.csv', lines), '--format', 'json');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toMatch(/"200000\d{8}"/);
  });

  it('names the same cells for blank amounts, a bad amount and a duplicate in the second half', () => {
    const lines = rows();
    const n = lines.length;
    lines[n - 10] = lines[n - 10]!.replace(/,\d+$/, ',');
    lines[n - 5] = lines[n - 5]!.replace(/,\d+$/, ',12x');
    lines[n - 1] = lines[0]!; // the first line again, at the very end
    const [one, two] = both(write('broken.csv', lines), '--format', 'json');
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    // Data rows start at 2 (the header is row 1): line index n − 5 is row n − 3, its amount in column F.
    expect(one.stderr).toContain(`F${n - 3}`);
    expect(one.stderr).toContain('F2');
  });
});
