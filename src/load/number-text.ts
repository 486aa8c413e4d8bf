/**
 * A numeral as a spreadsheet stores it (`2021`, `-1.50E+3`, `1e-7`, `0.30000000000000004`) written as
 * plain decimal text (`2021`, `-1500`, `0.0000001`, `0.30000000000000004`), exactly: the digits move, they
 * are never rounded through a JS number. Text that is not a numeral comes back unchanged, for the cell
 * parsers to reject with its place.
 */
export function plainDecimal(text: string): string {
  if (SIMPLE.test(text)) return text;
  const m = NUMERAL.exec(text);
  if (!m) return text;
  const [, sign, whole = '', fractionAfterWhole, fractionAlone, exponent] = m;
  const fraction = fractionAfterWhole ?? fractionAlone ?? '';
  const shift = exponent === undefined ? 0 : Number(exponent);
  // Past this the numeral is no amount anyone wrote; left as it is for the parsers to refuse.
  if (Math.abs(shift) > MAX_SHIFT) return text;
  let digits = whole + fraction;
  let point = whole.length + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+/, '') || '0';
  const frac = digits.slice(point).replace(/0+$/, '');
  const body = frac === '' ? int : `${int}.${frac}`;
  return sign === '-' && body !== '0' ? `-${body}` : body;
}

const SIMPLE = /^(?:0|-?[1-9]\d*)$/;
const NUMERAL = /^([-+]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([-+]?\d{1,6}))?$/;
const MAX_SHIFT = 400;

/** Excel shows (and computes with) at most this many significant digits of a number cell. */
const EXCEL_DIGITS = 15;

/**
 * A number cell's stored numeral as Excel shows it: plain decimals, rounded half-up (반올림) to 15
 * significant digits. Excel stores `=0.1+0.2` as the double 0.30000000000000004 and shows 0.3; the user
 * typed 0.3, so 0.3 is what is read. Numerals of 15 digits or fewer (every figure anyone types) are only
 * written out plainly.
 */
export function excelNumberText(text: string): string {
  const plain = plainDecimal(text);
  if (plain.length <= EXCEL_DIGITS) return plain;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!m) return plain;
  const [, sign, whole, fraction = ''] = m;
  const digits = (whole! + fraction).replace(/^0+/, '');
  const drop = digits.length - EXCEL_DIGITS;
  if (drop <= 0) return plain;
  const unit = 10n ** BigInt(drop);
  const n = BigInt(digits);
  const kept = ((n + unit / 2n) / unit) * unit;
  return plainDecimal(`${sign}${kept}E-${fraction.length}`);
}
