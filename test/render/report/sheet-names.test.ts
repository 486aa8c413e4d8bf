import { describe, expect, it } from 'vitest';
import { projectSheetName, SheetNames } from '../../../src/render/report/sheet-names.js';

describe('SheetNames', () => {
  it('keeps Excel rules: at most 31 characters, none of []:*?/\\, no edge apostrophes', () => {
    const names = new SheetNames();
    expect(names.claim(projectSheetName('4', '서울시민 안심 일자리사업(舊공공근로) 추진'))).toBe('4 서울시민 안심 일자리사업(舊공공근로) 추진');
    expect(names.claim('사업 [1/2]: 예산*?')).toBe('사업 1 2 예산');
    expect(names.claim("'인용'")).toBe('인용');
    const long = names.claim('가'.repeat(40));
    expect(long).toBe('가'.repeat(31));
  });

  it('makes names unique, as Excel compares them (case-insensitively), within 31 characters', () => {
    const names = new SheetNames(['소요예산', 'Summary']);
    expect(names.claim('소요예산')).toBe('소요예산 (2)');
    expect(names.claim('summary')).toBe('summary (2)');
    expect(names.claim('가'.repeat(40))).toBe('가'.repeat(31));
    expect(names.claim('가'.repeat(40))).toBe(`${'가'.repeat(27)} (2)`);
  });
});
