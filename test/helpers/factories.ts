import { defaultInfo } from '../../src/load/info.js';
import type { Dataset } from '../../src/model/dataset.js';

/** A dataset with nothing in it but what a test sets (taze's createChange style). */
export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    path: 'test',
    info: defaultInfo(),
    projects: [],
    budget: [],
    statedTotals: [],
    headlines: [],
    components: [],
    tables: [],
    indicators: [],
    targetGroups: [],
    usage: [],
    ...overrides,
  };
}
