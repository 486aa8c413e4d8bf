import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { Io } from './common.js';

/** Work shorter than this shows no progress at all. */
const QUIET_MS = 1000;

/**
 * A progress line on stderr for long reads: shown only once the work has taken over a second, rewritten
 * in place, and cleared at the end. Callers create it only when stderr is a terminal.
 */
export function progressLine(io: Io, lang: Lang): { update: (bytes: number, total: number, rows: number) => void; done: () => void } {
  const start = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(bytes, total, rows) {
      const now = Date.now();
      if (now - start < QUIET_MS || now - last < 100) return;
      last = now;
      shown = true;
      const percent = total > 0 ? Math.floor((bytes * 100) / total) : 0;
      io.stderr(`\r${t(lang, 'progress.reading', { percent, rows: rows.toLocaleString('en-US') })}\u001b[K`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}
