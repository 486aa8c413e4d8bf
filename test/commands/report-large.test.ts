import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PROJECT_SHEETS } from '../../src/render/report/report-book.js';
import { readWorkbookFile } from '../helpers/report-workbook.js';
import { runCli } from '../helpers/run-cli.js';

describe('report of a dataset with many projects', () => {
  it('puts every project in 요약 with its figures, and makes no sheet per project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobs-report-large-'));
    const n = MAX_PROJECT_SHEETS + 1;
    // Project k: 구비 k in 2021 and 2k in 2022. 2022 total = 2 × (1 + … + n) = n(n + 1).
    const rows = Array.from({ length: n }, (_, i) => [`${i + 1},구비,2021,${i + 1}`, `${i + 1},구비,2022,${2 * (i + 1)}`]).flat();
    const data = join(dir, 'budget.csv');
    writeFileSync(data, ['사업,재원,연도,금액', ...rows].join('\n') + '\n');
    const out = join(dir, 'report.xlsx');
    const r = await runCli(['report', '2022', '--data', data, '-o', out]);
    expect(r.code).toBe(0);
    const wb = await readWorkbookFile(out);
    const visible = wb.worksheets.filter((w) => w.state !== 'hidden').map((w) => w.name);
    // Project sheets are named by number and name (`3 근로자 보호 및 지원`): none here.
    expect(visible.filter((name) => /^\d+ /.test(name))).toEqual([]);
    const summary = wb.getWorksheet(visible[0]!)!;
    const figures: number[] = [];
    summary.eachRow((row) => {
      const v = row.getCell(3).value;
      const value = typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
      if (typeof value === 'number') figures.push(value);
    });
    // The n project rows and the total row (the multi-year table below adds more numbers: count from the top).
    expect(figures.slice(0, n)).toEqual(Array.from({ length: n }, (_, i) => 2 * (i + 1)));
    expect(figures[n]).toBe(n * (n + 1));
    // 일반현황 lists every project (past the first, as lean rows styled like it), numbers as numbers, centred.
    const general = wb.getWorksheet('일반현황')!;
    const list: unknown[] = [];
    general.eachRow((row, r) => r > 2 && list.push(row.getCell(1).value));
    expect(list).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(general.getCell(3 + n - 1, 1).alignment?.horizontal).toBe('center');
  });
});
