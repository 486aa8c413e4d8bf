import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDirs } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';

/** Outputs that would destroy something: the input itself under another name, a device, a half-written folder. */
const { fresh } = tempDirs('jr-out-safety-');

/** A copy of the bundled budget table, as a user's own file. */
function budgetCsv(dir: string): string {
  const path = join(dir, 'budget.csv');
  copyFileSync(fixture('geumcheon-2022/budgets.csv'), path);
  return path;
}

describe('an output that is an input is refused even with --force (exit 3, both named)', () => {
  const cases: [string, (dir: string, input: string) => string][] = [
    ['the same path', (_d, input) => input],
    // Written out by hand: join() would tidy the dots away.
    ['through . and ..', (dir) => `${dir}/./sub/../budget.csv`],
    ['through a symlink', (dir, input) => (symlinkSync(input, join(dir, 'link.csv')), join(dir, 'link.csv'))],
    ['through a hard link', (dir, input) => (linkSync(input, join(dir, 'hard.csv')), join(dir, 'hard.csv'))],
  ];
  test.each(cases)('%s', async (_name, outputOf) => {
    const dir = fresh();
    mkdirSync(join(dir, 'sub'));
    const input = budgetCsv(dir);
    const before = readFileSync(input);
    const output = outputOf(dir, input);
    const run = await runCli(['budget', '2022', '--format', 'csv', '-o', output, '--force', '-d', input]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(output);
    expect(run.stderr).toContain(`입력 ${input}과(와) 같은 파일이라 쓰지 않았습니다`);
    expect(readFileSync(input)).toEqual(before);
  });

  test('a file inside the dataset folder given as --data', async () => {
    const dir = fresh();
    const data = join(dir, 'data');
    spawnSync('cp', ['-r', fixture('geumcheon-2022'), data]);
    const target = join(data, 'headlines.csv');
    const before = readFileSync(target);
    const run = await runCli(['validate', data, '--format', 'json', '-o', target, '--force']);
    expect(run.code).toBe(3);
    expect(readFileSync(target)).toEqual(before);
  });

  test('a file in the dataset folder that the dataset does not read is an ordinary output (replaced with --force)', async () => {
    const dir = fresh();
    const data = join(dir, 'data');
    spawnSync('cp', ['-r', fixture('geumcheon-2022'), data]);
    const out = join(data, 'budget-2022.csv');
    writeFileSync(out, 'old');
    const run = await runCli(['budget', '2022', '--data', data, '--format', 'csv', '-o', out, '--force']);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('old');
  });
});

describe('devices and pipes are written in place, never renamed over', () => {
  test('-o /dev/null: written, and /dev/null is still the device', async () => {
    const run = await runCli(['budget', '2022', '--format', 'csv', '-o', '/dev/null']);
    expect(run.code).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test.skipIf(!existsSync('/dev/full'))('-o /dev/full --force: exit 3 (the disk is full), the device left alone', async () => {
    const run = await runCli(['budget', '2022', '--format', 'csv', '-o', '/dev/full', '--force']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('디스크 공간이 부족합니다');
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  test.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('a FIFO gets the bytes a reader reads, and stays a FIFO', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (c: Buffer) => chunks.push(c));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const run = await runCli(['budget', '2022', '--format', 'csv', '-o', fifo]);
    await closed;
    expect(run.code).toBe(0);
    const direct = await runCli(['budget', '2022', '--format', 'csv']);
    expect(Buffer.concat(chunks)).toEqual(direct.stdoutBytes);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe('template --format csv: all or nothing', () => {
  test('a new folder appears whole, with no temporary folder beside it', async () => {
    const dir = fresh();
    const run = await runCli(['template', '--format', 'csv', '-o', join(dir, 'input')]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['input']);
    expect(readdirSync(join(dir, 'input')).length).toBeGreaterThan(10);
  });

  test('a file that cannot be replaced (a folder by its name) stops the write before any file is written', async () => {
    const dir = fresh();
    const out = join(dir, 'input');
    mkdirSync(join(out, 'usage.csv'), { recursive: true });
    const run = await runCli(['template', '--format', 'csv', '-o', out, '--force']);
    expect(run.code).toBe(3);
    expect(readdirSync(out)).toEqual(['usage.csv']);
    expect(readdirSync(dir)).toEqual(['input']);
  });
});

describe('a temporary file a killed run left behind', () => {
  test('is removed by the next successful write to the same target; a live run\'s is not', async () => {
    const dir = fresh();
    // A process id that is not running: a finished child's.
    const dead = spawnSync('true').pid!;
    const stale = join(dir, `.out.csv.${dead}-0123456789ab.tmp`);
    const live = join(dir, `.out.csv.${process.pid}-0123456789ab.tmp`);
    writeFileSync(stale, 'half');
    writeFileSync(live, 'still writing');
    const run = await runCli(['budget', '2022', '--format', 'csv', '-o', join(dir, 'out.csv')]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`.out.csv.${process.pid}-0123456789ab.tmp`, 'out.csv']);
    expect(statSync(join(dir, 'out.csv')).size).toBeGreaterThan(0);
  });
});
