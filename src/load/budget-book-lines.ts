import type { BudgetLine, Figure, Project } from '../model/dataset.js';
import { PROJECT_LEVEL, bookNodes, type BudgetBook } from '../model/budget-book.js';
import { findingAt, type Finding } from '../model/finding.js';
import { UNIT_WON, type Unit } from '../model/money.js';
import { describePlace } from '../model/provenance.js';

/**
 * The book as budget lines: each 세부사업's funding rows, for the book's year and (their 전년도 예산액) the
 * year before, in the dataset's unit; a 추경 book's 기정 예산액 is the same year's, and gives no lines. A 세부사업 without funding rows has no source to put its amount under:
 * a warning names it. A book whose title states no year gives no lines, with a warning saying why.
 */
export function bookLines(book: BudgetBook, unit: Unit, problems: Finding[], fallback: Project): { lines: BudgetLine[]; projects: Project[] } {
  const lines: BudgetLine[] = [];
  const projects: Project[] = [];
  const details = [...bookNodes(book)].filter((n) => n.level === PROJECT_LEVEL);
  if (details.length === 0) return { lines, projects };
  const year = book.year;
  if (year === undefined) {
    problems.push(findingAt('book-no-year', 'warning', { file: book.file, sheet: book.sheet }, { file: book.sheet ? `${book.file} ${book.sheet}` : book.file }));
    return { lines, projects };
  }
  const toUnit = (f: Figure) => (book.unit === unit ? f.value : f.value.times(UNIT_WON[book.unit]).div(UNIT_WON[unit]));
  for (const [i, node] of details.entries()) {
    // Numbered in the book's order, as the department's tables number their projects: two 세부사업 of one
    // name (under different 단위사업) stay two projects.
    const id = String(i + 1);
    projects.push({ id, name: node.name || fallback.name, at: node.at });
    for (const n of bookNodes({ ...book, roots: [node] })) n.project = id;
    if (node.funding.length === 0) {
      problems.push(findingAt('book-no-funding', 'warning', node.at, { place: describePlace(node.at), name: node.name }));
    }
    for (const f of node.funding) {
      lines.push({ project: id, source: f.source, year, amount: toUnit(f.amount), at: f.amount.at });
      if (f.previous && !book.earlier) lines.push({ project: id, source: f.source, year: year - 1, amount: toUnit(f.previous), at: f.previous.at });
    }
  }
  return { lines, projects };
}
