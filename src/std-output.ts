import { fstatSync, writeSync } from 'node:fs';
import { nodeTty } from './vendor/lazy-modules.js';

type Write = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/**
 * Writes stdout or stderr with write(2) on the file descriptor. process.stdout and process.stderr are
 * streams that Node builds on first use, loading its stream machinery: ~5 ms of every run here, as much as
 * the division's whole budget takes to compute. A descriptor set non-blocking by whoever shares it
 * (EAGAIN) hands the rest, and every later write, to the stream, which waits until it can write.
 * `closed` is told when the reader went away (EPIPE).
 */
export function fdWriter(fd: number, stream: () => NodeJS.WritableStream, closed: () => void, write: Write = writeSync): (data: string | Uint8Array) => void {
  let fallback: NodeJS.WritableStream | undefined;
  return (data) => {
    // The stream writes later: it gets a copy, since the caller may reuse its bytes.
    if (fallback) {
      fallback.write(typeof data === 'string' ? data : Buffer.from(data));
      return;
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let done = 0;
    while (done < bytes.length) {
      try {
        done += write(fd, bytes, done, bytes.length - done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return closed();
        if (code !== 'EAGAIN') throw e;
        fallback = stream();
        fallback.write(Buffer.from(bytes.subarray(done)));
        return;
      }
    }
  };
}

/**
 * Whether the descriptor is a terminal. Files, pipes and sockets are not character devices: for them the
 * answer comes from one fstat, without loading node:tty (and node:net with it, ~5 ms of every run here).
 */
export function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return nodeTty().isatty(fd);
}
