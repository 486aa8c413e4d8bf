import { eastAsianWidth } from 'get-east-asian-width';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Columns a line takes on a terminal (ambiguous characters as `wide` says), colour codes aside. */
function columns(line: string, wide = false): number {
  let w = 0;
  for (const ch of line) w += eastAsianWidth(ch.codePointAt(0)!, { ambiguousAsWide: wide });
  return w;
}

const widest = (text: string, wide = false) => Math.max(...text.split('\n').map((l) => columns(l, wide)));

describe('tables fit the terminal', () => {
  test.each([80, 120])('budget 2022 and achievement at %i columns: no line wider, one note naming what was left out', async (width) => {
    for (const args of [['budget', '2022'], ['achievement']]) {
      const r = await runCli(args, { env: { COLUMNS: String(width) } });
      expect(r.code).toBe(0);
      expect(widest(r.stdout), args.join(' ')).toBeLessThanOrEqual(width);
      // One note (wrapped to the width like everything else), after the line about the bundled data.
      const note = r.stderr.split('\n').slice(1).join(' ');
      expect(r.stderr.match(/뺀 열/g)).toHaveLength(1);
      expect(widest(r.stderr)).toBeLessThanOrEqual(width);
      expect(note).toContain(`화면 폭 ${width}칸`);
      expect(note).toContain('--wide');
    }
  });

  test.each([80, 120])('validate at %i columns: its sentences wrap under their own start', async (width) => {
    const r = await runCli(['validate'], { env: { COLUMNS: String(width) } });
    expect(r.code).toBe(1);
    expect(widest(r.stdout)).toBeLessThanOrEqual(width);
    // The wrapped part of the error continues under the sentence, not under the severity word.
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.startsWith('  오류  headlines.csv C3'));
    if (width === 80) expect(lines[i + 1]).toMatch(/^ {8}\S/);
  });

  test('the budget leaves out the shares first, then the previous year, the rate and the change', async () => {
    const r = await runCli(['budget', '2022'], { env: { COLUMNS: '120' } });
    expect(r.stderr.replace(/\n/g, ' ')).toContain('뺀 열: 구비 비율, 시비 비율, 2021년 계.');
    const at80 = await runCli(['budget', '2022'], { env: { COLUMNS: '80' } });
    expect(at80.stderr.replace(/\n/g, ' ')).toContain('뺀 열: 구비 비율, 시비 비율, 2021년 계, 증감률(%), 증감.');
    // 사업명 wraps within its column: project 4's name continues on the next line, under the name.
    const lines = at80.stdout.split('\n');
    const i = lines.findIndex((l) => l.startsWith('4     서울시민'));
    expect(lines[i]).toMatch(/4,285,980/);
    expect(lines[i + 1]).toMatch(/^ {6}\S/);
    expect(lines[i + 1]).not.toMatch(/\d,\d{3}/);
  });

  test('at 160 columns, and with --wide, everything is shown', async () => {
    const full = await runCli(['budget', '2022']);
    for (const r of [await runCli(['budget', '2022'], { env: { COLUMNS: '160' } }), await runCli(['budget', '2022', '--wide'], { env: { COLUMNS: '80' } })]) {
      expect(r.stdout).toBe(full.stdout);
      expect(r.stderr).not.toContain('뺀 열');
    }
    expect(widest((await runCli(['achievement'], { env: { COLUMNS: '160' } })).stdout)).toBeLessThanOrEqual(160);
  });

  test('--columns shows the columns asked for', async () => {
    const r = await runCli(['budget', '2022', '--columns', '번호, 사업명,계,증감'], { env: { COLUMNS: '80' } });
    const head = r.stdout.split('\n')[1]!;
    expect(head.trim().split(/\s{2,}/)).toEqual(['번호', '사업명', '계', '증감']);
  });

  test('number headers are right-aligned over their numbers', async () => {
    const lines = (await runCli(['budget', '2022'])).stdout.split('\n');
    const head = lines[1]!;
    const total = lines.find((l) => l.includes('합계'))!;
    // 계 ends where 8,533,450 ends.
    expect(columns(head.slice(0, head.indexOf('계') + 1))).toBe(columns(total.slice(0, total.indexOf('8,533,450') + '8,533,450'.length)));
  });

  test('--columns naming a column no table has is a usage error listing the columns (a header mapping pointed to --header-map)', async () => {
    const typo = await runCli(['budget', '2022', '--columns', '번호,사업명,게']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('--columns의 열 게가 표에 없습니다. 고를 수 있는 열: 번호, 사업명, 계, 국비,');
    const mapping = await runCli(['budget', '2022', '--columns', '금액=요구액']);
    expect(mapping.code).toBe(2);
    expect(mapping.stderr).toContain('--header-map 금액=요구액처럼 씁니다.');
  });

  test('a terminal that draws ambiguous characters wide: rule lines and △ measured as two columns', async () => {
    const narrow = await runCli(['budget', '2022', '--negative', 'triangle'], { env: { COLUMNS: '80' } });
    const wide = await runCli(['budget', '2022'], { env: { COLUMNS: '80', JOBS_REPORT_AMBIGUOUS: 'wide' } });
    expect(widest(wide.stdout, true)).toBeLessThanOrEqual(80);
    expect(widest(narrow.stdout, true)).toBeGreaterThan(80);
    const opt = await runCli(['--ambiguous', 'wide', 'budget', '2022'], { env: { COLUMNS: '80' } });
    expect(opt.stdout).toBe(wide.stdout);
  });

  test('every --help fits 80 and 120 columns', async () => {
    for (const width of [80, 120]) {
      for (const cmd of [[], ['budget'], ['achievement'], ['validate'], ['report'], ['split'], ['project'], ['template']]) {
        for (const lang of ['ko', 'en']) {
          const r = await runCli([...cmd, '--help', '--lang', lang], { env: { COLUMNS: String(width) } });
          expect(widest(r.stdout), `${cmd.join(' ')} ${lang} at ${width}`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  test('help examples are aligned by display width', async () => {
    const r = await runCli(['split', '--help'], { env: { COLUMNS: '120' } });
    const examples = r.stdout.split('\n').filter((l) => /^ {2}jobs-report split .+ {2,}\S/.test(l));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const starts = examples.map((l) => columns(/^(.*?\S {2,})\S/.exec(l)![1]!));
    expect(new Set(starts).size).toBe(1);
  });
});
