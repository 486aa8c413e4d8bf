import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/** The commands `jobs-report --help` lists (the help command itself aside). */
async function commandNames(): Promise<string[]> {
  const help = (await runCli(['--help'])).stdout.split('\n');
  const start = help.indexOf('명령:');
  const end = help.indexOf('', start);
  // A command's line starts two spaces in; a wrapped description continues further in.
  return help.slice(start + 1, end).flatMap((l) => /^ {2}([\w-]+) /.exec(l)?.[1] ?? []).filter((n) => n !== 'help');
}

const names = await commandNames();

describe('--help', () => {
  test('the root help lists budget, split and project', () => {
    expect(names).toEqual(expect.arrayContaining(['budget', 'split', 'project']));
  });

  test.each(['ko', 'en'])('jobs-report --help (%s) matches its golden file', async (lang) => {
    const r = await runCli(['--lang', lang, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(`../golden/help/jobs-report.${lang}.txt`);
  });

  describe.each(names)('jobs-report %s --help', (name) => {
    test.each(['ko', 'en'])('%s: golden file', async (lang) => {
      const r = await runCli([name, '--help', '--lang', lang]);
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/help/${name}.${lang}.txt`);
    });

    test('a one-line purpose, every value option with its default (or marked required), examples', async () => {
      const out = (await runCli([name, '--help'])).stdout;
      const lines = out.split('\n');
      expect(lines[2]!.length).toBeGreaterThan(0);
      expect(lines[3]).toBe('');
      // A wrapped description continues on lines indented past the option column: join them first.
      const entries = lines.reduce<string[]>((acc, l) => (/^ {10,}\S/.test(l) && acc.length > 0 ? [...acc.slice(0, -1), `${acc.at(-1)} ${l.trim()}`] : [...acc, l]), []);
      const optionLines = entries.filter((l) => /^\s+(-\w, )?--[\w-]+ <\w+>/.test(l));
      expect(optionLines.length).toBeGreaterThan(0);
      for (const l of optionLines) expect(l, l).toMatch(/기본값|필수/);
      const examples = lines.slice(lines.indexOf('예:') + 1).filter((l) => l.startsWith('  jobs-report '));
      expect(examples.length).toBeGreaterThanOrEqual(2);
    });
  });

  test('-h is --help', async () => {
    expect((await runCli(['split', '-h'])).stdout).toBe((await runCli(['split', '--help'])).stdout);
  });

  test('help <command> is <command> --help', async () => {
    expect((await runCli(['help', 'project'])).stdout).toBe((await runCli(['project', '--help'])).stdout);
  });
});

test('--version prints the package version', async () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const r = await runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  }
});
