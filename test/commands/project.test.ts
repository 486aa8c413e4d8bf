import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('jobs-report project', () => {
  test('금천일자리주식회사: 1,588,400 at 3% → 2023 1,636,052, 2024 1,685,134', async () => {
    const r = await runCli(['project', '1588400', '--growth', '3%', '--from', '2022', '--to', '2024']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // 1,588,400 × 1.03 = 1,636,052; 1,636,052 × 1.03 = 1,685,133.56 → 1,685,134; changes 47,652 and 49,082.
    expect(lines).toContain('2023년         1,636,052          47,652');
    expect(lines).toContain('2024년         1,685,134          49,082');
    expect(lines.at(-1)).toBe('규칙: 해마다 전년도 금액 × (1 + 3%), 천원 미만 반올림 — 반올림한 전년도 금액에서 다시 계산합니다.');
    await expect(r.stdout).toMatchFileSnapshot('../golden/project-1588400.txt');
  });

  test('project 5: 894,869 at 1% → 903,818 → 912,856; --to defaults to two years on', async () => {
    const r = await runCli(['project', '894869', '--growth', '1%', '--from', '2022', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      base: { year: 2022, amount: '894869' },
      growth: '0.01',
      rounding: 'half-up',
      unit: '천원',
      years: [
        { year: 2023, amount: '903818', change: '8949' },
        { year: 2024, amount: '912856', change: '9038' },
      ],
      rule: '규칙: 해마다 전년도 금액 × (1 + 1%), 천원 미만 반올림 — 반올림한 전년도 금액에서 다시 계산합니다.',
    });
  });

  test('negative growth, △ in the table, − in the rule', async () => {
    const r = await runCli(['project', '894869', '--growth', '-2%', '--from', '2022']);
    // 894,869 × 0.98 = 876,971.62 → 876,972 (change −17,897); × 0.98 = 859,432.56 → 859,433 (change −17,539).
    expect(r.stdout).toContain('876,972');
    expect(r.stdout).toContain('△17,897');
    expect(r.stdout).toContain('859,433');
    expect(r.stdout).toContain('× (1 − 2%)');
  });

  test('--rounding down', async () => {
    const r = await runCli(['project', '1588400', '--growth', '0.03', '--from', '2022', '--rounding', 'down', '--format', 'csv']);
    expect(r.stdout).toBe('\uFEFF연도,금액,전년 대비 증감\r\n2022년 (기준),1588400,\r\n2023년,1636052,47652\r\n2024년,1685133,49081\r\n');
  });

  test('English', async () => {
    const r = await runCli(['project', '1588400', '--growth', '3%', '--from', '2022', '--lang', 'en']);
    expect(r.stdout).toContain('Projection at 3% a year (unit: thousand won)');
    expect(r.stdout).toContain('2022 (base)');
    expect(r.stdout).toContain('Rule: each year = the previous year × (1 + 3%), rounded half-up to the thousand won');
  });

  test.each([
    [['project', '1588400', '--growth', '3%', '--from', '2022', '--to', '2022'], '--to 2022는 --from 2022보다 뒤의 연도여야 합니다'],
    [['project', '1588400', '--growth', '7:3', '--from', '2022'], '--growth "7:3"을 읽을 수 없습니다.'],
    [['project', '1588400', '--growth', '-150%', '--from', '2022'], '--growth "-150%"를 읽을 수 없습니다.'],
    [['project', '1588400', '--growth', '3%'], '필수 옵션이 없습니다: --from.'],
    [['project', '1588400', '--growth', '3%', '--from', '22'], '--from 값 "22"를 읽을 수 없습니다. 예: 2022.'],
  ])('%j is a usage error: exit 2', async (args, sentence) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(sentence);
  });
});
