import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/formats/input-error.js';

/** A dataset folder with one budget line per year of project 1 and the given growth.csv. */
function folder(growth: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-report-growth-'));
  writeFileSync(join(dir, 'info.csv'), '항목,값\n연도,2022\n');
  writeFileSync(join(dir, 'budgets.csv'), '사업,재원,연도,금액\n1,구비,2022,"894,869"\n1,구비,2023,"921,715"\n1,구비,2024,"949,366"\n');
  writeFileSync(join(dir, 'growth.csv'), growth);
  return dir;
}

describe('growth.csv', () => {
  test('without the new columns: 반올림, 전년 대비, from the report year (as before)', async () => {
    const { dataset } = await loadDataset(folder('사업,재원,성장률\n1,구비,3%\n'));
    expect(dataset.growth!.map((g) => [g.rounding, g.method, g.baseYear])).toEqual([['half-up', 'year-on-year', undefined]]);
  });

  test('반올림, 방식 and 기준연도 as the department writes them', async () => {
    const { dataset } = await loadDataset(folder('사업,재원,성장률,반올림,방식,기준연도\n1,구비,3%,절사,기준연도 복리,2022년\n1,계,3%,,전년 대비,\n'));
    expect(dataset.growth!.map((g) => [g.rounding, g.method, g.baseYear])).toEqual([
      ['down', 'compound', 2022],
      ['half-up', 'year-on-year', undefined],
    ]);
  });

  test('an unknown method or rounding is an error at its cell', async () => {
    const error = await loadDataset(folder('사업,재원,성장률,반올림,방식\n1,구비,3%,사사오입,복리\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).findings.map((f) => [f.code, f.cell, f.actual])).toEqual([
      ['bad-number', 'D2', '사사오입'],
      ['bad-number', 'E2', '복리'],
    ]);
  });
});
