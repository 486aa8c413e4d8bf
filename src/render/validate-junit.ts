import type { Lang } from '../i18n/lang.js';
import type { CheckResult } from '../model/check.js';
import { D } from '../model/money.js';
import { describePlace } from '../model/provenance.js';
import { validateMessage } from './validate-message.js';

/**
 * JUnit XML: one testsuite per rule, one testcase per check run, a <failure> for each failed check that
 * fails the run (errors; warnings too with --strict — otherwise a warning is noted in <system-out>).
 */
export function renderValidateJunit(checks: CheckResult[], lang: Lang, strict: boolean): string {
  const byCode = new Map<string, CheckResult[]>();
  for (const c of checks) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  const fails = (c: CheckResult): boolean => !c.ok && (c.severity === 'error' || strict);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="jobs-report validate" tests="${checks.length}" failures="${checks.filter(fails).length}" errors="0">`,
  ];
  for (const [code, list] of byCode) {
    lines.push(`  <testsuite name="${xml(code)}" tests="${list.length}" failures="${list.filter(fails).length}" errors="0">`);
    for (const c of list) {
      const name = c.cell !== undefined ? describePlace({ file: c.file, row: c.row ?? 0, column: c.column ?? 0, cell: c.cell, ...(c.sheet ? { sheet: c.sheet } : {}) }) : c.file;
      const open = `    <testcase classname="jobs-report.${xml(code)}" name="${xml(name)}"`;
      if (c.ok) {
        lines.push(`${open}/>`);
        continue;
      }
      const difference = c.expected !== '' ? { difference: D(c.expected).minus(D(c.actual)).toFixed() } : {};
      const message = xml(validateMessage({ ...c, ...difference }, lang));
      lines.push(`${open}>`);
      lines.push(fails(c) ? `      <failure type="${c.severity}" message="${message}">${message}</failure>` : `      <system-out>${message}</system-out>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
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
