import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const SCHEMA = new URL('../render/schema/ant-junit.xsd', import.meta.url).pathname;
const XMLLINT = spawnSync('xmllint', ['--version']).status === 0;
if (!XMLLINT) console.warn('JUnit schema validation: skipped because xmllint is not installed (apt-get install libxml2-utils)');

/** xmllint's verdict on a JUnit file against the strict Ant schema we ship. */
function validates(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: r.stderr };
}

/** The bundled dataset with a typo in a figure: budgets.csv C5 (project 2's 합계 of 구비) reads 5,x872,216. */
let work: string;
let typo: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'jr-ci-'));
  typo = join(work, 'data');
  cpSync(BUNDLED, typo, { recursive: true });
  const lines = readFileSync(join(typo, 'budgets.csv'), 'utf8').split('\n');
  expect(lines[4]).toMatch(/^2,구비,"5,872,216",/);
  lines[4] = lines[4]!.replace('"5,872,216"', '"5,x872,216"');
  writeFileSync(join(typo, 'budgets.csv'), lines.join('\n'));
});

describe('validate reports what stopped it in the chosen format, and exits 2', () => {
  test('github: one ::error with file, line and col, the file relative to GITHUB_WORKSPACE', async () => {
    const summary = join(work, 'summary.md');
    const r = await runCli(['validate', typo, '--format', 'github'], { env: { GITHUB_WORKSPACE: work, GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error file=data\/budgets\.csv,line=5,col=3,title=bad-number C5::budgets\.csv C5: "5,x872,216"을 읽을 수 없습니다\./);
    expect(r.stderr).toContain('budgets.csv C5');
    // The job summary says nothing was checked, and why.
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('검사하지 못했습니다: 문제 1건.');
    expect(md).toMatch(/\| 오류 \| budgets\.csv C5 \| budgets\.csv C5: "5,x872,216"을/);
  });

  test('junit: written to -o although the run exits 2, a failing testcase naming the cell', async () => {
    const out = join(work, 'r.xml');
    const r = await runCli(['validate', typo, '--format', 'junit', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out}: 저장했습니다.`);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/<testcase classname="jobs-report\.bad-number" name="budgets\.csv C5" time="0" file="[^"]*budgets\.csv" line="5">\n\s*<failure type="bad-number" message="budgets\.csv C5: /);
    expect(xml).toMatch(/tests="1" failures="1" errors="0" skipped="0"/);
  });

  test('json: the problem in a problems array, no checks', async () => {
    const r = await runCli(['validate', typo, '--format', 'json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { checks: unknown[]; problems: { code: string; file: string; cell: string; row: number; column: number; message: string }[] };
    expect(out.checks).toEqual([]);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ code: 'bad-number', file: 'budgets.csv', cell: 'C5', row: 5, column: 3 });
  });

  test('a usage mistake is reported in the format too', async () => {
    const gh = await runCli(['validate', '--format', 'github', '--bogus']);
    expect(gh.code).toBe(2);
    expect(gh.stdout).toMatch(/^::error title=usage::알 수 없는 옵션 --bogus입니다\./);
    const json = await runCli(['validate', '--format=json', '--bogus']);
    expect(json.code).toBe(2);
    expect((JSON.parse(json.stdout) as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual(['usage']);
  });

  test('a failed write: the report goes to standard output, exit 3', async () => {
    const r = await runCli(['validate', '--format', 'junit', '-o', join(work, 'no-such-folder', 'r.xml')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/<failure type="output-failed" message="[^"]*no-such-folder/);
    expect(r.stderr).toContain('파일을 쓸 수 없습니다 (폴더가 없습니다)');
  });

  test('github on a run that went through: a ::notice with the summary, the findings in the job summary', async () => {
    const summary = join(work, 'summary-ok.md');
    const r = await runCli(['validate', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('::notice title=jobs-report validate::검사 147건, 오류 1건, 경고 3건');
    const md = readFileSync(summary, 'utf8').split('\n');
    expect(md).toContain('| 구분 | 위치 (자료) | 내용 |');
    expect(md.filter((l) => /^\| (오류|경고) \|/.test(l))).toHaveLength(4);
  });
});

describe.skipIf(!XMLLINT)('JUnit is valid against the strict Ant schema (test/render/schema/ant-junit.xsd)', () => {
  test('the findings of the bundled dataset, with and without --strict', async () => {
    for (const args of [[], ['--strict']]) {
      const file = join(work, `findings${args.length}.xml`);
      const r = await runCli(['validate', '--format', 'junit', '-o', file, ...args]);
      expect(r.code).toBe(1);
      const v = validates(file);
      expect(v.ok, v.output).toBe(true);
    }
  });

  test('the problems of an unreadable dataset', async () => {
    const file = join(work, 'problems.xml');
    await runCli(['validate', typo, '--format', 'junit', '-o', file]);
    expect(existsSync(file)).toBe(true);
    const v = validates(file);
    expect(v.ok, v.output).toBe(true);
  });

  test('the schema is strict: an attribute Ant does not write, or a missing hostname, fails', () => {
    const good = readFileSync(join(work, 'problems.xml'), 'utf8');
    const bad = join(work, 'bad.xml');
    writeFileSync(bad, good.replace('<testsuites>', '<testsuites name="x">'));
    expect(validates(bad).ok).toBe(false);
    writeFileSync(bad, good.replace(/ hostname="[^"]*"/, ''));
    expect(validates(bad).ok).toBe(false);
  });
});
