import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { OutputError, writeOutput } from '../../src/render/write-output.js';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/paths.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const { fresh: freshDir } = tempDirs('jr-write-');

async function failure(p: Promise<unknown>): Promise<OutputError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(OutputError);
  return e as OutputError;
}

describe('writeOutput', () => {
  test('writes a new file and leaves no temporary file', async () => {
    const dir = freshDir();
    await writeOutput(join(dir, 'out.csv'), 'a,b\r\n', false);
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('a,b\r\n');
  });

  test('refuses an existing file without force; the file keeps its bytes', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'out.csv'), 'OLD');
    const e = await failure(writeOutput(join(dir, 'out.csv'), 'NEW', false));
    expect([e.kind, e.reason]).toEqual(['exists', 'EEXIST']);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('OLD');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  test('replaces it with force', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'out.csv'), 'OLD');
    await writeOutput(join(dir, 'out.csv'), 'NEW', true);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('NEW');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  test('a missing folder, a folder by that name, a path under a file', async () => {
    const dir = freshDir();
    expect((await failure(writeOutput(join(dir, 'nope', 'out.csv'), 'x', false))).reason).toBe('ENOENT');
    mkdirSync(join(dir, 'out.csv'));
    expect((await failure(writeOutput(join(dir, 'out.csv'), 'x', false))).reason).toBe('EISDIR');
    expect((await failure(writeOutput(join(dir, 'out.csv'), 'x', true))).reason).toBe('EISDIR');
    writeFileSync(join(dir, 'file'), 'F');
    expect((await failure(writeOutput(join(dir, 'file', 'out.csv'), 'x', true))).reason).toBe('ENOTDIR');
    expect(readdirSync(dir).sort()).toEqual(['file', 'out.csv']);
  });

  test('disk full for real: a child process under `ulimit -f` (EFBIG) leaves the old bytes and no temporary file', () => {
    // The module is bundled as it ships, then run where the file-size limit is 16 KiB and the data 1 MiB.
    const dir = freshDir();
    const runner = join(dir, 'runner.mjs');
    const bundled = buildSync({ entryPoints: [join(ROOT, 'src/render/write-output.ts')], bundle: true, platform: 'node', format: 'esm', write: false });
    writeFileSync(
      runner,
      `${bundled.outputFiles[0]!.text}\ntry { await writeOutput(process.argv[2], Buffer.alloc(2 ** 20, 65), true); console.log('written'); }\ncatch (e) { console.log(e.constructor.name, e.kind, e.reason); }\n`,
    );
    const out = join(dir, 'out', 'report.csv');
    mkdirSync(join(dir, 'out'));
    writeFileSync(out, 'OLD REPORT');
    const child = spawnSync('bash', ['-c', 'ulimit -f 16 && exec node "$0" "$1"', runner, out], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('OutputError failed EFBIG');
    expect(readFileSync(out, 'utf8')).toBe('OLD REPORT');
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.csv']);
  });
});

describe('through the CLI: exit 3 and one sentence', () => {
  test('an existing output without --force', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'b.csv'), 'OLD');
    const r = await runCli(['budget', '-f', 'csv', '-o', join(dir, 'b.csv')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${join(dir, 'b.csv')}: 파일이 이미 있습니다. 덮어쓰려면 --force를 붙이세요.`);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe('OLD');
  });

  test('a missing folder, in English', async () => {
    const dir = freshDir();
    const r = await runCli(['--lang', 'en', 'budget', '-f', 'csv', '-o', join(dir, 'none', 'b.csv')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${join(dir, 'none', 'b.csv')}: cannot write the file (the folder does not exist); any existing file is unchanged.`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
