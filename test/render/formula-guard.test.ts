import { expect, test } from 'vitest';
import { neutralizeFormula } from '../../src/render/formula-guard.js';

test('text a spreadsheet would run gets an apostrophe; a lone "-" (nothing, in a printed table) stays as printed', () => {
  expect(neutralizeFormula('-1')).toBe("'-1");
  expect(neutralizeFormula('- 출자금 : 161,928')).toBe("'- 출자금 : 161,928");
  expect(neutralizeFormula('=1+1')).toBe("'=1+1");
  expect(neutralizeFormula('-')).toBe('-');
  expect(neutralizeFormula('5,600')).toBe('5,600');
});
