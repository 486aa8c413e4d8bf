import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../helpers/report-workbook.js';
import { runCli } from '../helpers/run-cli.js';

const formula = (cell: Cell): { formula?: string; result?: number } => (cell.value ?? {}) as { formula?: string; result?: number };

describe('budget and achievement --format xlsx: print-ready, totals live', () => {
  it('budget: 합계 a SUM of the project rows caching 8,533,450, the 계 of the multi-year table a SUM of the sources', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'jr-bx-')), 'budget.xlsx');
    expect((await runCli(['budget', '2022', '--format', 'xlsx', '-o', out])).code).toBe(0);
    const wb = await readWorkbookFile(out);
    const [budget, multi] = wb.worksheets;
    // Title, header, projects 1–7 in rows 3–9, 합계 in row 10.
    expect(formula(budget!.getCell('C10'))).toEqual({ formula: 'SUM(C3:C9)', result: 8533450 });
    // 국비 is project 7's alone: 375,541.
    expect(formula(budget!.getCell('D10'))).toEqual({ formula: 'SUM(D3:D9)', result: 375541 });
    // 계 comes first and adds the sources below it: 2022 = 375,541 + 4,087,749 + 4,070,160 = 8,533,450.
    expect(formula(multi!.getCell('D3'))).toEqual({ formula: 'SUM(D4:D6)', result: 8533450 });
    for (const ws of [budget!, multi!]) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.headerFooter.oddHeader).toContain('2022년 주요업무보고');
      expect(ws.headerFooter.oddFooter).toContain('- &P -');
    }
  });

  it('achievement: every sheet one page wide, each page identified', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'jr-ax-')), 'achievement.xlsx');
    expect((await runCli(['achievement', '--format', 'xlsx', '-o', out])).code).toBe(0);
    const wb = await readWorkbookFile(out);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ fitToWidth: 1, fitToHeight: 0, orientation: 'landscape' });
      expect(ws.headerFooter.oddHeader, ws.name).toContain('서울특별시 금천구 일자리창출과');
    }
  });
});
