import { Decimal } from 'decimal.js';
import { escapeControl } from '../i18n/safe-text.js';
import { formatNumber, plainDecimal, type NumberStyle } from './format.js';
import type { SheetCell } from './sheet.js';

/** A cell as people read it: grouped digits, △ negatives, rounded rates; user text escaped. */
export function displayText(cell: SheetCell, style: NumberStyle): string {
  if (cell.value === null) return cell.kind === 'text' ? '' : '-';
  if (!(cell.value instanceof Decimal)) return escapeControl(cell.value);
  return formatNumber(cell.value, style, cell.kind === 'amount' ? undefined : cell.places);
}

/** A cell for machines (CSV): plain exact decimals, rates rounded to their shown places, text as is. */
export function machineText(cell: SheetCell): string {
  if (cell.value === null) return '';
  if (!(cell.value instanceof Decimal)) return cell.value;
  return plainDecimal(cell.value, cell.kind === 'amount' ? undefined : cell.places);
}
