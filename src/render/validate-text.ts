import type { Styles } from './ansi.js';
import { displayWidth } from './display-width.js';
import { wrapText } from './text.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { CheckResult } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import { summarize, validateMessage } from './validate-message.js';

export interface ValidationView {
  checks: CheckResult[];
  findings: Finding[];
  /** Project names by id, in the dataset's order: findings are grouped under them. */
  projects: ReadonlyMap<string, string>;
  /** Titles of the printed tables checked (every sheet of an unknown workbook). */
  tables: string[];
  /** Set for `--by org`: findings are grouped under these organisations (in this order) instead of projects. */
  orgs?: readonly string[];
}

/**
 * Findings for a person: grouped by project or, with `orgs`, by organisation (in the dataset's order, then
 * what belongs to none), each with its severity word; then which tables were checked and how often, and the
 * summary line. Red errors and yellow warnings on a terminal only.
 */
export function renderValidateText(v: ValidationView, lang: Lang, styles: Styles, terminal: { width?: number; measure?: (text: string) => number } = {}): string {
  const { bold, red, yellow, green } = styles;
  const measure = terminal.measure ?? displayWidth;
  // On a terminal of known width, long sentences wrap at spaces under their own start, never across the severity word.
  const wrap = (text: string, indent: number): string[] => {
    const [first, ...rest] = wrapText(text, terminal.width === undefined ? undefined : Math.max(20, terminal.width - indent), measure);
    return [first!, ...rest.map((l) => ' '.repeat(indent) + l)];
  };
  const lines: string[] = [];
  const orgs = v.orgs === undefined ? null : new Set(v.orgs);
  const keyOf = (f: Finding): string =>
    orgs ? (f.org !== undefined && orgs.has(f.org) ? f.org : '') : f.project !== undefined && v.projects.has(f.project) ? f.project : '';
  const heading = (key: string): string => {
    if (key === '') return t(lang, orgs ? 'validate.noOrg' : 'validate.other');
    return orgs ? t(lang, 'validate.org', { org: key }) : t(lang, 'validate.project', { project: key, name: v.projects.get(key)! });
  };
  const groups = new Map<string, Finding[]>();
  for (const f of v.findings) {
    const key = keyOf(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const order = [...(v.orgs ?? v.projects.keys()), ''].filter((k) => groups.has(k));
  for (const key of order) {
    lines.push(...wrap(heading(key), 0).map((l) => bold(l)));
    for (const f of groups.get(key)!) {
      const plain = t(lang, f.severity === 'error' ? 'validate.error' : 'validate.warning');
      const word = f.severity === 'error' ? red(plain) : yellow(plain);
      // Under an organisation's heading, its findings need not name it again.
      lines.push(`  ${word}  ${wrap(validateMessage(f, lang, !orgs), 4 + measure(plain)).join('\n')}`);
    }
    lines.push('');
  }
  if (v.tables.length > 0) {
    const counts = v.tables.map((table) => t(lang, 'validate.tableCount', { table, count: v.checks.filter((c) => c.table === table).length }));
    lines.push(...wrap(t(lang, 'validate.tables', { tables: counts.join(', ') }), 2));
  }
  const s = summarize(v.checks, v.findings);
  const summary = t(lang, 'validate.summary', { checks: s.checks, errors: s.errors, warnings: s.warnings });
  lines.push(s.errors > 0 ? red(bold(summary)) : s.warnings > 0 ? yellow(bold(summary)) : green(bold(summary)));
  return lines.join('\n') + '\n';
}
