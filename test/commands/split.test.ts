import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('jobs-report split', () => {
  test('일자리센터 운영: 179,598 at 66.25% → 시 118,983 / 구 60,615, with the rule under the table', async () => {
    const r = await runCli(['split', '179598', '--city', '66.25%']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain('시비  118,983    66.25');
    expect(lines).toContain('구비   60,615    33.75');
    // 179,598 × 0.6625 = 118,983.675, truncated.
    expect(lines.at(-1)).toBe('규칙: 시비 = 179,598 × 66.25% = 118,983.675 → 천원 미만 절사 118,983, 구비 = 총액 − 시비 = 60,615 (두 몫의 합은 언제나 총액).');
    await expect(r.stdout).toMatchFileSnapshot('../golden/split-179598.txt');
  });

  test.each(['70%', '0.7', '7:3'])('새벽일자리쉼터: 63,400 at %s → 44,380 / 19,020', async (ratio) => {
    const r = await runCli(['split', '63400', '--city', ratio, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: '63400', unit: '천원', cityRatio: '0.7', rounding: 'down', city: '44380', district: '19020' });
  });

  test('--rounding half-up gives 118,984 (the rule the office does not use)', async () => {
    const r = await runCli(['split', '179598', '--city', '66.25%', '--rounding', 'half-up', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ cityExact: '118983.675', city: '118984', district: '60614', rounding: 'half-up' });
  });

  test('Korean rounding names are accepted: 올림', async () => {
    const r = await runCli(['split', '63401', '--city', '70%', '-r', '올림', '--format', 'json']);
    // 63,401 × 0.7 = 44,380.7 → 올림 44,381; 63,401 − 44,381 = 19,020.
    expect(JSON.parse(r.stdout)).toMatchObject({ city: '44381', district: '19020', rounding: 'up' });
  });

  test('--unit 원: an amount in 원 is split to the 원', async () => {
    const r = await runCli(['split', '179,598,500', '--city', '66.25%', '--unit', '원', '--format', 'json']);
    // 179,598,500 × 0.6625 = 118,984,006.25 → 118,984,006; the rest 60,614,494.
    expect(JSON.parse(r.stdout)).toMatchObject({ unit: '원', city: '118984006', district: '60614494' });
  });

  test('an amount written in 원 is converted to the unit first', async () => {
    const r = await runCli(['split', '63,400,000원', '--city', '70%', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: '63400', city: '44380', district: '19020' });
  });

  test('CSV: the table with a BOM, exact numbers', async () => {
    const r = await runCli(['split', '63400', '--city', '70%', '--format', 'csv']);
    expect(r.stdout).toBe('\uFEFF구분,금액,비율(%)\r\n총액,63400,100\r\n시비,44380,70\r\n구비,19020,30\r\n');
  });

  test('English', async () => {
    const r = await runCli(['--lang', 'en', 'split', '179598', '--city', '66.25%']);
    expect(r.stdout).toContain('Subsidy split (unit: thousand won)');
    expect(r.stdout).toContain('City      118,983      66.25');
    expect(r.stdout).toContain('Rule: city = 179,598 × 66.25% = 118,983.675 → truncated to the thousand won: 118,983; district = total − city = 60,615');
  });

  test.each([
    [['split', 'abc', '--city', '70%'], '금액 "abc"를 읽을 수 없습니다.'],
    [['split', '63400', '--city', '150%'], '--city "150%"를 읽을 수 없습니다. 적을 수 있는 값: 0과 1 사이의 비율'],
    [['split', '63400', '--city', '7:x'], '--city "7:x"를 읽을 수 없습니다.'],
    [['split', '63400'], '필수 옵션이 없습니다: --city.'],
    [['split', '63400', '--city', '70%', '--rounding', 'nearest'], '--rounding 값 "nearest"를 알 수 없습니다. 가능한 값: half-up, down, up.'],
  ])('%j is a usage error: exit 2, one Korean sentence', async (args, sentence) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(sentence);
  });
});
