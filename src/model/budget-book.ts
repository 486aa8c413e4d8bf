import type { Figure, Source } from './dataset.js';
import type { Unit } from './money.js';
import type { Provenance } from './provenance.js';

/**
 * The levels of a budget book (세출예산 사업명세서), from the top: each row of the book is one node at one
 * level, and a node's 예산액 is the sum of its children's. 산출근거 rows are the leaves: a calculation
 * (`9,000원*6명*90일`) and the amount it gives.
 */
export const BOOK_LEVELS = ['부서', '정책사업', '단위사업', '세부사업', '편성목', '통계목', '산출근거'] as const;

/** The level whose nodes are the book's projects when it is read as a budget (per 세부사업 and source). */
export const PROJECT_LEVEL = BOOK_LEVELS.indexOf('세부사업');
/** The leaves: a calculation and its amount. */
export const BASIS_LEVEL = BOOK_LEVELS.indexOf('산출근거');

/** A funding row under a node (`국 12,575,634`): one source's part of the node's 예산액. */
export interface BookFunding {
  source: Source;
  amount: Figure;
  /** The source's part of the 전년도 예산액 and the 비교증감, where the row states them. */
  previous: Figure | null;
  change: Figure | null;
  /** The cell that names the source. */
  at: Provenance;
}

export interface BookNode {
  /** Index into BOOK_LEVELS. */
  level: number;
  name: string;
  /** 예산액, 전년도 예산액, 비교증감 (`△1,200` = −1,200); null where the cell is blank. */
  amount: Figure | null;
  previous: Figure | null;
  change: Figure | null;
  children: BookNode[];
  funding: BookFunding[];
  /** The cell that names the node (for a 산출근거: the calculation's cell). */
  at: Provenance;
  /** The node's 비교증감 cell, where a blank or `-` change is found when the budget did change. */
  changeAt: Provenance;
  /** The project (세부사업) the node is or belongs to, as the book's budget lines name it; none above 세부사업. */
  project?: string;
}

/** A budget book as read: its year and unit (from its title rows, else the dataset's) and its top nodes. */
export interface BudgetBook {
  file: string;
  sheet?: string;
  year?: number;
  unit: Unit;
  /** The 전년도 column is the same year's 기정 예산액 (a 추경 book): no lines for the year before. */
  earlier?: boolean;
  roots: BookNode[];
}

/** Every node of the book, parents before their children, in the book's order. */
export function* bookNodes(book: BudgetBook): Generator<BookNode> {
  const stack = [...book.roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
