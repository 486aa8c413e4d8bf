import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { BUNDLED, BUNDLED_XLSX } from '../helpers/paths.js';
import { iconvLite } from '../../src/vendor/lazy-modules.js';

describe('jobs-report budget 2022', () => {
  it('prints the table from the bundled dataset and says so on stderr', async () => {
    const r = await runCli(['budget', '2022']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('--data가 없어 내장 자료(fixtures/geumcheon-2022)를 사용합니다.\n');
    expect(r.stdout).toContain('8,533,450');
    await expect(r.stdout).toMatchFileSnapshot('../golden/budget-2022.txt');
  });

  it('writes CSV with a BOM, plain exact numbers, CRLF', async () => {
    const r = await runCli(['budget', '2022', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout).toContain('\r\n,합계,8533450,375541,4087749,4070160,');
    await expect(r.stdout).toMatchFileSnapshot('../golden/budget-2022.csv');
  });

  it('writes CP949 CSV to stdout as CP949 bytes, as old Excel opens it', async () => {
    const r = await runCli(['budget', '2022', '--format', 'csv', '--encoding', 'cp949']);
    expect(r.code).toBe(0);
    // 2022년 in CP949: "2022" then 년 = B3 E2.
    expect([...r.stdoutBytes.subarray(0, 6)]).toEqual([0x32, 0x30, 0x32, 0x32, 0xb3, 0xe2]);
    expect(iconvLite().decode(r.stdoutBytes, 'cp949')).toContain('\r\n,합계,8533450,375541,4087749,4070160,');
  });

  it('refuses to write CP949 with `?` for characters CP949 lacks: names each cell and character, exits 2, writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobs-report-cp949-'));
    cpSync(BUNDLED, dir, { recursive: true });
    const projects = join(dir, 'projects.csv');
    writeFileSync(projects, readFileSync(projects, 'utf8').replace('1,수요자 맞춤형 일자리 창출,', '1,수요자 맞춤형 일자리 창출 — 청년✓,'));
    // The CSV: title (row 1), header (row 2), project 1 on row 3 with its name in column B.
    const r = await runCli(['budget', '2022', '--data', dir, '--format', 'csv', '--encoding', 'cp949']);
    expect(r.code).toBe(2);
    expect(r.stdoutBytes.length).toBe(0);
    expect(r.stderr).toContain('표준 출력 B3: 이 칸에 CP949에 없는 문자가 있어 CP949로 쓸 수 없습니다: "—" (U+2014), "✓" (U+2713).');
    const out = join(dir, 'out.csv');
    const f = await runCli(['budget', '2022', '--data', dir, '--format', 'csv', '--encoding', 'cp949', '-o', out, '--lang', 'en']);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain(`${out} B3: This cell holds characters CP949 lacks: "—" (U+2014), "✓" (U+2713).`);
    expect(existsSync(out)).toBe(false);
    // UTF-8 holds them.
    expect((await runCli(['budget', '2022', '--data', dir, '--format', 'csv'])).stdout).toContain('창출 — 청년✓');
  });

  it('writes the documented JSON with the division totals', async () => {
    const r = await runCli(['budget', '2022', '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(j.total.amount).toBe('8533450');
    expect(j.total.bySource).toEqual({ 국비: '375541', 시비: '4087749', 구비: '4070160' });
    expect(j.total.allYears).toEqual({ amount: '30533416', bySource: { 국비: '1294417', 시비: '15053683', 구비: '14185316' } });
    expect(j.projects[0]).toMatchObject({ id: '1', name: '수요자 맞춤형 일자리 창출', amount: '5600', bySource: { 국비: '0', 시비: '0', 구비: '5600' }, cityShare: '0.0000' });
    await expect(r.stdout).toMatchFileSnapshot('../golden/budget-2022.json');
  });

  it('gives the same JSON from the XLSX workbook', async () => {
    const fromCsv = await runCli(['budget', '2022', '--format', 'json']);
    const fromXlsx = await runCli(['budget', '2022', '--format', 'json', '--data', BUNDLED_XLSX]);
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stderr).toBe('');
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
  });

  it('uses the dataset year when none is given, and English with --lang en', async () => {
    const r = await runCli(['budget', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('bundled dataset');
    expect(r.stdout).toContain('2022 budget (unit: thousand won)');
    expect(r.stdout).toContain('District');
  });

  it('writes negatives with a minus on request', async () => {
    // Project 3 falls from 117,900 (2022) to 74,240 (2023): 증감 △43,660 in a 2023 report.
    const tri = await runCli(['budget', '2023']);
    expect(tri.stdout).toContain('△43,660');
    const minus = await runCli(['budget', '2023', '--negative', 'minus']);
    expect(minus.stdout).toContain('-43,660');
  });

  it('colours only on a terminal without NO_COLOR', async () => {
    expect((await runCli(['budget'], { tty: true })).stdout).toContain('\u001b[1m');
    expect((await runCli(['budget'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(['budget'])).stdout).not.toContain('\u001b[');
  });

  it('exits 2 with a sentence for a year the data does not have, or a bad argument', async () => {
    const r = await runCli(['budget', '2030']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2030년 자료가 없습니다. 자료에 있는 연도: 2021, 2022, 2023, 2024');
    expect((await runCli(['budget', 'abc'])).code).toBe(2);
    expect((await runCli(['budget', '--format', 'pdf'])).code).toBe(2);
    const missing = await runCli(['budget', '--data', '/nonexistent/data']);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, '/nonexistent/data: 파일이나 폴더가 없습니다.']);
  });

  it('never overwrites a file without --force, and writes xlsx only to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobs-report-'));
    const out = join(dir, 'budget.json');
    writeFileSync(out, 'keep me');
    const refused = await runCli(['budget', '--format', 'json', '-o', out]);
    expect(refused.code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runCli(['budget', '--format', 'json', '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).total.amount).toBe('8533450');
    expect((await runCli(['budget', '--format', 'xlsx'])).code).toBe(2);
  });

  it('writes a JSON of many chunks (600 projects, ~1 MB) the same to a file as to stdout, and exact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobs-report-'));
    const n = 600;
    // Names with quotes, written as CSV escapes them: "사업 ""k""".
    const rows = Array.from({ length: n }, (_, i) => [`${i + 1},"사업 ""${i + 1}""",구비,2021,${i + 1}`, `${i + 1},"사업 ""${i + 1}""",구비,2022,${2 * (i + 1)}`]).flat();
    const data = join(dir, 'budget.csv');
    writeFileSync(data, ['사업,사업명,재원,연도,금액', ...rows].join('\n') + '\n');
    const shown = await runCli(['budget', '2022', '--data', data, '--format', 'json']);
    const out = join(dir, 'budget.json');
    const written = await runCli(['budget', '2022', '--data', data, '--format', 'json', '-o', out]);
    expect([shown.code, written.code]).toEqual([0, 0]);
    expect(shown.stdoutBytes.length).toBeGreaterThan(4 * 65536);
    expect(readFileSync(out)).toEqual(shown.stdoutBytes);
    const j = JSON.parse(shown.stdout);
    expect(j.total.amount).toBe(String(n * (n + 1)));
    expect(j.projects[n - 1]).toMatchObject({ id: String(n), name: `사업 "${n}"`, amount: String(2 * n), change: { amount: String(n) }, changeRate: { amount: '100.0' } });
  });
});
