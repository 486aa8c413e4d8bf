/**
 * The four terminal styles our tables and findings use. The command decides the colour level (see
 * commands/colour.ts: --color, FORCE_COLOR, NO_COLOR, the terminal); chalk writes the codes. Off, each
 * style returns the text unchanged, and chalk is not even loaded (it loads node:tty, a cost at every run).
 */
export interface Styles {
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

const plain = (text: string) => text;

export const PLAIN: Styles = { bold: plain, red: plain, yellow: plain, green: plain };

/** chalk's levels: 0 none, 1 basic 16 colours, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** Styles at `level`, through chalk (imported only when there is colour to write). */
export async function stylesAt(level: ColorLevel): Promise<Styles> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return { bold: (s) => chalk.bold(s), red: (s) => chalk.red(s), yellow: (s) => chalk.yellow(s), green: (s) => chalk.green(s) };
}

/** The colour level chalk finds for this terminal (256 colours, truecolor), at least basic colour. */
export async function terminalLevel(): Promise<ColorLevel> {
  const { supportsColor } = await import('chalk');
  return supportsColor ? supportsColor.level : 1;
}
