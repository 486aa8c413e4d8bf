import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

// The command as a user runs it: the installed bin over the built bundle (built before the suite when stale,
// test/global-setup.ts), in a child process.
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/jobs-report.cjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('bin/jobs-report.cjs', () => {
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

  it('reads a CSV budget table from standard input (--data -), as the bundle runs from its code cache', () => {
    const csv = readFileSync(join(ROOT, 'fixtures/geumcheon-2022/budgets.csv'));
    const r = spawnSync(process.execPath, ['bin/jobs-report.cjs', 'budget', '2022', '--data', '-', '--format', 'json'], { cwd: ROOT, input: csv, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).total.amount).toBe('8533450');
  });

  it('colours through chalk when asked (FORCE_COLOR, --color always), not otherwise', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '1' };
    delete env.NO_COLOR;
    const forced = spawnSync(process.execPath, ['bin/jobs-report.cjs', 'budget', '2022'], { cwd: ROOT, encoding: 'utf8', env });
    expect(forced.stdout).toMatch(/\u001b\[1m2022년 소요예산/);
    expect(run('budget', '2022', '--color', 'always').stdout).toMatch(/\u001b\[1m/);
    expect(run('budget', '2022').stdout).not.toMatch(/\u001b\[/);
  });

  it('validate exits 1 on the bundled report (its headline slip) and prints the summary', () => {
    const r = run('validate');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('검사 147건, 오류 1건, 경고 3건');
  });

  it('stops with exit 3 and one sentence when stdout cannot be written (a full disk), never silently', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['bin/jobs-report.cjs', 'budget', '2022', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('표준 출력에 쓸 수 없습니다 (디스크 공간이 부족합니다)');
    } finally {
      closeSync(full);
    }
  });

  it('ends quietly with exit 0 when the reader of stdout is gone (| true: EPIPE)', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" bin/jobs-report.cjs budget 2022 --format json | true; echo "\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).not.toContain('EPIPE');
  });

  it('prints its version', () => {
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
