import { describe, expect, test } from 'vitest';
import { josa } from '../../src/i18n/josa.js';

// Each expected form is how the word is read aloud (the reading is written beside it), not what the code printed.
describe('josa: the particle fits the sound the word ends in', () => {
  test.each([
    ['1,558,400', '이', '1,558,400이'], // 백오십오만 팔천사백
    ['30,000', '과', '30,000과'], // 삼만
    ['1,234', '이', '1,234가'], // 천이백삼십사
    ['1,588,400', '을', '1,588,400을'], // 사백
    ['5,600', '은', '5,600은'], // 오천육백
    ['10', '이', '10이'], // 십
    ['1,000', '와', '1,000과'], // 천
    ['1,000,000,000,000', '이', '1,000,000,000,000가'], // 일조
    ['0', '을', '0을'], // 영
    ['116.28', '이', '116.28이'], // 백십육 점 이팔
    ['1.5', '을', '1.5를'], // 일 점 오
    ['2022년', '이', '2022년이'],
    ['합계', '이', '합계가'],
    ['금액', '가', '금액이'],
    ['"구 비"', '을', '"구 비"를'],
    ['「2022년 소요예산」', '과', '「2022년 소요예산」과'],
    ['D3', '을', 'D3을'], // 디삼
    ['116%', '이', '116%가'], // 퍼센트
    ['--format', '을', '--format를'], // 포맷… read as the letter 티
    ['html', '은', 'html은'], // 엘
  ])('%s + %s → %s', (word, particle, expected) => {
    expect(josa(word, particle)).toBe(expected);
  });

  test.each([
    ['서울', '서울로'], // ㄹ takes 로
    ['1', '1로'], // 일
    ['3', '3으로'], // 삼
    ['시', '시로'],
    ['구청', '구청으로'],
  ])('으로: %s → %s', (word, expected) => {
    expect(josa(word, '으로')).toBe(expected);
  });
});
