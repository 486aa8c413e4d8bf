import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { Finding } from '../model/finding.js';
import type { Problem } from './problems.js';
import { summarize, validateMessage } from './validate-message.js';

/**
 * GitHub Actions workflow commands, one per finding: `::error file=F,line=L,col=C,title=T::message`, then
 * a `::notice` with the summary line. `pathOf` turns a finding's file (relative to the dataset) into the
 * path the repository knows (relative to GITHUB_WORKSPACE), so the annotation attaches to the file.
 */
export function renderValidateGithub(checks: readonly { code: string }[], findings: Finding[], lang: Lang, pathOf: (file: string) => string): string {
  const s = summarize(checks, findings);
  const summary = t(lang, 'validate.summary', { checks: s.checks, errors: s.errors, warnings: s.warnings });
  return (
    findings.map((f) => annotation(f.severity, { ...f, file: pathOf(f.file) }, `${f.code}${f.cell ? ` ${f.cell}` : ''}`, validateMessage(f, lang))).join('') +
    annotation('notice', {}, 'jobs-report validate', summary)
  );
}

/** The problems that stopped the run (unreadable input, a usage mistake, a failed write), one `::error` each. */
export function renderProblemsGithub(problems: readonly Problem[], pathOf: (p: Problem) => string): string {
  return problems.map((p) => annotation('error', p.file ? { ...p, file: pathOf(p) } : p, `${p.code}${p.cell ? ` ${p.cell}` : ''}`, p.message)).join('');
}

interface AnnotationPlace {
  file?: string;
  document?: string;
  line?: number;
  row?: number;
  column?: number;
}

function annotation(kind: 'error' | 'warning' | 'notice', place: AnnotationPlace, title: string, message: string): string {
  const props: string[] = [];
  if (place.file) props.push(`file=${escapeProperty(place.file)}`);
  // In a work report the row and column are the table's, not the file's: only a text line is a line.
  const line = place.document !== undefined ? place.line : (place.line ?? place.row);
  if (line !== undefined) props.push(`line=${line}`);
  if (place.column !== undefined && place.document === undefined) props.push(`col=${place.column}`);
  props.push(`title=${escapeProperty(title)}`);
  return `::${kind} ${props.join(',')}::${escapeData(message)}\n`;
}

/** As the Actions toolkit escapes them (@actions/core command.ts). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
