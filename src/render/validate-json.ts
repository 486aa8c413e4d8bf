import type { Lang } from '../i18n/lang.js';
import type { CheckResult } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import { jsonText } from './json-writer.js';
import type { Problem } from './problems.js';
import { summarize, validateMessage } from './validate-message.js';

/**
 * `{"checks": [...every check run...], "findings": [...], "problems": [...], "summary": {...}}`; figures are
 * exact decimal strings. `problems` lists what stopped the run (unreadable input, a usage mistake, a
 * failed write; then there are no checks), empty when it went through.
 */
export function renderValidateJson(checks: CheckResult[], findings: Finding[], lang: Lang, problems: readonly Problem[] = []): string {
  const out = {
    checks,
    findings: findings.map((f) => ({ ...f, message: validateMessage(f, lang) })),
    problems,
    summary: summarize(checks, findings),
  };
  return jsonText(out);
}
