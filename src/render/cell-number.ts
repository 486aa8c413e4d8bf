import { Decimal } from 'decimal.js';

/**
 * A figure a workbook's number cell cannot hold exactly: the cell is a double (15 to 17 significant
 * digits), and this decimal would come back as another. It is refused, never written rounded.
 */
export class InexactCellNumber extends Error {
  constructor(readonly value: string) {
    super(`${value} does not fit a spreadsheet number exactly`);
  }
}

/**
 * Throws InexactCellNumber unless the decimal text reads back from a double as the same decimal. Any
 * decimal of at most 15 significant digits does (the common case, decided from the length alone); a longer
 * one is converted once to see (Number() here tests representability, it computes nothing).
 */
export function checkCellNumber(text: string): void {
  if (text.length <= 15) return;
  if (!new Decimal(Number(text)).equals(new Decimal(text))) throw new InexactCellNumber(text);
}

/**
 * Decimal → the double a workbook stores: an amount exactly or not at all (see checkCellNumber); a rate or
 * share is a quotient, shown rounded by the cell's format, so its nearest double is the value.
 */
export function toCellNumber(value: Decimal, amount: boolean): number {
  return amount ? amountCellNumber(value) : value.toNumber();
}

/** An amount as the double a workbook stores, exactly (see checkCellNumber). */
export function amountCellNumber(value: Decimal): number {
  checkCellNumber(value.toFixed());
  return value.toNumber();
}

/**
 * A number's exact decimal text as the double a workbook stores, refused when the double would be another
 * figure (see checkCellNumber): after the check, the conversion is exact.
 */
export function exactCellNumber(text: string): number {
  checkCellNumber(text);
  return Number(text);
}
