import { styles } from './ansi.js';
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
}

/**
 * Findings for a person: grouped by project (in the dataset's order, then what belongs to none), each with
 * its severity word; then which tables were checked and how often, and the summary line. Red errors and
 * yellow warnings on a terminal only.
 */
export function renderValidateText(v: ValidationView, lang: Lang, color: boolean): string {
  const { bold, red, yellow, green } = styles(color);
  const lines: string[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of v.findings) {
    const key = f.project !== undefined && v.projects.has(f.project) ? f.project : '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const order = [...v.projects.keys(), ''].filter((k) => groups.has(k));
  for (const key of order) {
    lines.push(bold(key === '' ? t(lang, 'validate.other') : t(lang, 'validate.project', { project: key, name: v.projects.get(key)! })));
    for (const f of groups.get(key)!) {
      const word = f.severity === 'error' ? red(t(lang, 'validate.error')) : yellow(t(lang, 'validate.warning'));
      lines.push(`  ${word}  ${validateMessage(f, lang)}`);
    }
    lines.push('');
  }
  if (v.tables.length > 0) {
    const counts = v.tables.map((table) => t(lang, 'validate.tableCount', { table, count: v.checks.filter((c) => c.table === table).length }));
    lines.push(t(lang, 'validate.tables', { tables: counts.join(', ') }));
  }
  const s = summarize(v.checks, v.findings);
  const summary = t(lang, 'validate.summary', { checks: s.checks, errors: s.errors, warnings: s.warnings });
  lines.push(s.errors > 0 ? red(bold(summary)) : s.warnings > 0 ? yellow(bold(summary)) : green(bold(summary)));
  return lines.join('\n') + '\n';
}
