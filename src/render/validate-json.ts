import type { Lang } from '../i18n/lang.js';
import type { CheckResult } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import { jsonText } from './json-writer.js';
import { summarize, validateMessage } from './validate-message.js';

/** `{"checks": [...every check run...], "findings": [...], "summary": {...}}`; figures are exact decimal strings. */
export function renderValidateJson(checks: CheckResult[], findings: Finding[], lang: Lang): string {
  const out = {
    checks,
    findings: findings.map((f) => ({ ...f, message: validateMessage(f, lang) })),
    summary: summarize(checks, findings),
  };
  return jsonText(out);
}
