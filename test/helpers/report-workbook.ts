import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { runCli } from './run-cli.js';

/** Writes `report 2022` of the bundled dataset to a fresh temporary folder and returns the file's path. */
export async function writeBundledReport(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'jobs-report-')), '2022-업무보고.xlsx');
  const run = await runCli(['report', '2022', '-o', file]);
  if (run.code !== 0) throw new Error(`report exited ${run.code}: ${run.stderr}`);
  return file;
}

export async function readWorkbookFile(file: string): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
