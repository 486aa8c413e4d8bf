import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/formats/csv.js';
import { N, writeLeanSummaryReport } from '../helpers/lean-summary-data.js';
import { readWorkbookFile, writeBundledReport } from '../helpers/report-workbook.js';

/**
 * A real spreadsheet engine recalculates every formula of the report and must get what jobs-report
 * cached. LibreOffice keeps cached values on load by default; a throw-away profile sets OOXMLRecalcMode
 * to 0 (always recalculate). CI installs it (.ci/run); elsewhere the test is skipped, saying why.
 */
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const SKIP = soffice === '';
if (SKIP) console.warn('report-libreoffice: skipped because LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui fonts-nanum');

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;
/** Comma, double quote, UTF-8, raw values (not as shown), every sheet (-1: LibreOffice 7.2+). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Opens the workbooks headless, recalculating everything, and returns each one's sheets as CSV rows. */
function recalculated(files: string[]): Map<string, Map<string, string[][]>> {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-report-lo-'));
  mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
  writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = join(dir, 'out');
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', CSV_FILTER, '--outdir', out, ...files], { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`soffice exited ${r.status}: ${r.stderr}`);
  const books = new Map<string, Map<string, string[][]>>();
  for (const file of files) {
    const base = basename(file, '.xlsx');
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(out).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.csv'))) {
      const table = parseCsv(readFileSync(join(out, csv), 'utf8'), csv);
      const rows: string[][] = [];
      for (const row of table.rows) rows[row.row - 1] = row.cells;
      sheets.set(csv.slice(base.length + 1, -'.csv'.length), rows);
    }
    books.set(file, sheets);
  }
  return books;
}

/**
 * Same figure: equal up to the last digits of a double (shares and rates are quotients). LibreOffice
 * writes a percentage cell's raw value as a percentage (`37.6420695504665%`).
 */
function same(recalc: string, cached: number): boolean {
  if (recalc === '') return false;
  const a = recalc.endsWith('%') ? new Decimal(recalc.slice(0, -1)).div(100) : new Decimal(recalc);
  return a.minus(cached).abs().lte(new Decimal(cached).abs().times(1e-12).plus(1e-12));
}

describe.skipIf(SKIP)('report: LibreOffice recalculates every formula to the cached value', () => {
  it('every formula of every visible sheet, and no error values', async () => {
    const report = await writeBundledReport();
    // A control workbook whose one formula caches a wrong value: proves the recalculation really ran.
    const control = join(mkdtempSync(join(tmpdir(), 'jobs-report-ctl-')), 'control.xlsx');
    const { default: ExcelJS } = await import('exceljs');
    const cwb = new ExcelJS.Workbook();
    cwb.addWorksheet('s').getCell('A1').value = { formula: '1+1', result: 5 };
    await cwb.xlsx.writeFile(control);

    const books = recalculated([report, control]);
    expect(books.get(control)!.get('s')?.[0]?.[0]).toBe('2');

    const { formulas, wrong } = await compare(report, books.get(report)!);
    expect(wrong).toEqual([]);
    // 요약 alone has 11 columns × 8 rows of formulas; the project sheets many more.
    expect(formulas).toBeGreaterThan(150);
  }, 240_000);

  it('the formulas of lean rows: a 요약 of more than 100 projects', async () => {
    const report = await writeLeanSummaryReport();
    const { formulas, wrong } = await compare(report, recalculated([report]).get(report)!);
    expect(wrong).toEqual([]);
    // 101 project rows × 5 formulas (계, two shares, 증감, 증감률), then the 합계 row's and the multi-year table's.
    expect(formulas).toBeGreaterThan(N * 5);
  }, 240_000);
});

/**
 * Every formula of the workbook's visible sheets against LibreOffice's recalculation (`sheets`): how many
 * there are, and those whose cached value differs. No sheet may show an error value.
 */
async function compare(file: string, sheets: Map<string, string[][]>): Promise<{ formulas: number; wrong: string[] }> {
  const wb = await readWorkbookFile(file);
  let formulas = 0;
  const wrong: string[] = [];
  for (const ws of wb.worksheets.filter((w) => w.state !== 'hidden')) {
    const rows = sheets.get(ws.name);
    expect(rows, ws.name).toBeDefined();
    for (const row of rows!) for (const cell of row ?? []) expect(cell, ws.name).not.toMatch(/^(Err:\d+|#[A-Z/0!?]+)/);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        // exceljs reads a merged range's covered cells as its master: only the master holds the formula.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value as { formula?: string; result?: number | string } | null;
        if (!v || typeof v !== 'object' || !('formula' in v)) return;
        formulas++;
        const recalc = rows![r - 1]?.[c - 1] ?? '';
        // exceljs drops a falsy cached result on reading (0 or ""): LibreOffice must then give 0 or nothing.
        const ok = v.result === undefined ? recalc === '' || same(recalc, 0) : typeof v.result === 'number' ? same(recalc, v.result) : recalc === v.result;
        if (!ok) wrong.push(`${ws.name}!${cell.address} =${v.formula}: cached ${String(v.result)}, LibreOffice ${recalc}`);
      }),
    );
  }
  return { formulas, wrong };
}
