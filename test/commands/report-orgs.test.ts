import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AMOUNT_FORMAT } from '../../src/render/xlsx.js';
import { fixture } from '../helpers/paths.js';
import { readWorkbookFile } from '../helpers/report-workbook.js';
import { runCli } from '../helpers/run-cli.js';

// fixtures/orgs (budgets.csv), 2022; 관악구's blank 구비 is left out:
//   금천구   1 청년 일자리  국 0,  시 120, 구 60 = 180   (2021: 시 100 + 구 50 = 150)
//   금천구   2 어르신 일자리 국 0,  시 0,   구 30 = 30    (2021: none)
//   관악구   1 청년 일자리  국 10, 시 70,  구 0  = 80    (2021: none)
//   해운대구 2 어르신 일자리 국 0,  시 0,   구 44 = 44    (2021: 구 40)
// By project: 1 = 180 + 80 = 260 (국 10, 시 190, 구 60), 2021 150; 2 = 30 + 44 = 74 (구 74), 2021 40.
// Total 334 = 국 10 + 시 190 + 구 134; 2021 190.
const data = fixture('orgs');
const G = '서울특별시 금천구';
const K = '서울특별시 관악구';
const H = '부산광역시 해운대구';

async function report(...args: string[]): Promise<Workbook> {
  const out = join(mkdtempSync(join(tmpdir(), 'jobs-report-orgs-')), 'report.xlsx');
  const r = await runCli(['report', '2022', '--data', data, '-o', out, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return readWorkbookFile(out);
}

/** A cell's number: its value, or a formula's cached result (exceljs reads a cached 0 back as no result). */
function value(cell: Cell): string | number | null {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && 'formula' in v) return (v as { result?: number }).result ?? 0;
  return (v as string | number | null) ?? null;
}

/** Rows from the first under the header (row 3) to the last, as values. */
function table(ws: Worksheet): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let r = 3; r <= ws.rowCount; r++) rows.push(Array.from({ length: ws.columnCount }, (_, c) => value(ws.getCell(r, c + 1))));
  return rows;
}

/** Every cell's text of a sheet, for what it mentions. */
function sheetText(ws: Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out.join('\n');
}

const rounded = (rows: (string | number | null)[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)));

describe('report of several organisations', () => {
  it('adds 사업별 and 기관별 after 요약 and 일반현황, with the figures of hand arithmetic', async () => {
    const wb = await report();
    const visible = wb.worksheets.filter((w) => w.state !== 'hidden').map((w) => w.name);
    expect(visible.slice(0, 4)).toEqual(['요약', '일반현황', '사업별', '기관별']);

    const byProject = wb.getWorksheet('사업별')!;
    expect(byProject.getCell('A1').value).toBe('2022년 사업별 소요예산 — 기관 합산 (단위: 천원)');
    expect(byProject.getRow(2).values).toEqual([undefined, '번호', '사업명', '계', '국비', '시비', '구비', '2021년 계', '증감', '증감률(%)']);
    expect(rounded(table(byProject))).toEqual([
      // 증감 260 − 150 = 110, 110 ÷ 150 = 0.733333; 74 − 40 = 34, 34 ÷ 40 = 0.85
      [1, '청년 일자리', 260, 10, 190, 60, 150, 110, 0.733333],
      [2, '어르신 일자리', 74, 0, 0, 74, 40, 34, 0.85],
      // 334 − 190 = 144, 144 ÷ 190 = 0.757895
      ['', '합계', 334, 10, 190, 134, 190, 144, 0.757895],
    ]);

    const byOrg = wb.getWorksheet('기관별')!;
    expect(byOrg.getRow(2).values).toEqual([undefined, '기관', '번호', '사업명', '계', '국비', '시비', '구비', '2021년 계', '증감', '증감률(%)']);
    expect(rounded(table(byOrg))).toEqual([
      // 180 − 150 = 30, 30 ÷ 150 = 0.2; no 2021 line: previous 0, no rate; 44 − 40 = 4, 4 ÷ 40 = 0.1
      [G, 1, '청년 일자리', 180, 0, 120, 60, 150, 30, 0.2],
      [G, 2, '어르신 일자리', 30, 0, 0, 30, 0, 30, null],
      [K, 1, '청년 일자리', 80, 10, 70, 0, 0, 80, null],
      [H, 2, '어르신 일자리', 44, 0, 0, 44, 40, 4, 0.1],
      ['', '', '합계', 334, 10, 190, 134, 190, 144, 0.757895],
    ]);
    // Lean rows keep the first row's styles: amounts in the department's format, the rate as 0.0%.
    for (const r of [3, 4, 6]) {
      expect(byOrg.getCell(r, 4).numFmt).toBe(AMOUNT_FORMAT);
      expect(byOrg.getCell(r, 10).numFmt).toBe('0.0%;"△"0.0%;0.0%');
      expect(byOrg.getCell(r, 1).border?.top?.style).toBe('thin');
    }
    // The 합계 row adds the rows above it live.
    expect((byOrg.getCell('D7').value as { formula: string }).formula).toBe('SUM(D3:D6)');
  });

  it('--org keeps only those organisations, in every budget sheet', async () => {
    const wb = await report('--org', G, '--org', H);
    // 1 = 금천구 180 (2021 150); 2 = 30 + 44 = 74 (2021 40); total 254 = 시 120 + 구 134, 2021 190
    expect(rounded(table(wb.getWorksheet('사업별')!))).toEqual([
      [1, '청년 일자리', 180, 0, 120, 60, 150, 30, 0.2],
      [2, '어르신 일자리', 74, 0, 0, 74, 40, 34, 0.85],
      ['', '합계', 254, 0, 120, 134, 190, 64, 0.336842], // 64 ÷ 190
    ]);
    expect(table(wb.getWorksheet('기관별')!).map((r) => [r[0], r[1], r[3]])).toEqual([
      [G, 1, 180],
      [G, 2, 30],
      [H, 2, 44],
      ['', '', 254],
    ]);
    const summary = wb.getWorksheet('요약')!;
    expect(value(summary.getCell('C5'))).toBe(254); // 요약's 합계 row under its two projects
    // 검증 as validate --org gives it: 관악구's misprinted rate (25 ÷ 20 = 125 %, printed 130 %) is not among them.
    expect(sheetText(wb.getWorksheet('검증')!)).not.toContain(K);
    expect(sheetText((await report()).getWorksheet('검증')!)).toContain(K);
  });

  it('--by org makes 요약 a table of organisations, with no sheet per project', async () => {
    const wb = await report('--by', 'org');
    const summary = wb.getWorksheet('요약')!;
    expect(summary.getCell('B2').value).toBe('기관');
    expect([3, 4, 5, 6].map((r) => [summary.getCell(r, 2).value, value(summary.getCell(r, 3))])).toEqual([
      [G, 210], // 180 + 30
      [K, 80],
      [H, 44],
      ['합계', 334],
    ]);
    expect(wb.worksheets.map((w) => w.name).filter((n) => /^\d+ /.test(n))).toEqual([]);
  });

  it('refuses an organisation the data does not have, as budget does', async () => {
    const r = await runCli(['report', '--data', data, '-o', join(tmpdir(), 'never.xlsx'), '--org', '서울특별시 종로구']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('기관 "서울특별시 종로구"가 자료에 없습니다. 자료에는 기관 3곳이 있습니다');
  });
});
