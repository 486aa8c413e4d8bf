import { PLAIN, stylesAt, terminalLevel, type ColorLevel, type Styles } from '../render/ansi.js';
import { terminalMeasure } from '../render/display-width.js';
import type { GlobalOptions, Io } from './common.js';

export type ColorWhen = 'auto' | 'always' | 'never';

/** How text is shown on the terminal this run writes to: colours, its width, and how it measures text. */
export interface TerminalView {
  styles: Styles;
  /** Columns a line may take; undefined when unknown or not asked for (a file, a pipe, --wide). */
  width?: number;
  measure: (text: string) => number;
}

/**
 * The view for output to standard output (`toStdout`), or a file (no colour, no width). `wide` (--wide)
 * keeps every column whatever the width.
 */
export async function terminalView(io: Io, global: GlobalOptions, toStdout: boolean, wide = false): Promise<TerminalView> {
  const measure = terminalMeasure(ambiguousWide(io, global));
  if (!toStdout) return { styles: PLAIN, measure };
  const width = wide ? undefined : terminalWidth(io);
  return { styles: await stylesAt(await colorLevel(io, global.color ?? 'auto')), measure, ...(width !== undefined ? { width } : {}) };
}

/** The terminal's width: `COLUMNS` when set (as shells and Python's shutil read it), else the terminal's own. */
export function terminalWidth(io: Io): number | undefined {
  const env = io.env.COLUMNS;
  if (env !== undefined && /^[1-9]\d*$/.test(env.trim())) return Number(env.trim());
  return io.stdoutIsTty ? io.columns?.() : undefined;
}

/** --ambiguous wide|narrow, else JOBS_REPORT_AMBIGUOUS=wide: the terminal draws △, ─, ×, · two columns wide. */
function ambiguousWide(io: Io, global: GlobalOptions): boolean {
  return (global.ambiguous ?? io.env.JOBS_REPORT_AMBIGUOUS) === 'wide';
}

/**
 * The colour level: --color never/always, else (auto) FORCE_COLOR when set (0 or false: none; 1–3: that
 * level), else none with NO_COLOR (https://no-color.org), off a terminal or on TERM=dumb, else the level
 * chalk finds for the terminal. Decided from this run's environment and options: chalk's own detection
 * reads process.argv, where our `--color never` would look like its `--color`.
 */
async function colorLevel(io: Io, when: ColorWhen): Promise<ColorLevel> {
  if (when === 'never') return 0;
  const forced = forceColor(io.env.FORCE_COLOR);
  if (when === 'always') return forced !== undefined && forced > 0 ? forced : io.stdoutIsTty ? terminalLevel() : 1;
  if (forced !== undefined) return forced;
  if ((io.env.NO_COLOR ?? '') !== '' || !io.stdoutIsTty || io.env.TERM === 'dumb') return 0;
  return terminalLevel();
}

/** FORCE_COLOR as chalk reads it: empty or true 1, false 0, a number its level up to 3. */
function forceColor(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? 1 : (Math.max(0, Math.min(n, 3)) as ColorLevel);
}
