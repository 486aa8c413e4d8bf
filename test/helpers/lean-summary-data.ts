import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEAN_ROWS } from '../../src/render/report/grid.js';
import { runCli } from './run-cli.js';

/** Projects in the generated dataset: one past the lean threshold, so 요약 writes lean rows. */
export const N = LEAN_ROWS + 1;
/** The project with 국비 alone in 2022 (no 시비, no 구비: its shares are blank). */
export const NATIONAL_ONLY = 50;
/** The project whose name looks like a formula: it must stay text. */
export const FORMULA_NAME = 7;

/**
 * A long-layout budget of N projects, 천원. Project k (1…N) in 2022: 국비 k, 시비 k, 구비 k + 1; in 2021:
 * 구비 2k. Except project NATIONAL_ONLY (2022: 국비 50 alone) and project N (no 2021 line at all).
 */
export function leanSummaryCsv(): string {
  const lines = ['사업,사업명,재원,연도,금액'];
  for (let k = 1; k <= N; k++) {
    const name = k === FORMULA_NAME ? '"=SUM(1,2) 사업"' : `사업 ${k}`;
    const line = (source: string, year: number, amount: number) => lines.push(`${k},${name},${source},${year},${amount}`);
    line('국비', 2022, k);
    if (k !== NATIONAL_ONLY) {
      line('시비', 2022, k);
      line('구비', 2022, k + 1);
    }
    if (k !== N) line('구비', 2021, 2 * k);
  }
  return lines.join('\n') + '\n';
}

/** `report 2022` of that dataset, written to a fresh temporary folder: the workbook's path. */
export async function writeLeanSummaryReport(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-report-lean-'));
  const data = join(dir, 'budget.csv');
  writeFileSync(data, leanSummaryCsv());
  const out = join(dir, 'report.xlsx');
  const r = await runCli(['report', '2022', '--data', data, '-o', out]);
  if (r.code !== 0) throw new Error(`report exited ${r.code}: ${r.stderr}`);
  return out;
}
