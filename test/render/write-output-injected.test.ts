import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { writeFolder } from '../../src/render/write-folder.js';
import { OutputError, writeOutput } from '../../src/render/write-output.js';

// writeFileSync is wrapped so that one test can make the write of the temporary file fail halfway
// (disk full) after some bytes really reached it.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, writeFileSync: vi.fn(real.writeFileSync), renameSync: vi.fn(real.renameSync) };
});

// Temporary names drawn from these bytes in turn (then random again), to make the first one clash.
const draws: Buffer[] = [];
vi.mock('../../src/vendor/lazy-modules.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/vendor/lazy-modules.js')>();
  return { ...real, nodeCrypto: () => ({ randomBytes: (n: number) => draws.shift() ?? real.nodeCrypto().randomBytes(n) }) };
});

const dir = mkdtempSync(join(tmpdir(), 'jr-inject-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a write that fails halfway (ENOSPC) leaves the old bytes and no temporary file', async () => {
  const target = join(dir, 'report.xlsx');
  fs.writeFileSync(target, 'OLD');
  const real = await vi.importActual<typeof import('node:fs')>('node:fs');
  vi.mocked(fs.writeFileSync).mockImplementationOnce((file, data) => {
    real.writeSync(file as number, Buffer.from(data as Uint8Array).subarray(0, 10));
    throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  });
  const e = await writeOutput(target, Buffer.alloc(1000, 66), true).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(OutputError);
  expect([(e as OutputError).kind, (e as OutputError).reason]).toEqual(['failed', 'ENOSPC']);
  expect(readFileSync(target, 'utf8')).toBe('OLD');
  expect(readdirSync(dir)).toEqual(['report.xlsx']);
});

test('a temporary name someone else holds is left alone: another is drawn', async () => {
  const target = join(dir, 'other.csv');
  const taken = join(dir, `.other.csv.${process.pid}-aaaaaaaaaaaa.tmp`);
  fs.writeFileSync(taken, 'NOT OURS');
  draws.push(Buffer.from('aaaaaaaaaaaa', 'hex'), Buffer.from('bbbbbbbbbbbb', 'hex'));
  await writeOutput(target, 'new', false);
  expect([readFileSync(target, 'utf8'), readFileSync(taken, 'utf8')]).toEqual(['new', 'NOT OURS']);
  rmSync(taken);
});

test('a folder written into an existing one: a move that fails names exactly the files moved in', () => {
  const folder = join(dir, 'template');
  fs.mkdirSync(folder);
  fs.writeFileSync(join(folder, 'keep.txt'), 'mine');
  vi.mocked(fs.renameSync).mockImplementationOnce(vi.mocked(fs.renameSync).getMockImplementation()!).mockImplementationOnce(() => {
    throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
  });
  const files = new Map([['a.csv', Buffer.from('A')], ['b.csv', Buffer.from('B')], ['c.csv', Buffer.from('C')]]);
  let e: unknown;
  try {
    writeFolder(folder, files, false);
  } catch (x) {
    e = x;
  }
  expect(e).toBeInstanceOf(OutputError);
  expect([(e as OutputError).kind, (e as OutputError).reason, (e as OutputError).written]).toEqual(['partial', 'ENOSPC', ['a.csv']]);
  expect(readdirSync(folder).sort()).toEqual(['a.csv', 'keep.txt']);
  // No temporary folder is left beside it.
  expect(readdirSync(dir).filter((name) => name.startsWith('.template.'))).toEqual([]);
});
