import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const HANGUL = /[\uAC00-\uD7A3]/;

/** The commands `jobs-report --help` lists (the help command itself aside). */
const help = (await runCli(['--help'])).stdout.split('\n');
const commandList = help.slice(help.indexOf('명령:') + 1, help.indexOf('', help.indexOf('명령:')));
const names = commandList.flatMap((l) => /^ {2}([\w-]+) /.exec(l)?.[1] ?? []).filter((n) => n !== 'help');

describe.each(names)('--lang en: %s', (name) => {
  test('help: English titles and purpose', async () => {
    const en = (await runCli(['--lang', 'en', name, '--help'])).stdout.split('\n');
    const ko = (await runCli([name, '--help'])).stdout.split('\n');
    expect(en[0]).toMatch(/^Usage: jobs-report /);
    expect(en[2]).not.toBe(ko[2]);
    expect(en).toContain('Options:');
    expect(en).toContain('Examples:');
  });

  test('a usage mistake is reported in English', async () => {
    const r = await runCli(['--lang', 'en', name, '--bogus']);
    expect(r.code).toBe(2);
    // commander reports a missing required option or argument before an unknown one.
    expect(r.stderr).toMatch(new RegExp(`^(Unknown option --bogus|Required option --[\\w-]+ is missing|Missing required argument \\w+)\\.\nSee jobs-report ${name} --help for usage\\.\n$`));
  });
});

/** Labels only the catalog writes; data (project names, 천원, 국비 in the data) may stay Korean. */
describe('--lang en: output labels and messages', () => {
  test('budget', async () => {
    const r = await runCli(['--lang', 'en', 'budget', '2022']);
    expect(r.stderr).toBe('No --data given: using the bundled dataset (fixtures/geumcheon-2022).\n');
    expect(r.stdout).toContain('2022 budget (unit:');
    expect(r.stdout.split('\n')[1]).toMatch(/^No\.\s+Project\s+Total\s+National\s+City\s+District\s+City share/);
    expect(r.stdout).not.toMatch(/시비 비율|증감률|재원별/);
  });

  test.each<[string[], string]>([
    [['split', '63400', '--city', '70%'], 'Subsidy split'],
    [['project', '894869', '--growth', '1%', '--from', '2022'], 'Projection at 1% a year'],
  ])('%j', async (args, title) => {
    const r = await runCli(['--lang', 'en', ...args]);
    expect(r.stdout.split('\n')[0]).toContain(title);
    expect(r.stdout).not.toMatch(HANGUL);
  });

  test('a bad argument of a calculator', async () => {
    const r = await runCli(['--lang', 'en', 'split', 'abc', '--city', '70%']);
    expect(r.stderr).toBe('amount: Cannot read "abc"; expected an amount (e.g. 179,598 or 179,598천원).\n');
  });

  test.runIf(names.includes('validate'))('validate', async () => {
    const r = await runCli(['--lang', 'en', 'validate']);
    expect(r.stdout).toMatch(/\d+ checks, 1 errors?, 3 warnings/);
    expect(r.stdout).toContain('headline "2022 budget" 1,558,400');
  });

  test.runIf(names.includes('achievement'))('achievement', async () => {
    const r = await runCli(['--lang', 'en', 'achievement', '2021']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Indicator\s+Year\s+Unit\s+Target\s+Result/);
  });

  test('template: the instructions sheet in English', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jobs-report-en-')), 'input.xlsx');
    const r = await runCli(['--lang', 'en', 'template', '-o', file, '--year', '2022']);
    expect(r.stderr).toBe(`${file}: Input template written (16 input tables).\n`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const text: string[] = [];
    wb.worksheets[0]!.eachRow((row) => text.push(String(row.getCell(1).value ?? '')));
    expect(text[0]).toBe('jobs-report input template (2022): how to fill it in');
  });
});
