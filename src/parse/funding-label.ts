import { isSource, SOURCES, type Source } from '../model/source.js';
import { labelKey } from './normalize.js';

/**
 * A budget book's funding-row label as a source: the source's name (`국비`, `국 비`) or the one syllable the
 * books print for it (`국` for 국비, `구` for 구비: the name without its 비). Undefined for anything else.
 * The short forms follow SOURCES, so a declared source set brings its own (`도` for 도비).
 */
export function fundingSource(label: string): Source | undefined {
  const key = labelKey(label);
  if (isSource(key)) return key;
  return SOURCES.find((s) => s.endsWith('비') && s.slice(0, -1) === key);
}
