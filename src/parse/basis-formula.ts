import type { Decimal } from 'decimal.js';
import { Dec, UNIT_WON, type Unit } from '../model/money.js';
import { foldNumeric } from './normalize.js';

/** A factor: a figure (`9,000`, `11.6`) and what it counts: a unit of money, %, or a counter (명, 일, 개월, 회, 식 …). */
const FACTOR = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:천원|원|%|[가-힣]{1,3})?`;
/** Factors joined by a multiplication sign as budget books write it: *, ×, x, X. */
const PRODUCT = new RegExp(`${FACTOR}(?:\\s*[*×xX]\\s*${FACTOR})+`, 'u');
const PARTS = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(천원|원|%|[가-힣]{1,3})?$/u;

/** A 산출근거's calculation: the product in 원, and the text it was read from. */
export interface BasisProduct {
  won: Decimal;
  formula: string;
}

/**
 * The calculation in a 산출근거 (`9,000원*6명*90일`, `57,258,880원×11.6%`, `○ 강사수당: 50,000원 x 4회`):
 * the first product of factors in the text, exactly one of them an amount of money (원 or 천원), a %
 * factor a hundredth. Undefined when the text holds no such product (a heading, a note): then there is
 * nothing to check. Brackets are read through (`(86,666원×8명×12월)`); what follows `=` is left out.
 */
export function parseBasis(text: string): BasisProduct | undefined {
  const body = foldNumeric(text).text.split('=')[0]!.replace(/[()]/g, ' ');
  const m = PRODUCT.exec(body);
  if (!m) return undefined;
  const factors = m[0].split(/\s*[*×xX]\s*/u);
  let won = new Dec(1);
  let money = 0;
  for (const f of factors) {
    const p = PARTS.exec(f.trim());
    if (!p) return undefined;
    const value = new Dec(p[1]!.replace(/,/g, ''));
    const unit = p[2];
    if (unit === '원' || unit === '천원') {
      money++;
      won = won.times(value).times(UNIT_WON[unit as Unit]);
    } else if (unit === '%') won = won.times(value).div(100);
    else won = won.times(value);
  }
  return money === 1 ? { won, formula: m[0].trim() } : undefined;
}
