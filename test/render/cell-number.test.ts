import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCellNumber, InexactCellNumber } from '../../src/render/cell-number.js';
import { runCli } from '../helpers/run-cli.js';

describe('figures in a workbook number cell', () => {
  it('takes any decimal of at most 15 significant digits, and a longer one only if a double holds it', () => {
    expect(() => checkCellNumber('123456789012.345')).not.toThrow();
    expect(() => checkCellNumber('-0.005')).not.toThrow();
    // 2^53 = 9,007,199,254,740,992 is a double; 2^53 + 1 is not (it reads back as 2^53).
    expect(() => checkCellNumber('9007199254740992')).not.toThrow();
    expect(() => checkCellNumber('9007199254740993')).toThrow(InexactCellNumber);
    // Near 9 × 10^12 doubles are 1/512 apart: .985 reads back as .984375 → "9007199254740.984".
    expect(() => checkCellNumber('9007199254740.985')).toThrow(InexactCellNumber);
  });

  it('refuses to write such an amount as XLSX with one sentence and exit 2 (nothing failed to be written: exit 3 is for that), and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jr-cellnum-'));
    const data = join(dir, 'big.csv');
    // 국비 2022 9,007,199,254,740.985 + 시비 1 = 9,007,199,254,741.985 천원 in the 2022 total.
    writeFileSync(data, '재원,연도,금액\n국비,2022,9007199254740.985\n시비,2022,1\n');
    for (const args of [['budget', '--format', 'xlsx'], ['report']]) {
      const out = join(dir, `${args[0]}.xlsx`);
      const r = await runCli([...args, '2022', '--data', data, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('금액 9007199254741.985은(는) 자릿수가 많아 엑셀 숫자 칸에 정확히 담을 수 없어');
      expect(() => writeFileSync(out, '', { flag: 'wx' })).not.toThrow(); // nothing was written there
    }
    // The same data as JSON is exact.
    const j = JSON.parse((await runCli(['budget', '2022', '--data', data, '--format', 'json'])).stdout);
    expect(j.total.amount).toBe('9007199254741.985');
  });
});
