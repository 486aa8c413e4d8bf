import type { Finding } from '../model/finding.js';

/**
 * Input that cannot be used at all. It carries the problems found (each located), so the command can
 * list them and exit 2; thrown only from load/, caught only in commands/.
 */
export class InputError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${f.code} ${f.file}${f.cell ? ` ${f.cell}` : ""}`).join("\n"));
  }
}
