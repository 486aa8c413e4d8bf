import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError, regularFile } from '../../src/load/input-error.js';
import { renderFindingLines } from '../../src/render/findings-text.js';
import { fixture } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/** Inputs that are not files to read whole: they must end at once in a sentence, not hang or exhaust memory. */
const dir = mkdtempSync(join(tmpdir(), 'jr-input-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('non-regular inputs are refused before a byte is read', () => {
  test.skipIf(!existsSync('/dev/zero'))('--data /dev/zero: a device, exit 2 (it would never end)', async () => {
    const run = await runCli(['budget', '2022', '--data', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('/dev/zero: 파일이 아니라 장치입니다. 자료는 파일(.csv, .xlsx)이나 폴더로 주세요.');
  });

  test.skipIf(!hasMkfifo)('--data on a FIFO: refused at once (it would wait for a writer for ever)', async () => {
    const fifo = join(dir, 'budget.csv');
    spawnSync('mkfifo', [fifo]);
    const started = Date.now();
    const run = await runCli(['budget', '2022', '--data', fifo, '--lang', 'en']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a pipe (FIFO), not a file');
  });

  test.skipIf(!hasMkfifo)('a FIFO in place of a dataset folder\'s budgets.csv (or any of its files)', async () => {
    const data = join(dir, 'data');
    mkdirSync(data);
    copyFileSync(fixture('geumcheon-2022/info.csv'), join(data, 'info.csv'));
    spawnSync('mkfifo', [join(data, 'budgets.csv')]);
    const run = await runCli(['budget', '2022', '--data', data]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('budgets.csv: 파일이 아니라 파이프(FIFO)입니다');
  });

  test('a file past the size limit is refused from its size alone (a lowered limit keeps the test small)', () => {
    const e = (() => {
      try {
        const big = join(dir, 'big.csv');
        writeFileSync(big, Buffer.alloc(3 * 2 ** 20 / 10, 0x31));
        regularFile(big, 'big.csv', 2 ** 20 / 10);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect(renderFindingLines((e as InputError).findings, 'en')).toEqual(['big.csv: its size, 0.3 MiB, is over the limit of 0.1 MiB; not read.']);
  });
});
