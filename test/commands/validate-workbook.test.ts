import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * A workbook written by hand (with exceljs, not by jobs-report): a title row, a 합계 row and a 계 column,
 * and one wrong total. validate has never seen it, finds the totals itself and says which tables it checked.
 */
test('validate finds the wrong total in a workbook it has never seen', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('분기별 실적');
  ws.addRow(['분기별 취업자 (단위: 명)']);
  ws.addRow(['구 분', '1분기', '2분기', '계']);
  ws.addRow(['청년층', 10, 20, 30]);
  ws.addRow(['중장년층', 5, 7, 12]);
  ws.addRow(['합 계', 15, 27, 43]); // wrong: 15 + 27 = 42 across, 30 + 12 = 42 down
  const other = wb.addWorksheet('메모');
  other.addRow(['비고']);
  other.addRow(['합계 없는 시트']);
  const file = join(mkdtempSync(join(tmpdir(), 'jr-')), '실적.xlsx');
  await wb.xlsx.writeFile(file);

  const r = await runCli(['validate', file, '--format', 'json']);
  expect(r.code).toBe(1);
  const out = JSON.parse(r.stdout) as { checks: { cell: string; ok: boolean }[]; findings: { code: string; sheet: string; cell: string; expected: string; actual: string }[] };
  // D5 is wrong by both identities: the 합계 row (D3 + D4 = 30 + 12) and the 계 column (B5 + C5 = 15 + 27).
  expect(out.findings.map((f) => [f.code, f.sheet, f.cell, f.expected, f.actual])).toEqual([
    ['table-sum', '분기별 실적', 'D5', '42', '43'],
    ['table-sum', '분기별 실적', 'D5', '42', '43'],
  ]);
  // Checked: 합계 row B5, C5, D5; 계 column D3, D4, D5.
  expect(out.checks.map((c) => [c.cell, c.ok])).toEqual([
    ['B5', true], ['C5', true], ['D5', false],
    ['D3', true], ['D4', true], ['D5', false],
  ]);

  const text = await runCli(['validate', file]);
  expect(text.stdout).toContain('검사한 표: 분기별 실적 (6건), 메모 (0건)');
  expect(text.stdout).toContain('실적.xlsx 분기별 실적!D5: 표 「분기별 실적」 합 계 43이 D3:D4의 합 42와 다릅니다 (차이 △1).');
});
