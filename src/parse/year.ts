import { labelKey } from './normalize.js';

/** A year as the tables write it — `2022`, `2022년`, `2022 년` — or undefined: four digits, nothing else. */
export function parseYearLabel(raw: string): number | undefined {
  const m = /^(\d{4})년?$/.exec(labelKey(raw));
  return m ? Number(m[1]) : undefined;
}
