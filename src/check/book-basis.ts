import { BASIS_LEVEL, bookNodes } from '../model/budget-book.js';
import { roundBy, UNIT_WON } from '../model/money.js';
import { parseBasis } from '../parse/basis-formula.js';
import { Collector } from './collector.js';
import { projectOf } from './book-project.js';
import type { CheckRule } from './rule.js';

/**
 * A 산출근거's calculation (`9,000원*6명*90일`, `57,258,880원*11.6%`) gives its amount in the book's unit,
 * rounded to a whole unit by the dataset's 산출근거 반올림 (올림 by default, as budget books round up to the
 * 천원: 4,723.2 → 4,724) (book-basis). A 산출근거 with no calculation, or no amount, states nothing to compare.
 */
export const bookBasis: CheckRule = (dataset) => {
  const out = new Collector();
  const { book } = dataset;
  if (!book) return out.result();
  const rounding = dataset.info.rules.basisRounding;
  for (const node of bookNodes(book)) {
    if (node.level !== BASIS_LEVEL || node.amount === null) continue;
    const product = parseBasis(node.name);
    if (!product) continue;
    const exact = product.won.div(UNIT_WON[book.unit]);
    out.compare({
      code: 'book-basis',
      severity: 'error',
      ...projectOf(node),
      at: node.amount.at,
      stated: node.amount.value,
      expected: roundBy(exact, 0, rounding),
      params: { formula: product.formula, text: node.at.cell, exact: exact.toFixed(), unit: book.unit, rounding },
    });
  }
  return out.result();
};
