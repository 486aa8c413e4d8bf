import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'jr-long-totals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Two organisations with a project 1 each. 가 구's 계 2022 = 50 + 50 = 100 (나 구's 30 is not its part);
// 나 구's 계 2022 is printed 31 against its 30. The 합계 row over both: 100 + 30 = 130, printed 140.
const PARTS = ['기관,사업,재원,연도,금액', '가 구,1,시비,2022,50', '가 구,1,구비,2022,50', '나 구,1,구비,2022,30'];
const TOTALS = ['가 구,1,계,2022,100', '나 구,1,계,2022,31', ',합계,계,2022,140'];

describe('a long layout with its own total rows, through the commands', () => {
  it('budget prints the same figures with and without them', async () => {
    const parts = await runCli(['budget', '2022', '--data', write('parts.csv', PARTS.join('\n') + '\n'), '--format', 'json']);
    const totals = await runCli(['budget', '2022', '--data', write('totals.csv', [...PARTS, ...TOTALS].join('\n') + '\n'), '--format', 'json']);
    expect(parts.code).toBe(0);
    expect(totals.code).toBe(0);
    expect(totals.stdout).toBe(parts.stdout);
  });

  it('validate checks each total against its own organisation\'s parts, and the 합계 row against every project', async () => {
    const r = await runCli(['validate', '--data', join(dir, 'totals.csv'), '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { code: string; cell: string; org?: string; expected: string; actual: string }[] };
    expect(out.findings.map((f) => [f.code, f.cell, f.org, f.expected, f.actual])).toEqual([
      ['budget-column-total', 'E6', '나 구', '30', '31'],
      ['budget-division-total', 'E7', undefined, '130', '140'],
    ]);
  });
});
