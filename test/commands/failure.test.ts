import { describe, expect, test } from 'vitest';
import { failure, type Io } from '../../src/commands/common.js';

function io(): Io & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => undefined, stderr: (t) => err.push(t), stdoutIsTty: false, env: {} };
}

describe('an allocation failure is said as input too large, never as an internal error', () => {
  test.each([
    new RangeError('Invalid string length'),
    new RangeError('Array buffer allocation failed'),
    new RangeError('WebAssembly.Memory.grow(): Unable to grow instance memory'),
  ])('%s: exit 2, one catalog sentence, the library words only with --debug', (e) => {
    const quiet = io();
    expect(failure(e, 'ko', quiet, false)).toBe(2);
    expect(quiet.err.join('')).toBe('자료가 너무 커서(또는 한 칸이 너무 길어서) 메모리에 담을 수 없어 읽기를 멈췄습니다. 파일을 나누거나 값을 확인하세요.\n');
    const debug = io();
    expect(failure(e, 'en', debug, true)).toBe(2);
    expect(debug.err.join('')).toContain(e.message);
  });

  test('another error is still an unexpected one (a bug of ours), exit 2', () => {
    const out = io();
    expect(failure(new TypeError('x is undefined'), 'en', out, false)).toBe(2);
    expect(out.err.join('')).toMatch(/^unexpected error: x is undefined/);
  });
});
