import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { MAX_LISTED, findingMessage } from '../../src/render/findings-text.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const { root, fresh: folder } = tempDirs('jr-problems-');

describe('every problem of a file in one run, capped with a count of the rest', () => {
  test(`25 rows with two problems each: the first ${MAX_LISTED} listed, then "30 more"`, async () => {
    // Each row has an unreadable amount (1e3) and a 5th cell right of the header: 2 × 25 = 50 problems.
    const rows = Array.from({ length: 25 }, (_, i) => `1,구비,${2000 + i},1e3,5`);
    const dir = folder([['budgets.csv', `사업,재원,연도,금액\n${rows.join('\n')}\n`]]);
    const r = await runCli(['--data', dir, 'budget']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_LISTED + 1);
    expect(lines[MAX_LISTED]).toBe('그 밖에 문제 30건이 더 있습니다.');
  });

  test('problems in several tables of one dataset are reported together', async () => {
    const dir = folder([
      ['info.csv', '항목,값\n단위,만원\n'],
      ['projects.csv', '번호,사업명,번호\n1,가,1\n'],
      ['budgets.csv', '사업,재원,연도,금액\n1,도비,2022,1\n1,구비,2022,1e3\n'],
    ]);
    const r = await runCli(['--data', dir, 'budget']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('info.csv B2: "만원"을(를) 읽을 수 없습니다.');
    expect(r.stderr).toContain('projects.csv C1: 머리글 "번호"이(가) 두 번 있습니다.');
    expect(r.stderr).toContain('budgets.csv B2: 재원 "도비"을(를) 알 수 없습니다.');
    expect(r.stderr).toContain('budgets.csv D3: "1e3"을(를) 읽을 수 없습니다.');
  });

  test('a label with a right-to-left override (U+202E) and an escape sequence is shown escaped', async () => {
    const dir = folder([['budgets.csv', '사업,재원,연도,금액\n1,"구비\u202E0001\u001b[2J",2022,1\n']]);
    const r = await runCli(['--data', dir, 'budget']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('budgets.csv B2: 재원 "구비\\u{202e}0001\\u{001b}[2J"을(를) 알 수 없습니다.');
    expect(r.stderr).not.toMatch(/[\u202e\u001b]/);
  });

  test('a long raw value is shortened', async () => {
    const dir = folder([['budgets.csv', `사업,재원,연도,금액\n1,구비,2022,${'9'.repeat(500)}x\n`]]);
    const r = await runCli(['--data', dir, 'budget']);
    expect(r.stderr).toMatch(/"9{59}…"/);
  });

  test('a finding whose code is not in the catalog still escapes user text', () => {
    expect(findingMessage({ code: 'future-code', severity: 'error', file: 'a.csv', params: { value: 'x\u202Ey' } }, 'ko')).toBe(
      'future-code: {"value":"x\\u{202e}y"}',
    );
  });
});

describe('exit codes and traces', () => {
  test('0 ok, 2 unusable input, 2 usage, 3 output not written', async () => {
    expect((await runCli(['budget'])).code).toBe(0);
    expect((await runCli(['--data', join(root, 'missing'), 'budget'])).code).toBe(2);
    expect((await runCli(['budget', '--format', 'pdf'])).code).toBe(2);
    expect((await runCli(['budget', '-o', root])).code).toBe(3);
  });

  test('an unexpected error is one sentence; --debug adds the trace', async () => {
    vi.resetModules();
    vi.doMock('../../src/load/dataset.js', () => ({
      loadDataset: () => {
        throw new TypeError('boom \u202E');
      },
    }));
    const { main } = await import('../../src/cli.js');
    const run = async (args: string[]) => {
      let stderr = '';
      const code = await main(args, { stdout: () => undefined, stderr: (t) => (stderr += t), stdoutIsTty: false, env: {} });
      return { code, stderr };
    };
    const plain = await run(['budget']);
    expect(plain.code).toBe(2);
    expect(plain.stderr.trimEnd().split('\n').at(-1)).toBe('예상하지 못한 오류가 났습니다: boom \\u{202e} (--debug로 자세히 볼 수 있습니다)');
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await run(['--debug', 'budget']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/TypeError: boom[\s\S]*\n\s+at /);
    expect(debug.stderr).toContain('예상하지 못한 오류가 났습니다: boom \\u{202e}\n');
    vi.doUnmock('../../src/load/dataset.js');
  });
});
