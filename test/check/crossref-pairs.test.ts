import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { crossrefs } from '../../src/check/crossrefs.js';
import { loadDataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/formats/input-error.js';

/** The text says 정원 12명 [현원 {stated}]; the staffing table prints `12(11)`. */
async function compare(stated: string) {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-report-pairs-'));
  mkdirSync(join(dir, 'tables'));
  writeFileSync(join(dir, 'budgets.csv'), '사업,재원,연도,금액\n1,구비,2022,100\n');
  writeFileSync(join(dir, 'tables.csv'), '파일,제목\ntables/staffing.csv,인력\n');
  writeFileSync(join(dir, 'tables', 'staffing.csv'), '합 계,5급,6급\n12(11),4(4),8(7)\n');
  writeFileSync(join(dir, 'statements.csv'), `항목,값,원문\n인력,"${stated}",□ 인 력\n`);
  writeFileSync(join(dir, 'crossrefs.csv'), '사업,항목,위치,비교위치\n,인력 정원(현원),statements.csv!B2,tables/staffing.csv!A2\n');
  const { dataset } = await loadDataset(dir);
  return crossrefs(dataset, { holidays: new Map() });
}

describe('cross-references between two pairs 정원(현원)', () => {
  test('compared part by part: 정원 12 = 12; 현원 12 against 11 is a warning on the (m) part', async () => {
    const out = await compare('12(12)');
    expect(out.checks.map((c) => [c.params.label, c.expected, c.actual, c.ok])).toEqual([
      ['인력 정원(현원) n', '12', '12', true],
      ['인력 정원(현원) (m)', '11', '12', false],
    ]);
  });

  test('a pair against one number is an input error naming the number', async () => {
    const error = await compare('12').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).findings.map((f) => [f.file, f.cell, f.actual])).toEqual([['statements.csv', 'B2', '12']]);
  });
});
