import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixture, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/** A minimal well-formedness check: one root, every tag closed in order, attributes quoted. */
function assertWellFormedXml(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  // Text may hold no raw < or bare &.
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/<|&(?!(amp|lt|gt|quot|apos);)/);
}

describe('jobs-report validate', () => {
  test('the bundled dataset: grouped by project, summary line, exit 1 for the headline error', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('사업 2 금천일자리주식회사 운영\n  오류  headlines.csv C3:');
    expect(r.stdout).toContain('(차이 30,000)');
    expect(r.stdout).toContain('사업 7 지역과 연계한 일자리 발굴 추진\n  경고  budgets.csv D17:');
    expect(r.stdout).toContain('검사한 표: 일자리창출과 인력 (2건)');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('검사 147건, 오류 1건, 경고 3건');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  test('nothing to compare is said out loud: a warning naming what was read, and --strict fails', async () => {
    const dir = fixture('invalid/nothing-checked');
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`경고  ${dir}: 검사한 것이 없습니다 (검사 0건). 읽은 것: 예산 2줄, 표 0개.`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('검사 0건, 오류 0건, 경고 1건');
    expect(r.stdout).not.toContain('모두 맞습니다');
    expect((await runCli(['validate', dir, '--strict'])).code).toBe(1);
    // JUnit lists it as a testcase (a failure with --strict), so CI never shows an empty, green run.
    const junit = await runCli(['validate', dir, '--strict', '--format', 'junit']);
    expect(junit.stdout).toContain('classname="jobs-report.nothing-checked"');
    expect(junit.stdout).toContain('<failure type="warning"');
    const json = JSON.parse((await runCli(['validate', dir, '--format', 'json'])).stdout) as { summary: unknown };
    expect(json.summary).toEqual({ checks: 0, errors: 0, warnings: 1 });
  });

  test('colour on a terminal only', async () => {
    const r = await runCli(['validate'], { tty: true });
    expect(r.stdout).toMatch(/\u001b\[31m오류/);
    expect(r.stdout).toMatch(/\u001b\[33m경고/);
  });

  test('json: every check, the findings, the summary', async () => {
    const r = await runCli(['validate', '--format', 'json', '--lang', 'en']);
    const out = JSON.parse(r.stdout) as { checks: { ok: boolean; expected: string; actual: string }[]; findings: { code: string; message: string }[]; problems: unknown[]; summary: unknown };
    expect(out.summary).toEqual({ checks: 147, errors: 1, warnings: 3 });
    expect(out.problems).toEqual([]);
    expect(out.checks).toHaveLength(147);
    expect(out.checks.filter((c) => !c.ok)).toHaveLength(4);
    expect(out.findings[0]!.message).toBe(
      'headlines.csv C3: Project 2 headline "2022 budget" 1,558,400 differs from the table\'s 2022 계 1,588,400 (difference 30,000).',
    );
  });

  test('github: one workflow command per finding, with file, line, column and title', async () => {
    const r = await runCli(['validate', fixture('invalid/many-mistakes.csv'), '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    // Five mistakes, then the summary as a notice.
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toMatch(/^::notice title=jobs-report validate::검사 \d+건, 오류 5건, 경고 0건$/);
    expect(lines[0]).toBe(
      `::error file=${fixture('invalid/many-mistakes.csv')},line=3,col=3,title=budget-row-total C3::many-mistakes.csv C3: 사업 1 시비의 합계 160이 연도별 합 150과 다릅니다 (차이 △10).`,
    );
    const warn = await runCli(['validate', fixture('invalid/crossref-differs'), '--format', 'github']);
    expect(warn.stdout).toMatch(new RegExp(`^::warning file=${join(fixture('invalid/crossref-differs'), 'budgets.csv')},line=2,col=4,title=crossref-differs D2::`));
    expect(warn.code).toBe(0);
  });

  test('junit: well-formed, one testcase per check, failures = errors', async () => {
    const r = await runCli(['validate', '--format', 'junit']);
    assertWellFormedXml(r.stdout);
    const sum = (attr: string) => [...r.stdout.matchAll(new RegExp(`<testsuite [^>]*\\b${attr}="(\\d+)"`, 'g'))].reduce((a, m) => a + Number(m[1]), 0);
    expect(sum('tests')).toBe(147);
    expect(sum('failures')).toBe(1);
    expect(sum('errors')).toBe(0);
    expect(r.stdout.match(/<testcase /g)).toHaveLength(147);
    expect(r.stdout.match(/<failure /g)).toHaveLength(1);
    const strict = await runCli(['validate', '--format', 'junit', '--strict']);
    expect(strict.stdout.match(/<failure /g)).toHaveLength(4);
    expect(strict.code).toBe(1);
  });

  test('exit codes: 0 without errors, 1 for a warning with --strict, 2 for unreadable input', async () => {
    expect((await runCli(['validate', fixture('invalid/crossref-differs')])).code).toBe(0);
    expect((await runCli(['validate', fixture('invalid/crossref-differs'), '--strict'])).code).toBe(1);
    expect((await runCli(['--data', fixture('invalid/crossref-differs'), 'validate', '--strict'])).code).toBe(1);
    const missing = await runCli(['validate', join(mkdtempSync(join(tmpdir(), 'jr-')), 'nothing-here')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('파일이나 폴더가 없습니다');
  });
});

describe('validate on the bundled dataset: golden files, one per format', () => {
  // What varies by machine and run is normalised: GitHub's file= (and JUnit's file=) is the bundled dataset's
  // absolute path, written here as <repo>/; JUnit's timestamp, hostname and the run's seconds.
  test.each([
    ['text', 'validate.txt'],
    ['json', 'validate.json'],
    ['github', 'validate-github.txt'],
    ['junit', 'validate-junit.xml'],
  ])('--format %s matches test/golden/%s', async (format, golden) => {
    const r = await runCli(['validate', '--format', format]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('--data가 없어 내장 자료(fixtures/geumcheon-2022)를 사용합니다.\n');
    const normalised = r.stdout
      .replaceAll(ROOT, '<repo>/')
      .replace(/timestamp="[^"]*" hostname="[^"]*"/g, 'timestamp="<time>" hostname="<host>"')
      .replace(/name="jobs-report.seconds" value="[^"]*"/g, 'name="jobs-report.seconds" value="<seconds>"');
    await expect(normalised).toMatchFileSnapshot(`../golden/${golden}`);
  });
});
