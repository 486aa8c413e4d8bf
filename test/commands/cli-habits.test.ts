import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLED } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const budgets = readFileSync(join(BUNDLED, 'budgets.csv'));

describe('everyday command-line habits', () => {
  test('--data - reads a CSV budget table from standard input, as the same file would be read', async () => {
    const piped = await runCli(['budget', '2022', '--data', '-', '--format', 'json'], { stdin: budgets });
    expect(piped.code).toBe(0);
    const file = await runCli(['budget', '2022', '--data', join(BUNDLED, 'budgets.csv'), '--format', 'json']);
    // The same figures; only the dataset's own name (the file's) differs.
    expect(JSON.parse(piped.stdout).total).toEqual(JSON.parse(file.stdout).total);
    expect(JSON.parse(piped.stdout).total.amount).toBe('8533450');
  });

  test('a mistake in standard input is named as stdin.csv and its cell', async () => {
    const bad = Buffer.from(budgets.toString('utf8').replace('"5,872,216"', '"5,x872,216"'));
    const r = await runCli(['budget', '--data', '-'], { stdin: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin.csv C4: "5,x872,216"을 읽을 수 없습니다.');
  });

  test('-o - writes to standard output, with no confirmation line', async () => {
    const r = await runCli(['budget', '2022', '--format', 'json', '-o', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).year).toBe(2022);
    expect(r.stderr).not.toContain('저장했습니다');
  });

  test('one confirmation line on stderr for every written file; --quiet leaves notes out, not errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jr-habits-'));
    const out = join(dir, 'b.csv');
    const r = await runCli(['budget', '2022', '--format', 'csv', '-o', out]);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual(['--data가 없어 내장 자료(fixtures/geumcheon-2022)를 사용합니다.', `${out}: 저장했습니다.`]);
    const quiet = await runCli(['--quiet', 'budget', '2022', '--format', 'csv', '-o', join(dir, 'c.csv')]);
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    const refused = await runCli(['-q', 'budget', '2022', '--format', 'csv', '-o', out]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('파일이 이미 있습니다');
  });

  test('--format csv --table projects: one rectangular table that csv-parse reads strictly', async () => {
    const r = await runCli(['budget', '2022', '--format', 'csv', '--table', 'projects']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdoutBytes, { bom: true, columns: true, relax_column_count: false, relax_quotes: false, skip_empty_lines: false }) as Record<string, string>[];
    // Seven projects and the 합계 row, every one with the header's eleven fields.
    expect(rows).toHaveLength(8);
    expect(Object.keys(rows[0]!)).toEqual(['번호', '사업명', '계', '국비', '시비', '구비', '시비 비율', '구비 비율', '2021년 계', '증감', '증감률(%)']);
    expect(rows[7]!['계']).toBe('8533450');
    const years = parse((await runCli(['budget', '2022', '--format', 'csv', '--table', 'years'])).stdoutBytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(years.map((y) => y['재원별'])).toEqual(['계', '국비', '시비', '구비']);
    const unknown = await runCli(['budget', '2022', '--format', 'csv', '--table', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('표 "nope"가 없습니다. 고를 수 있는 표: projects, years.');
  });

  test('colour: --color always/never, FORCE_COLOR and NO_COLOR, through chalk', async () => {
    const bold = /\u001b\[1m/;
    expect((await runCli(['budget', '2022'], { tty: true })).stdout).toMatch(bold);
    expect((await runCli(['budget', '2022'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(bold);
    expect((await runCli(['budget', '2022', '--color', 'never'], { tty: true })).stdout).not.toMatch(bold);
    expect((await runCli(['budget', '2022'])).stdout).not.toMatch(bold);
    expect((await runCli(['budget', '2022', '--color', 'always'])).stdout).toMatch(bold);
    expect((await runCli(['budget', '2022'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(bold);
    expect((await runCli(['budget', '2022'], { tty: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(bold);
  });

  test('JOBS_REPORT_LANG chooses the language; --lang wins over it', async () => {
    const en = await runCli(['budget', '2022'], { env: { JOBS_REPORT_LANG: 'en' } });
    expect(en.stdout).toMatch(/^2022 budget \(unit: thousand won\)/);
    expect(en.stderr).toContain('No --data given');
    const ko = await runCli(['--lang', 'ko', 'budget', '2022'], { env: { JOBS_REPORT_LANG: 'en' } });
    expect(ko.stdout).toMatch(/^2022년 소요예산/);
  });
});
