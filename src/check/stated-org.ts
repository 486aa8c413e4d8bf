import type { StatedBudgetTotal } from '../model/dataset.js';

/** The organisation a stated total is for, as the `org` of a lookup and of its check; nothing when it names none. */
export function orgOf(t: StatedBudgetTotal): { org?: string } {
  return t.org === undefined ? {} : { org: t.org };
}
