/**
 * The four terminal styles our tables use, as the SGR codes every terminal reads (what chalk writes at
 * its basic level). The command decides whether colour is on (a terminal, no NO_COLOR, TERM not dumb:
 * see commands/common.ts useColor); off, each style returns the text unchanged. A library that probes
 * the terminal itself would cost start-up time for a decision already made.
 */
export interface Styles {
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

const ON: Styles = { bold: sgr(1, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39) };
const OFF: Styles = { bold: plain, red: plain, yellow: plain, green: plain };

export function styles(color: boolean): Styles {
  return color ? ON : OFF;
}
