import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readWorkbookBytes } from '../../src/formats/xlsx.js';
import { writeLeanSummaryReport } from '../helpers/lean-summary-data.js';
import { BUNDLED } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { entryText } from '../helpers/workbook-zip.js';

/**
 * Every kind of workbook jobs-report writes, opened by a strict reader: openpyxl (python3) where it is
 * installed, else LibreOffice; our own reader (well-formed XML in every part it reads) and Excel's grammar
 * for defined names always. A part a reader would repair or refuse fails the test.
 */
const dir = mkdtempSync(join(tmpdir(), 'jr-strict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0);
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const STRICT = python ? 'openpyxl' : soffice ? 'LibreOffice' : undefined;
if (!STRICT) console.warn('strict-reader: the outside reader is skipped because neither openpyxl (python3) nor LibreOffice (soffice) is installed');

/** Loads each workbook with openpyxl, every warning (a repaired part) an error, and reads each defined name's destinations. */
const OPENPYXL = `
import sys, warnings
warnings.simplefilter('error')
import openpyxl
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            pass
        ws.print_title_rows
    print('ok', path)
`;

/** A defined name's reference as Excel reads it: a sheet (bare, or quoted with '' inside) then a range. */
const REFERENCE = /^(?:[\p{L}_][\p{L}\p{N}_.]*|'(?:[^'\\/?*[\]:]|'')+')!\$?[A-Z]{0,3}\$?\d*(?::\$?[A-Z]{0,3}\$?\d*)?(?:,.+)?$/u;

async function definedNames(bytes: Buffer): Promise<string[]> {
  const xml = await entryText(bytes, 'xl/workbook.xml');
  return [...xml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

/** The bundled dataset with a project whose name holds an apostrophe (its sheet name is quoted) and a team with control characters. */
function oddNames(): string {
  const data = join(dir, 'odd-names');
  cpSync(BUNDLED, data, { recursive: true });
  const projects = join(data, 'projects.csv');
  writeFileSync(projects, readFileSync(projects, 'utf8').replace('수요자 맞춤형 일자리 창출', "it's 맞춤형 일자리 창출").replace('일자리기획팀', '일자리\u0000기획\u202e팀'));
  return data;
}

async function written(): Promise<string[]> {
  const odd = oddNames();
  const runs: [string, string[]][] = [
    ['budget.xlsx', ['budget', '2022', '--format', 'xlsx']],
    ['achievement.xlsx', ['achievement', '--format', 'xlsx']],
    ['report.xlsx', ['report', '2022']],
    ['report-odd.xlsx', ['report', '2022', '--data', odd]],
    ['budget-odd.xlsx', ['budget', '2022', '--format', 'xlsx', '--data', odd]],
    ['template.xlsx', ['template']],
    ['template-printed.xlsx', ['template', '--layout', 'printed', '--year', '2022']],
  ];
  const files: string[] = [];
  for (const [name, args] of runs) {
    const file = join(dir, name);
    const run = await runCli([...args, '-o', file]);
    if (run.code !== 0) throw new Error(`${args.join(' ')} exited ${run.code}: ${run.stderr}`);
    files.push(file);
  }
  files.push(await writeLeanSummaryReport());
  return files;
}

describe('every workbook jobs-report writes is valid as written', () => {
  let files: string[] = [];

  test('our reader reads every part of each, and every defined name follows Excel\'s quoting rules', async () => {
    files = await written();
    for (const file of files) {
      const bytes = readFileSync(file);
      await expect(readWorkbookBytes(bytes, file)).resolves.toBeDefined();
      for (const name of await definedNames(bytes)) expect(name, `${file}: ${name}`).toMatch(REFERENCE);
    }
    // A project named with an apostrophe: its sheet takes ’ (exceljs would write a print-title range that
    // does not double it), and every reference to it still follows the rules above.
    const odd = (await readWorkbookBytes(readFileSync(join(dir, 'report-odd.xlsx')), 'report-odd.xlsx')).tables.map((t) => t.sheet);
    expect(odd).toContain('1 it’s 맞춤형 일자리 창출');
  }, 120_000);

  test.skipIf(!STRICT)(`opened by ${STRICT ?? 'a strict reader'} without a repaired or refused part`, () => {
    if (files.length === 0) throw new Error('no workbooks were written');
    if (python) {
      const r = spawnSync(python, ['-c', OPENPYXL, ...files], { encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(files.length);
      return;
    }
    const out = mkdtempSync(join(tmpdir(), 'jr-strict-lo-'));
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${join(out, 'profile')}`, '--headless', '--norestore', '--convert-to', 'csv', '--outdir', out, ...files], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/error|repair/i);
  }, 180_000);
});
