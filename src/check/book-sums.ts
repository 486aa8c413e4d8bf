import type { Decimal } from 'decimal.js';
import { BASIS_LEVEL, BOOK_LEVELS, bookNodes, type BookNode } from '../model/budget-book.js';
import type { Figure } from '../model/dataset.js';
import { sum, ZERO } from '../model/money.js';
import { Collector } from './collector.js';
import { projectOf } from './book-project.js';
import type { CheckRule } from './rule.js';

/** A blank figure counts as nothing in the book's sums (a new item's 전년도 예산액 is printed blank). */
const valueOf = (f: Figure | null): Decimal => f?.value ?? ZERO;

/**
 * A budget book's tree sums (book-children-sum): each node's 예산액 is the sum of its children's, and its
 * 전년도 예산액 the sum of its children's where they are nodes (a 산출근거 states no previous year).
 * A blank figure is compared as 0 at the node's own cell.
 */
export const bookChildrenSum: CheckRule = (dataset) => {
  const out = new Collector();
  if (!dataset.book) return out.result();
  for (const node of bookNodes(dataset.book)) {
    if (node.children.length === 0) continue;
    const params = { name: node.name, level: BOOK_LEVELS[node.level]!, children: childLevels(node) };
    out.compare({ code: 'book-children-sum', severity: 'error', ...projectOf(node), at: node.amount?.at ?? node.at, stated: valueOf(node.amount), expected: sum(node.children.map((c) => valueOf(c.amount))), params });
    if (node.children.every((c) => c.level !== BASIS_LEVEL)) {
      out.compare({ code: 'book-children-sum', severity: 'error', ...projectOf(node), at: node.previous?.at ?? node.at, stated: valueOf(node.previous), expected: sum(node.children.map((c) => valueOf(c.previous))), params: { ...params, variant: 'previous' } });
    }
  }
  return out.result();
};

/**
 * A node's funding rows (`국 12,575`, `구 3,000`) add up to its 예산액, and, where each states one, to its
 * 전년도 예산액 (book-funding-sum). The sum is stated by the rows, so the finding is at the first row's figure.
 */
export const bookFundingSum: CheckRule = (dataset) => {
  const out = new Collector();
  if (!dataset.book) return out.result();
  for (const node of bookNodes(dataset.book)) {
    const rows = node.funding;
    if (rows.length === 0) continue;
    const sources = rows.map((f) => `${f.source} ${f.amount.raw.trim()}`).join(' + ');
    const params = { name: node.name, level: BOOK_LEVELS[node.level]!, sources, node: node.amount?.at.cell ?? node.at.cell };
    out.compare({ code: 'book-funding-sum', severity: 'error', ...projectOf(node), at: rows[0]!.amount.at, stated: sum(rows.map((f) => f.amount.value)), expected: valueOf(node.amount), params });
    const previous = rows.map((f) => f.previous);
    if (previous.every((p): p is Figure => p !== null)) {
      out.compare({ code: 'book-funding-sum', severity: 'error', ...projectOf(node), at: previous[0]!.at, stated: sum(previous.map((p) => p.value)), expected: valueOf(node.previous), params: { ...params, sources: rows.map((f, i) => `${f.source} ${previous[i]!.raw.trim()}`).join(' + '), node: node.previous?.at.cell ?? node.at.cell, variant: 'previous' } });
    }
  }
  return out.result();
};

/** The levels of a node's children, as the message names them (`편성목`, `통계목·산출근거`). */
function childLevels(node: BookNode): string {
  return [...new Set(node.children.map((c) => BOOK_LEVELS[c.level]!))].join('·');
}
