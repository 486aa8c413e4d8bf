import { describe, expect, it } from 'vitest';
import { keepOrgs } from '../../src/check/org-filter.js';
import type { CheckResult } from '../../src/model/check.js';
import type { Finding } from '../../src/model/finding.js';

const check = (cell: string, org?: string): CheckResult => ({ code: 'achievement-rate', severity: 'error', file: 'targets.csv', cell, expected: '1', actual: '2', ok: false, params: {}, ...(org ? { org } : {}) });
const finding = (cell: string, org?: string): Finding => ({ code: 'achievement-rate', severity: 'error', file: 'targets.csv', cell, params: {}, ...(org ? { org } : {}) });

describe('validate --org', () => {
  it("keeps the organisations' checks and findings, and those tied to none", () => {
    const out = keepOrgs(
      {
        checks: [check('H2', '서울특별시 금천구'), check('H3', '서울특별시 관악구'), check('C3')],
        findings: [finding('H2', '서울특별시 금천구'), finding('H3', '서울특별시 관악구'), finding('C3')],
      },
      ['서울특별시 금천구'],
    );
    expect(out.checks.map((c) => c.cell)).toEqual(['H2', 'C3']);
    expect(out.findings.map((f) => f.cell)).toEqual(['H2', 'C3']);
  });
});
