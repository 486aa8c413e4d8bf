import { describe, expect, test } from 'vitest';
import { runChecks } from '../../../src/check/registry.js';
import { loadDataset } from '../../../src/load/dataset.js';
import { findingsSheet } from '../../../src/render/report/findings-sheet.js';
import { fixture } from '../../helpers/paths.js';

async function sheetOf(rel: string, lang: 'ko' | 'en' = 'ko') {
  const { dataset } = await loadDataset(fixture(rel));
  const result = runChecks(dataset, { holidays: new Map() });
  return findingsSheet('검증', result, { visible: [], projects: new Map() }, lang).sheet;
}

describe('the report\'s 검증 sheet', () => {
  test('says no check was run, not that every figure agrees, when nothing states a total', async () => {
    const sheet = await sheetOf('invalid/nothing-checked');
    expect(sheet.rows[1]![1]!.value).toBe('검사 0건: 확인할 합계가 없습니다.');
    // The warning that says what was read is the one row of the table below.
    expect(sheet.rows[3]![8]!.value).toContain('예산 2줄, 표 0개');
    expect(sheet.rows[4]).toBeUndefined();
    expect((await sheetOf('invalid/nothing-checked', 'en')).rows[1]![1]!.value).toBe('Checks: none run, as there is no total to check.');
  });

  test('counts a figure left unchecked as a failed check, as validate does', async () => {
    // Project 1: the 합계 of its 3 rows, the 계 of its 3 years and its headline are 7 comparisons, all holding;
    // project 2's headline, with no budget, is 1 failed check (a warning): 8 checks.
    const sheet = await sheetOf('invalid/headline-without-budget');
    expect(sheet.rows[1]![1]!.value).toBe('검증 결과: 검사 8건, 오류 0건, 경고 1건');
  });
});
