import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { OutputError, writeOutput } from '../../src/render/write-output.js';

// open() is wrapped so that one test can hand back a file handle whose write fails halfway (disk full).
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, open: vi.fn(real.open) };
});

const dir = mkdtempSync(join(tmpdir(), 'jr-inject-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a write that fails halfway (ENOSPC) leaves the old bytes and no temporary file', async () => {
  const target = join(dir, 'report.xlsx');
  writeFileSync(target, 'OLD');
  const realOpen = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).open;
  vi.mocked(fsp.open).mockImplementationOnce(async (path, flags) => {
    const handle = await realOpen(path, flags);
    handle.writeFile = async (data) => {
      await handle.write(Buffer.from(data as Uint8Array).subarray(0, 10));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    return handle;
  });
  const e = await writeOutput(target, Buffer.alloc(1000, 66), true).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(OutputError);
  expect([(e as OutputError).kind, (e as OutputError).reason]).toEqual(['failed', 'ENOSPC']);
  expect(readFileSync(target, 'utf8')).toBe('OLD');
  expect(readdirSync(dir)).toEqual(['report.xlsx']);
});
