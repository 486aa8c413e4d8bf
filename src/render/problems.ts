import type { Lang } from '../i18n/lang.js';
import type { Finding, Located } from '../model/finding.js';
import { describePlace } from '../model/provenance.js';
import { findingMessage } from './findings-text.js';

/**
 * Something that stopped a run (exit 2 or 3): an input that cannot be read, a usage mistake, an output
 * that could not be written. CI formats report these too, beside (or instead of) the findings of a run
 * that went through. `file` is empty when it is about no file (the command line).
 */
export interface Problem extends Partial<Located> {
  code: string;
  /** For CSV input: the line the record starts on. */
  line?: number;
  message: string;
}

/** The problems of an input that cannot be read, each with its sentence. */
export function inputProblems(findings: readonly Finding[], lang: Lang): Problem[] {
  return findings.map((f) => {
    const { code, file, sheet, cell, document, row, column, line, project, org } = f;
    const place = { file, sheet, cell, document, row, column, line, project, org };
    const located = Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined));
    return { code, ...located, message: findingMessage(f, lang) };
  });
}

/** Where a finding, check or problem is, as the reader finds it: `budgets.csv D7`, `data.xlsx 소요예산!D4`, or the file. */
export function placeName(p: Partial<Located>): string {
  if (!p.file) return '';
  if (p.document !== undefined) return `${p.file} ${p.document}`;
  return p.cell !== undefined ? describePlace({ file: p.file, row: p.row ?? 0, column: p.column ?? 0, cell: p.cell, ...(p.sheet ? { sheet: p.sheet } : {}) }) : p.file;
}
