import { describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fdWriter, isTerminal } from '../src/std-output.js';

const errno = (code: string): Error => Object.assign(new Error(code), { code });

/** A fake stream that records what it is given. */
function recorder(): { stream: NodeJS.WritableStream; got: string[] } {
  const got: string[] = [];
  const stream = { write: (d: string | Uint8Array) => got.push(Buffer.from(d).toString('utf8')) } as unknown as NodeJS.WritableStream;
  return { stream, got };
}

describe('fdWriter', () => {
  it('writes every byte through partial writes, strings as UTF-8', () => {
    const out: number[] = [];
    const write = (_fd: number, b: Uint8Array, off: number, len: number): number => {
      const n = Math.min(len, 2); // the descriptor takes two bytes at a time
      out.push(...b.subarray(off, off + n));
      return n;
    };
    const w = fdWriter(1, () => recorder().stream, () => undefined, write);
    w('가나');
    w(Uint8Array.of(0x21));
    expect(Buffer.from(out).toString('utf8')).toBe('가나!');
  });

  it('on EAGAIN hands the rest, and every later write, to the stream in order', () => {
    const { stream, got } = recorder();
    let calls = 0;
    const write = (_fd: number, _b: Uint8Array, _off: number, len: number): number => {
      if (++calls === 1) return Math.min(len, 3);
      throw errno('EAGAIN');
    };
    const w = fdWriter(1, () => stream, () => undefined, write);
    w('abcdef');
    w('gh');
    expect(got).toEqual(['def', 'gh']);
    expect(calls).toBe(2);
  });

  it('tells a closed reader (EPIPE) and passes other errors on', () => {
    let closed = 0;
    const w = fdWriter(1, () => recorder().stream, () => void closed++, () => {
      throw errno('EPIPE');
    });
    w('x');
    expect(closed).toBe(1);
    const full = fdWriter(1, () => recorder().stream, () => undefined, () => {
      throw errno('ENOSPC');
    });
    expect(() => full('x')).toThrow('ENOSPC');
  });
});

describe('isTerminal', () => {
  it('says no for a file, and for /dev/null (a character device, not a terminal)', () => {
    const file = openSync(join(mkdtempSync(join(tmpdir(), 'jobs-report-')), 'out.txt'), 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect([isTerminal(file), isTerminal(devNull)]).toEqual([false, false]);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
  });

  it('says no for a descriptor that is not open', () => {
    expect(isTerminal(987_654)).toBe(false);
  });
});
