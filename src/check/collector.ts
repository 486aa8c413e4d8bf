import type { Decimal } from 'decimal.js';
import type { CheckResult } from '../model/check.js';
import type { Severity } from '../model/finding.js';
import { findingAt, type Finding } from '../model/finding.js';
import { describePlace, type Provenance } from '../model/provenance.js';
import type { CheckOutput } from './rule.js';

/** Where a checked figure is and what the check is about, whatever kind of check it is. */
interface Place {
  code: string;
  severity: Severity;
  /** Where the stated figure is. */
  at: Provenance;
  project?: string;
  /** The organisation (기관) whose row the stated figure is on, where the data names one. */
  org?: string;
  table?: string;
  /** Labels for the message (year, source, what the parts are). */
  params?: Record<string, string>;
}

/** One stated figure compared with what its parts give. */
export interface Claim extends Place {
  stated: Decimal;
  expected: Decimal;
}

/** A cell that must hold nothing (a rate where there is nothing to divide by), and what it holds. */
export interface BlankClaim extends Place {
  printed: { raw: string } | null;
}

/**
 * Records each comparison as a check and each disagreement as a finding, so that no rule can fail without
 * saying so or pass without being counted. Difference = expected − stated: what the stated figure is short by.
 */
export class Collector {
  readonly checks: CheckResult[] = [];
  readonly findings: Finding[] = [];

  compare(c: Claim): boolean {
    const [expected, actual] = [c.expected.toFixed(), c.stated.toFixed()];
    return this.record(c, expected, actual, c.stated.eq(c.expected) ? undefined : { expected, actual, difference: c.expected.minus(c.stated).toFixed() });
  }

  /**
   * A cell that must be blank: a check that holds while the cell is blank and fails, with its finding, when
   * the document prints something there.
   */
  blank(c: BlankClaim): boolean {
    return c.printed === null ? this.record(c, '', '', undefined) : this.record(c, '', c.printed.raw, { actual: c.printed.raw });
  }

  /** One check, passed unless `failure` gives the figures of its finding. */
  private record(c: Place, expected: string, actual: string, failure: Partial<Finding> | undefined): boolean {
    const ok = failure === undefined;
    const params = { place: describePlace(c.at), ...(c.project !== undefined ? { project: c.project } : {}), ...c.params };
    const check: CheckResult = { code: c.code, severity: c.severity, file: c.at.file, cell: c.at.cell, row: c.at.row, column: c.at.column, expected, actual, ok, params };
    if (c.at.sheet !== undefined) check.sheet = c.at.sheet;
    if (c.at.document !== undefined) check.document = c.at.document;
    if (c.project !== undefined) check.project = c.project;
    if (c.org !== undefined) check.org = c.org;
    if (c.table !== undefined) check.table = c.table;
    this.checks.push(check);
    if (failure) {
      const extra: Partial<Finding> = { ...failure };
      if (c.project !== undefined) extra.project = c.project;
      if (c.org !== undefined) extra.org = c.org;
      this.findings.push(findingAt(c.code, c.severity, c.at, params, extra));
    }
    return ok;
  }

  /**
   * A problem that is not a comparison (a rule that cannot be read, a cell that is not a number): a check
   * that could not pass, so that every finding has its failed check and the counts agree.
   */
  problem(f: Finding): void {
    const check: CheckResult = { code: f.code, severity: f.severity, file: f.file, expected: '', actual: f.actual ?? '', ok: false, params: f.params };
    for (const k of ['sheet', 'cell', 'row', 'column', 'project', 'org'] as const) if (f[k] !== undefined) Object.assign(check, { [k]: f[k] });
    this.checks.push(check);
    this.findings.push(f);
  }

  result(): CheckOutput {
    return { checks: this.checks, findings: this.findings };
  }
}
