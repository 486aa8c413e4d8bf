import { describe, expect, it } from 'vitest';
import { parseHeaderMap } from '../../src/parse/header-map.js';
import { HEADER_WORDS, withHeaderMap } from '../../src/parse/header-words.js';

describe('parseHeaderMap', () => {
  it('reads column=header pairs, compared as headers are (spaces do not count)', () => {
    expect(parseHeaderMap(['금액=요구액', ' 연도 = 예산 연도 '])).toEqual({ map: new Map([['금액', '요구액'], ['연도', '예산연도']]) });
  });

  it('names the first pair that cannot be one, and why', () => {
    expect(parseHeaderMap(['금액요구액'])).toEqual({ bad: '금액요구액', reason: 'syntax' });
    expect(parseHeaderMap(['금액='])).toEqual({ bad: '금액=', reason: 'syntax' });
    expect(parseHeaderMap(['비고=메모'])).toEqual({ bad: '비고=메모', reason: 'concept' });
    expect(parseHeaderMap(['금액=가', '금액=나'])).toEqual({ bad: '금액=나', reason: 'twice' });
  });
});

describe('withHeaderMap', () => {
  it('lists the mapped header first, leaves the others and HEADER_WORDS alone', () => {
    const words = withHeaderMap(new Map([['사업', '코드'], ['금액', '요구액']]));
    expect(words.amount).toEqual(['요구액', ...HEADER_WORDS.amount]);
    expect(words.project).toEqual(['코드', ...HEADER_WORDS.project]);
    expect(words.projectOfRow).toEqual(['코드', ...HEADER_WORDS.projectOfRow]);
    expect(words.year).toBe(HEADER_WORDS.year);
    expect(HEADER_WORDS.amount[0]).toBe('금액');
  });
});
