import { BASIS_LEVEL, BOOK_LEVELS, bookNodes, type BookNode } from '../model/budget-book.js';
import type { Figure } from '../model/dataset.js';
import type { Provenance } from '../model/provenance.js';
import { ZERO } from '../model/money.js';
import { Collector } from './collector.js';
import { projectOf } from './book-project.js';
import type { CheckRule } from './rule.js';

/**
 * 비교증감 = 예산액 − 전년도 예산액 (book-change), for every node of a budget book and every funding row that
 * states a change. A blank 증감 or 전년도 is 0 (a new item), except on a 산출근거 and a funding row, which
 * are checked only where they print a 증감. The finding is at the 증감 cell, blank or `-` as it may be.
 */
export const bookChange: CheckRule = (dataset) => {
  const out = new Collector();
  if (!dataset.book) return out.result();
  const compare = (node: BookNode, amount: Figure | null, previous: Figure | null, change: Figure | null, place: Provenance, params: Record<string, string>) => {
    const expected = (amount?.value ?? ZERO).minus(previous?.value ?? ZERO);
    out.compare({ code: 'book-change', severity: 'error', ...projectOf(node), at: change?.at ?? place, stated: change?.value ?? ZERO, expected, params: { ...params, amount: amount?.raw.trim() || '0', previous: previous?.raw.trim() || '0' } });
  };
  for (const node of bookNodes(dataset.book)) {
    const level = BOOK_LEVELS[node.level]!;
    if (node.level !== BASIS_LEVEL || node.change !== null) compare(node, node.amount, node.previous, node.change, node.changeAt, { name: node.name, level });
    for (const f of node.funding) if (f.change !== null) compare(node, f.amount, f.previous, f.change, f.at, { name: `${node.name} ${f.source}`, level });
  }
  return out.result();
};
