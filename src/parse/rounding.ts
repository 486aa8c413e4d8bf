import type { Rounding } from '../model/money.js';

/** The rounding rules by name: the department's words (반올림, 절사 or 버림, 올림) and the CLI's (half-up, down, up). */
const ROUNDING_NAMES: ReadonlyMap<string, Rounding> = new Map([
  ['반올림', 'half-up'], ['half-up', 'half-up'],
  ['절사', 'down'], ['버림', 'down'], ['down', 'down'],
  ['올림', 'up'], ['up', 'up'],
]);

export function roundingNamed(text: string): Rounding | undefined {
  return ROUNDING_NAMES.get(text.trim());
}
