import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressLine } from '../../src/commands/progress.js';

describe('progress on stderr', () => {
  afterEach(() => vi.useRealTimers());

  it('stays silent for the first second, then rewrites one line, and clears it at the end', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    let err = '';
    const p = progressLine({ stdout: () => undefined, stderr: (t) => (err += t), stdoutIsTty: false, stderrIsTty: true, env: {} }, 'ko');
    vi.setSystemTime(500);
    p.update(10, 100, 5);
    expect(err).toBe('');
    vi.setSystemTime(1500);
    p.update(45, 100, 200000);
    expect(err).toBe('\r읽는 중… 45% (200,000행)\u001b[K');
    p.done();
    expect(err.endsWith('\r\u001b[K')).toBe(true);
  });

  it('leaves nothing behind when the work was quick', () => {
    let err = '';
    const p = progressLine({ stdout: () => undefined, stderr: (t) => (err += t), stdoutIsTty: false, stderrIsTty: true, env: {} }, 'en');
    p.update(1, 2, 3);
    p.done();
    expect(err).toBe('');
  });
});
