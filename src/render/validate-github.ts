import type { Lang } from '../i18n/lang.js';
import type { Finding } from '../model/finding.js';
import { validateMessage } from './validate-message.js';

/**
 * GitHub Actions workflow commands, one per finding: `::error file=F,line=L,col=C,title=T::message`.
 * `pathOf` turns a finding's file (relative to the dataset) into the path the repository knows.
 */
export function renderValidateGithub(findings: Finding[], lang: Lang, pathOf: (file: string) => string): string {
  return findings
    .map((f) => {
      const props = [`file=${escapeProperty(pathOf(f.file))}`];
      const line = f.line ?? f.row;
      if (line !== undefined) props.push(`line=${line}`);
      if (f.column !== undefined) props.push(`col=${f.column}`);
      props.push(`title=${escapeProperty(`${f.code}${f.cell ? ` ${f.cell}` : ''}`)}`);
      return `::${f.severity} ${props.join(',')}::${escapeData(validateMessage(f, lang))}\n`;
    })
    .join('');
}

/** As the Actions toolkit escapes them (@actions/core command.ts). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
