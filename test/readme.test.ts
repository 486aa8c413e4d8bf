import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/paths.js';
import { runCli } from './helpers/run-cli.js';

/** The counts validate prints on the bundled dataset, from its JSON summary. */
async function bundledCounts(): Promise<{ checks: number; errors: number; warnings: number }> {
  const r = await runCli(['validate', '--format', 'json']);
  return (JSON.parse(r.stdout) as { summary: { checks: number; errors: number; warnings: number } }).summary;
}

const WORDS: Record<string, number> = { no: 0, one: 1, two: 2, three: 3, four: 4, five: 5 };
const count = (s: string): number => WORDS[s] ?? Number(s);

/*
 * The READMEs state what validate finds on the bundled dataset; the counts are read from their text (not
 * written here), so when a check is added the test fails until the READMEs say the new counts.
 */
describe('the READMEs state the counts the tool prints on the bundled dataset', () => {
  test('README.md: the summary line and the sentence under the formats', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const actual = await bundledCounts();
    const lines = [...readme.matchAll(/검사 (\d+)건, 오류 (\d+)건, 경고 (\d+)건/g)];
    expect(lines.length).toBeGreaterThan(0);
    for (const m of lines) expect({ checks: Number(m[1]), errors: Number(m[2]), warnings: Number(m[3]) }).toEqual(actual);
    const sentence = /On the bundled dataset it runs (\d+) checks and reports (\w+) errors?\b[\s\S]*?and (\w+) warnings?/.exec(readme);
    expect(sentence, 'the sentence "On the bundled dataset it runs N checks …"').not.toBeNull();
    expect({ checks: Number(sentence![1]), errors: count(sentence![2]!), warnings: count(sentence![3]!) }).toEqual(actual);
  });

  test('README.ko.md: the summary line of its validate example', async () => {
    const readme = readFileSync(join(ROOT, 'README.ko.md'), 'utf8');
    const lines = [...readme.matchAll(/검사 (\d+)건, 오류 (\d+)건, 경고 (\d+)건/g)];
    expect(lines.length).toBeGreaterThan(0);
    const actual = await bundledCounts();
    for (const m of lines) expect({ checks: Number(m[1]), errors: Number(m[2]), warnings: Number(m[3]) }).toEqual(actual);
  });

  test('the help example of validate says what the bundled data gives', async () => {
    const help = (await runCli(['validate', '--help'], { env: { COLUMNS: '200' } })).stdout;
    const actual = await bundledCounts();
    expect(help).toContain(`오류 ${actual.errors}건`);
    expect(help).toContain(`경고 ${actual.warnings}건`);
  });
});
