import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { readWorkbookFile, writeBundledReport } from '../helpers/report-workbook.js';
import { runCli } from '../helpers/run-cli.js';

const edited = (warnings: { code: string }[]) => warnings.filter((w) => w.code === 'report-edited');

/** One report for every case here: each reads it or writes a copy. */
const report = await writeBundledReport();

describe('a report workbook read back: edits to its visible project sheets are not silently lost', () => {
  it('an unchanged report loads without a word', async () => {
    const { warnings } = await loadDataset(report);
    expect(edited(warnings)).toEqual([]);
  });

  it('a project sheet edited after writing: one warning naming the sheet and the first cell that differs', async () => {
    const wb = await readWorkbookFile(report);
    // Project 3's 2022 시비 (D6) 44,380 → 50,000, and its 2023 구비 (E7) too: two cells, one warning.
    const ws = wb.getWorksheet('3 근로자 보호 및 지원')!;
    ws.getCell('D6').value = 50000;
    ws.getCell('E7').value = 1;
    const out = join(mkdtempSync(join(tmpdir(), 'jr-edit-')), 'edited.xlsx');
    await wb.xlsx.writeFile(out);
    const { warnings, dataset } = await loadDataset(out);
    expect(edited(warnings)).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '3 근로자 보호 및 지원', cell: 'D6', params: expect.objectContaining({ shown: '50000', data: '44380', count: '2' }) }),
    ]);
    // The data read is the hidden sheets': 44,380 still.
    expect(dataset.budget.toArray().find((l) => l.project === '3' && l.source === '시비' && l.year === 2022)?.amount.toFixed()).toBe('44380');
  });
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (soffice === '') console.warn('shown-cells: the LibreOffice round trip is skipped because LibreOffice (soffice) is not installed');

describe.skipIf(soffice === '')('a report re-saved by LibreOffice', () => {
  it('loads without a warning and gives the same budget 2022 --format json as the bundled dataset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jr-lo-'));
    mkdirSync(join(dir, 'profile'));
    mkdirSync(join(dir, 'out'));
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), report], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status).toBe(0);
    const resaved = join(dir, 'out', '2022-업무보고.xlsx');
    const [a, b] = [await runCli(['--data', resaved, 'budget', '2022', '--format', 'json']), await runCli(['budget', '2022', '--format', 'json'])];
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(edited((await loadDataset(resaved)).warnings)).toEqual([]);
  }, 240_000);
});

const openpyxl = spawnSync('python3', ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
if (!openpyxl) console.warn('shown-cells: the openpyxl round trip is skipped because python3 with openpyxl is not installed');

describe.skipIf(!openpyxl)('a report re-saved by openpyxl', () => {
  it('loads without a warning and gives the same budget 2022 --format json as the bundled dataset', async () => {
    const resaved = join(mkdtempSync(join(tmpdir(), 'jr-py-')), 'resaved.xlsx');
    const py = spawnSync('python3', ['-c', 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nwb.save(sys.argv[2])', report, resaved], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    const [a, b] = [await runCli(['--data', resaved, 'budget', '2022', '--format', 'json']), await runCli(['budget', '2022', '--format', 'json'])];
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  }, 60_000);
});
