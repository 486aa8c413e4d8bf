import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readWorkbookBytes } from '../../src/load/xlsx.js';
import { runCli } from '../helpers/run-cli.js';

/** Text from the data that a file must not carry raw, or that Excel cannot hold. */
const dir = mkdtempSync(join(tmpdir(), 'jr-cell-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function budget(name: string, projectName: string, amount = '5'): string {
  const path = join(dir, name);
  writeFileSync(path, `사업,사업명,재원,연도,금액\n1,"${projectName}",구비,2022,${amount}\n`);
  return path;
}

describe('control characters never reach CSV or XLSX output raw', () => {
  const hostile = 'a\u0000b\u001b[31mc\u202ed';

  test('CSV: NUL, ESC and a bidi override written as visible escapes', async () => {
    const out = join(dir, 'out.csv');
    const r = await runCli(['budget', '2022', '--data', budget('nul.csv', hostile), '--format', 'csv', '-o', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/[\u0000\u001b\u202e]/);
    expect(text).toContain('a\\u{0000}b\\u{001b}[31mc\\u{202e}d');
  });

  test('XLSX: the same, read back from the written workbook', async () => {
    const out = join(dir, 'out.xlsx');
    const r = await runCli(['budget', '2022', '--data', budget('nul2.csv', hostile), '--format', 'xlsx', '-o', out]);
    expect(r.code).toBe(0);
    const { tables } = await readWorkbookBytes(readFileSync(out), 'out.xlsx');
    const cells = tables.flatMap((t) => t.rows.flatMap((row) => row.cells));
    expect(cells.some((c) => /[\u0000\u001b\u202e]/.test(c))).toBe(false);
    expect(cells).toContain('a\\u{0000}b\\u{001b}[31mc\\u{202e}d');
  });
});

describe('Excel\'s 32,767 characters per cell', () => {
  test('a 60,000-character name is refused for XLSX with its cell named (exit 2); no file is written', async () => {
    const out = join(dir, 'long.xlsx');
    const r = await runCli(['budget', '2022', '--data', budget('long.csv', '가'.repeat(60_000)), '--format', 'xlsx', '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^[^\n]+!B\d+: 60000 characters, over Excel's limit of 32767 for one cell, so no XLSX was written/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('exit 3 is for output that could not be written only', () => {
  test('an amount past 2^53 that an XLSX number cell cannot hold: refused with exit 2, not 3', async () => {
    const r = await runCli(['budget', '2022', '--data', budget('huge.csv', '가', '9007199254740993'), '--format', 'xlsx', '-o', join(dir, 'huge.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('XLSX로 쓰지 않았습니다');
  });
});
