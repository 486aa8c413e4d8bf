import type { BookNode } from '../model/budget-book.js';

/** The project a budget book's finding is about (its 세부사업), for the Collector: none above 세부사업. */
export function projectOf(node: BookNode): { project?: string } {
  return node.project !== undefined ? { project: node.project } : {};
}
