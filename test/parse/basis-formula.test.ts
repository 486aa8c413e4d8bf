import { describe, expect, test } from 'vitest';
import { parseBasis } from '../../src/parse/basis-formula.js';
import { DISTRICT_SOURCES, officeSources } from '../../src/model/source.js';

describe('parseBasis: a 산출근거 calculation in 원', () => {
  test.each([
    // 9,000 × 6 × 90 = 4,860,000
    ['9,000원*6명*90일', '4860000', '9,000원*6명*90일'],
    // 57,258,880 × 0.116 = 6,642,030.08
    ['57,258,880원*11.6%', '6642030.08', '57,258,880원*11.6%'],
    // × and x and X, spaces, a heading before, a bracket around, a result after =
    ['○ 사무실 임차료 350,000원×12개월', '4200000', '350,000원×12개월'],
    ['교재 12,500원x40권', '500000', '12,500원x40권'],
    ['참여수당 50,000원 X 4회 X 30명', '6000000', '50,000원 X 4회 X 30명'],
    ['(86,666원×8명×12월) = 8,319,936원', '8319936', '86,666원×8명×12월'],
    // 천원 is a thousand 원; 1식 counts once
    ['운영비 4,723.2천원*1식', '4723200', '4,723.2천원*1식'],
  ])('%s', (text, won, formula) => {
    const p = parseBasis(text);
    expect(p?.won.toFixed()).toBe(won);
    expect(p?.formula).toBe(formula);
  });

  test.each([
    ['○ 청년 일자리 지원'], // a heading
    ['6명*90일'], // no amount of money
    ['9,000원*6,000원'], // two amounts of money
    ['9,000원'], // a figure, no calculation
  ])('no calculation: %s', (text) => {
    expect(parseBasis(text)).toBeUndefined();
  });
});

describe('a budget book funding label: the dataset\'s source it names (the vocabulary of model/source.ts)', () => {
  test.each([
    ['국', '국비'], ['시', '시비'], ['구', '구비'], ['국비', '국비'], ['구 비', '구비'], [' 시 ', '시비'], ['국고', '국비'],
  ])('%s → %s', (label, source) => {
    expect(DISTRICT_SOURCES.named(label)).toBe(source);
  });

  test.each([['군'], ['도'], ['기타'], ['']])('%s is no source of a 자치구', (label) => {
    expect(DISTRICT_SOURCES.named(label)).toBeUndefined();
  });

  test('a 군 brings its own: 도 for 도비, 군 for 군비', () => {
    const county = officeSources('군')!;
    expect(['국', '도', '군'].map((l) => county.named(l))).toEqual(['국비', '도비', '군비']);
  });
});
