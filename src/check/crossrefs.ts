import { describePlace } from '../model/provenance.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/**
 * The same quantity stated in two places (crossrefs.csv) must agree. A difference is a warning: the two
 * may legitimately be a budget and an actual.
 */
export const crossrefs: CheckRule = (dataset) => {
  const out = new Collector();
  for (const ref of dataset.crossrefs ?? []) {
    const claim = {
      code: 'crossref-differs',
      severity: 'warning' as const,
      at: ref.place.at,
      stated: ref.place.value,
      expected: ref.other.value,
      params: { label: ref.part === undefined ? ref.label : `${ref.label} ${ref.part}`, other: describePlace(ref.other.at) },
    };
    out.compare(ref.project !== undefined ? { ...claim, project: ref.project } : claim);
  }
  return out.result();
};
