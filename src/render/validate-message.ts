import type { Decimal } from 'decimal.js';
import { D } from '../model/money.js';
import type { Lang } from '../i18n/lang.js';
import { isMessageKey, t } from '../i18n/messages.js';
import { checksRun } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import { formatNumber } from './format.js';
import { messageKeyOf } from './findings-text.js';

/**
 * A finding's sentence, with its expected, actual and difference figures grouped by thousands (negatives
 * with △ in Korean, as every table writes them), led by the
 * organisation it is about (`[서울특별시 관악구] …`) unless the reader sees it under that organisation's heading.
 */
export function validateMessage(f: Finding, lang: Lang, withOrg = true): string {
  const message = sentence(f, lang);
  return withOrg && f.org !== undefined ? t(lang, 'validate.inOrg', { org: f.org, message }) : message;
}

/** A finding's figure (`expected`, `actual`, `difference`: exact decimal strings jobs-report wrote), or undefined for anything else. */
export function findingFigure(text: string | undefined): Decimal | undefined {
  return text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? D(text) : undefined;
}

function sentence(f: Finding, lang: Lang): string {
  const params: Record<string, string> = { ...f.params };
  for (const k of ['expected', 'actual', 'difference'] as const) {
    const v = findingFigure(f[k]);
    if (v) params[k] = formatNumber(v, { negative: lang === 'ko' ? 'triangle' : 'minus' });
  }
  // A figure a rule worked out on the way (a 산출근거's exact product, before rounding): grouped the same way.
  const exact = findingFigure(f.params.exact);
  if (exact) params.exact = formatNumber(exact, { negative: lang === 'ko' ? 'triangle' : 'minus' });
  const key = messageKeyOf(f);
  return isMessageKey(key) ? t(lang, key, params) : `${f.code}: ${JSON.stringify(params)}`;
}

export interface ValidationSummary {
  checks: number;
  errors: number;
  warnings: number;
}

/** Counts for the summary line: the record that nothing could be compared is a warning, not a check run. */
export function summarize(checks: readonly { code: string }[], findings: readonly Finding[]): ValidationSummary {
  return {
    checks: checksRun(checks).length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
