import type { Cell } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FORMULA_NAME, N, NATIONAL_ONLY, writeLeanSummaryReport } from '../../helpers/lean-summary-data.js';
import { readWorkbookFile } from '../../helpers/report-workbook.js';

type Shown = { f: string; v: number | undefined } | string | number | null;

/** A cell as formula and cached result, or its plain value (exceljs reads a cached 0 or "" back as no result). */
function shown(cell: Cell): Shown {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && 'formula' in v) {
    const { formula, result } = v as { formula: string; result?: number };
    return { f: formula, v: result };
  }
  return (v as string | number | null) ?? null;
}

/** A blank share or rate (IF(…=0,"",…)) reads back as no result. */
const BLANK = undefined;

/** Row r of project k in 요약: the formulas and the figures of hand arithmetic (see lean-summary-data.ts). */
function expected(k: number): Shown[] {
  const r = k + 2;
  // 2022: 국비 k, 시비 k, 구비 k + 1 → 계 3k + 1; project 50: 국비 50 alone → 계 50.
  const [nat, city, district] = k === NATIONAL_ONLY ? [k, 0, 0] : [k, k, k + 1];
  const total = nat + city + district;
  // 2021: 구비 2k; the last project has none → 0.
  const previous = k === N ? 0 : 2 * k;
  const change = total - previous;
  return [
    k,
    k === FORMULA_NAME ? '=SUM(1,2) 사업' : `사업 ${k}`,
    { f: `SUM(D${r}:F${r})`, v: total },
    nat,
    city,
    district,
    // 시비 ÷ (시비 + 구비) = k ÷ (2k + 1), 구비 share (k + 1) ÷ (2k + 1): the double nearest each fraction.
    { f: `IF(E${r}+F${r}=0,"",E${r}/(E${r}+F${r}))`, v: city + district === 0 ? BLANK : city / (city + district) },
    { f: `IF(E${r}+F${r}=0,"",F${r}/(E${r}+F${r}))`, v: city + district === 0 ? BLANK : district / (city + district) },
    previous,
    { f: `C${r}-I${r}`, v: change },
    // 증감률 = (3k + 1 − 2k) ÷ 2k = (k + 1) ÷ 2k; project 50: (50 − 100) ÷ 100 = −0.5.
    { f: `IF(I${r}=0,"",(C${r}-I${r})/I${r})`, v: previous === 0 ? BLANK : change / previous },
  ];
}

describe('요약 of more than 100 projects: lean rows with formulas', () => {
  it('gives every project row its formulas and exact cached values, text as text, styled as the first row', async () => {
    const wb = await readWorkbookFile(await writeLeanSummaryReport());
    const ws = wb.getWorksheet('요약')!;
    for (let k = 1; k <= N; k++) {
      const row = Array.from({ length: 11 }, (_, c) => shown(ws.getCell(k + 2, c + 1)));
      expect(row, `project ${k}`).toEqual(expected(k));
    }
    // Lean rows (from row 4) take the first row's styles column by column.
    for (let c = 1; c <= 11; c++) {
      const [first, lean] = [ws.getCell(3, c), ws.getCell(N + 2, c)];
      expect([lean.numFmt, lean.alignment?.horizontal, lean.border?.top?.style], `column ${c}`).toEqual([first.numFmt, first.alignment?.horizontal, first.border?.top?.style]);
    }
    expect(ws.getCell('G4').numFmt).toBe('0.00%;"△"0.00%;0.00%');
    // The 합계 row follows the last project: Σ 국비 = 1 + … + 101 = 5151; Σ 시비 = 5151 − 50 = 5101;
    // Σ 구비 = Σ(k + 1) − 51 = 5252 − 51 = 5201; 계 = 15453; Σ 2021 = 2 × (1 + … + 100) = 10100.
    const total = N + 3;
    expect(['C', 'D', 'E', 'F', 'I'].map((c) => shown(ws.getCell(`${c}${total}`)))).toEqual([
      { f: `SUM(D${total}:F${total})`, v: 15453 },
      { f: `SUM(D3:D${total - 1})`, v: 5151 },
      { f: `SUM(E3:E${total - 1})`, v: 5101 },
      { f: `SUM(F3:F${total - 1})`, v: 5201 },
      { f: `SUM(I3:I${total - 1})`, v: 10100 },
    ]);
  });
});
