import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { CheckResult } from '../model/check.js';
import { D } from '../model/money.js';
import { placeName, type Problem } from './problems.js';
import { validateMessage } from './validate-message.js';

/** What JUnit states about the run beside its results: when, where, how long (the command measures them). */
export interface JunitRun {
  /** ISO 8601 without a time zone, as Ant writes it: 2026-12-07T23:30:49. */
  timestamp: string;
  hostname: string;
  /**
   * The run's time in seconds, written as the property `jobs-report.seconds` of each suite: the rules are
   * not timed one by one, so suites and testcases say time 0 rather than a share that was never measured.
   */
  seconds: string;
  /** A file as the repository knows it (relative to GITHUB_WORKSPACE), for testcase `file`. */
  pathOf: (file: string) => string;
}

interface Case {
  classname: string;
  name: string;
  file?: string;
  line?: number;
  failure?: { type: string; message: string };
}

interface Suite {
  name: string;
  cases: Case[];
  /** Notes for <system-out>: warnings that do not fail the run. */
  out: string[];
}

/**
 * JUnit XML as Ant writes it (valid against test/render/schema/ant-junit.xsd): one testsuite per rule, one
 * testcase per check run, a <failure> for each failed check that fails the run (errors; warnings too with
 * --strict — otherwise the warning is written to the suite's <system-out>).
 */
export function renderValidateJunit(checks: CheckResult[], lang: Lang, strict: boolean, run: JunitRun): string {
  const byCode = new Map<string, Suite>();
  for (const c of checks) {
    const suite = byCode.get(c.code) ?? { name: c.code, cases: [], out: [] };
    byCode.set(c.code, suite);
    const kase = testcase(c.code, c, run);
    suite.cases.push(kase);
    if (c.ok) continue;
    const difference = c.expected !== '' ? { difference: D(c.expected).minus(D(c.actual)).toFixed() } : {};
    const message = validateMessage({ ...c, ...difference }, lang);
    if (c.severity === 'error' || strict) kase.failure = { type: c.severity, message };
    else suite.out.push(`${t(lang, 'validate.warning')}: ${message}`);
  }
  return document([...byCode.values()], run);
}

/** The problems that stopped the run, as one suite with a failing testcase each: CI shows why nothing was checked. */
export function renderProblemsJunit(problems: readonly Problem[], run: JunitRun, pathOf: (p: Problem) => string): string {
  const cases = problems.map((p) => ({ ...testcase(p.code, p, { ...run, pathOf: () => pathOf(p) }), failure: { type: p.code, message: p.message } }));
  return document([{ name: 'jobs-report', cases, out: [] }], run);
}

function testcase(code: string, place: { file?: string; cell?: string; sheet?: string; row?: number; column?: number; line?: number; document?: string }, run: JunitRun): Case {
  const kase: Case = { classname: `jobs-report.${code}`, name: placeName(place) || 'jobs-report' };
  if (place.file) kase.file = run.pathOf(place.file);
  const line = place.document !== undefined ? place.line : (place.line ?? place.row);
  if (line !== undefined && line > 0) kase.line = line;
  return kase;
}

function document(suites: Suite[], run: JunitRun): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>'];
  suites.forEach((suite, id) => {
    const failures = suite.cases.filter((c) => c.failure).length;
    const attrs = { name: suite.name, package: 'jobs-report', id, tests: suite.cases.length, failures, errors: 0, skipped: 0, time: '0', timestamp: run.timestamp, hostname: run.hostname };
    lines.push(`  <testsuite ${attributes(attrs)}>`, '    <properties>', `      <property ${attributes({ name: 'jobs-report.seconds', value: run.seconds })}/>`, '    </properties>');
    for (const c of suite.cases) {
      const open = `    <testcase ${attributes({ classname: c.classname, name: c.name, time: '0', ...(c.file ? { file: c.file } : {}), ...(c.line !== undefined ? { line: c.line } : {}) })}`;
      if (c.failure === undefined) lines.push(`${open}/>`);
      else lines.push(`${open}>`, `      <failure ${attributes({ type: c.failure.type, message: c.failure.message })}>${xml(c.failure.message)}</failure>`, '    </testcase>');
    }
    lines.push(suite.out.length > 0 ? `    <system-out>${xml(suite.out.join('\n'))}</system-out>` : '    <system-out/>', '    <system-err/>', '  </testsuite>');
  });
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

function attributes(attrs: Record<string, string | number>): string {
  return Object.entries(attrs)
    .map(([k, v]) => `${k}="${xml(String(v))}"`)
    .join(' ');
}

/** Escapes XML text and attribute values, dropping characters XML 1.0 does not allow. */
function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
