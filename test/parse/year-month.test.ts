import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseYearMonth } from '../../src/parse/year-month.js';

const ym = (raw: string): string | undefined => {
  const r = parseYearMonth(raw);
  return r && `${r.year}-${r.month}`;
};

describe('parseYearMonth: a 연월 as people and Excel write it', () => {
  test.each([
    ['2021-01', '2021-1'], ['2021-1', '2021-1'], ['2021.10', '2021-10'], ['2021.3.', '2021-3'], ['2021. 3.', '2021-3'],
    ['2021/12', '2021-12'], ['2021년 3월', '2021-3'], ['2021년3월', '2021-3'], [' 2021-03 ', '2021-3'],
    // A date cell reads as its date; Excel stores a typed month on its 1st.
    ['2021-03-01', '2021-3'], ['2021.3.1.', '2021-3'], ['2021/03/01', '2021-3'],
    // Excel's mmm-yy as it saves it to CSV, and the month written out.
    ['Mar-22', '2022-3'], ['mar-2022', '2022-3'], ['March 2022', '2022-3'], ['Dec-21', '2021-12'], ['May-21', '2021-5'],
  ])('%s → %s', (raw, expected) => expect(ym(raw)).toBe(expected));

  test.each(['', '계', '2021', '2021-13', '2021-0', '2021-03-22', '1899-12', '2200-01', 'Mars-22', 'Mar', '22-Mar', '3월', '202103', '21.3'])('%s is no month', (raw) => {
    expect(parseYearMonth(raw)).toBeUndefined();
  });
});

test('property: every month of every allowed year, in each written form, reads back as itself', () => {
  const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  fc.assert(
    fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      const mm = String(month).padStart(2, '0');
      const forms = [`${year}-${mm}`, `${year}.${month}`, `${year}. ${month}.`, `${year}/${month}`, `${year}년 ${month}월`, `${year}-${mm}-01`, `${NAMES[month - 1]}-${year}`];
      if (year >= 2000 && year <= 2099) forms.push(`${NAMES[month - 1]}-${String(year).slice(2)}`);
      for (const f of forms) expect(parseYearMonth(f), f).toEqual({ year, month });
    }),
  );
});
