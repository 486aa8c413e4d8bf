import { describe, expect, test } from 'vitest';
import { relocateToDocument, spotText } from '../../src/render/document-place.js';
import type { Finding } from '../../src/model/finding.js';

const table = { number: 12, project: { id: '2', name: '금천일자리주식회사 운영' }, heading: '2022년 소요예산' };

describe('places in a work report', () => {
  test('the text export: a line, or a table cell with its line', () => {
    expect(spotText({ line: 215 }, 'ko')).toBe('215행');
    expect(spotText({ table, row: 3, column: 4, line: 221 }, 'ko')).toBe('표 12 (사업 2 금천일자리주식회사 운영 · 2022년 소요예산) 3행 4열 (221행)');
    expect(spotText({ table, row: 3, column: 4, line: 221 }, 'en')).toBe('table 12 (project 2 금천일자리주식회사 운영 · 2022년 소요예산) row 3 column 4 (line 221)');
  });

  test('HWPX: the section (1-based as 한글 counts) and paragraph where the text gives the line', () => {
    expect(spotText({ section: 0, paragraph: 45 }, 'ko')).toBe('구역 1 문단 45');
    expect(spotText({ table: { number: 3 }, row: 2, column: 1, section: 0, paragraph: 7 }, 'ko')).toBe('표 3 2행 1열 (구역 1 문단 7)');
  });

  test('a finding on a recognised cell is moved to the document, and so are the places its message names', () => {
    const places = new Map([
      ['budgets.csv!G10', { table, row: 4, column: 6, line: 390 }],
      ['budgets.csv!F9', { table, row: 3, column: 5, line: 389 }],
    ]);
    const f: Finding = { code: 'x', severity: 'warning', file: 'r.txt', sheet: 'budgets.csv', cell: 'G10', row: 10, column: 7, params: { place: 'r.txt budgets.csv!G10', from: 'r.txt budgets.csv!G10, F9에서', other: 'r.txt budgets.csv!A1' } };
    relocateToDocument([f], { file: 'r.txt', places }, 'ko');
    expect(f).toMatchObject({ document: '표 12 (사업 2 금천일자리주식회사 운영 · 2022년 소요예산) 4행 6열 (390행)', line: 390, row: 4, column: 6 });
    expect(f.sheet).toBeUndefined();
    expect(f.cell).toBeUndefined();
    expect(f.params.from).toBe('r.txt 표 12 (사업 2 금천일자리주식회사 운영 · 2022년 소요예산) 4행 6열 (390행), 3행 5열 (389행)에서');
    // A place the document has no spot for stays as it was.
    expect(f.params.other).toBe('r.txt budgets.csv!A1');
  });

  test('a cell an earlier line is at (`{first}`: a bare address in the finding\'s own table) reads as the document\'s place', () => {
    const other = { number: 3, project: { id: '1', name: '청년 일자리 상담 운영' }, heading: '2022년 소요예산' };
    const places = new Map([
      ['budgets.csv!D4', { table: other, row: 4, column: 3, line: 43 }],
      ['budgets.csv!D9', { table, row: 4, column: 3, line: 57 }],
      ['budgets.csv!E9', { table, row: 4, column: 4, line: 57 }],
      ['budgets.csv!D8', { table, row: 3, column: 3, line: 56 }],
    ]);
    const at = (cell: string, first: string): Finding => ({ code: 'duplicate-line', severity: 'error', file: 'r.txt', sheet: 'budgets.csv', cell, params: { first } });
    const [elsewhere, same, unknown] = [at('D9', 'D4'), at('E9', 'D8'), at('D9', 'Z99')];
    relocateToDocument([elsewhere, same, unknown], { file: 'r.txt', places }, 'ko');
    expect(elsewhere.params.first).toBe('표 3 (사업 1 청년 일자리 상담 운영 · 2022년 소요예산) 4행 3열 (43행)');
    expect(same.params.first).toBe('3행 3열 (56행)');
    expect(unknown.params.first).toBe('Z99');
  });
});
