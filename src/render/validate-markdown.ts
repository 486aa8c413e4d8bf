import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { Finding } from '../model/finding.js';
import { placeName, type Problem } from './problems.js';
import { summarize, validateMessage } from './validate-message.js';

/**
 * The run for a GitHub job summary (GITHUB_STEP_SUMMARY): a heading with the summary line, then a
 * Markdown table of the findings, or of the problems that stopped the run.
 */
export function renderValidateMarkdown(checks: readonly { code: string }[], findings: readonly Finding[], problems: readonly Problem[], lang: Lang): string {
  const s = summarize(checks, findings);
  const lines = [`### jobs-report validate`, '', problems.length > 0 ? t(lang, 'validate.stopped', { count: problems.length }) : t(lang, 'validate.summary', { checks: s.checks, errors: s.errors, warnings: s.warnings }), ''];
  const rows = [
    ...problems.map((p) => [t(lang, 'validate.error'), placeName(p), p.message]),
    ...findings.map((f) => [t(lang, f.severity === 'error' ? 'validate.error' : 'validate.warning'), placeName(f), validateMessage(f, lang)]),
  ];
  if (rows.length > 0) {
    lines.push(`| ${t(lang, 'report.severity')} | ${t(lang, 'report.place')} | ${t(lang, 'report.message')} |`, '|---|---|---|');
    for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}

/** A table cell: pipes escaped, line breaks as spaces. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
