import type { Lang } from '../i18n/lang.js';
import { isMessageKey, t } from '../i18n/messages.js';
import { escapeControl } from '../i18n/safe-text.js';
import type { Finding } from '../model/finding.js';

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED = 20;

/** The catalog key of a finding's sentence: a finding whose sentence depends on what was found names its variant (`projection-differs.compound`). */
export function messageKeyOf(f: Pick<Finding, 'code' | 'params'>): string {
  return f.params.variant !== undefined ? `${f.code}.${f.params.variant}` : f.code;
}

/** A finding's sentence in the chosen language, from its code and parameters. */
export function findingMessage(f: Finding, lang: Lang): string {
  const key = messageKeyOf(f);
  // A code missing from the catalog still shows its data, with user text escaped as the catalog would.
  return isMessageKey(key) ? t(lang, key, f.params) : escapeControl(`${f.code}: ${JSON.stringify(f.params)}`);
}

/** Findings as lines, capped at MAX_LISTED with a count of the rest. */
export function renderFindingLines(findings: Finding[], lang: Lang): string[] {
  const lines = findings.slice(0, MAX_LISTED).map((f) => findingMessage(f, lang));
  if (findings.length > MAX_LISTED) lines.push(t(lang, 'too-many-problems', { count: findings.length - MAX_LISTED }));
  return lines;
}
