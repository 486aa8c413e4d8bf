import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReportText } from '../../src/formats/report-text.js';
import { asHwpx, TEXT_FIXTURES } from '../helpers/hwpx-fixtures.js';
import { writeHwpx } from '../helpers/hwpx-writer.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

interface Json {
  checks: { code: string; ok: boolean }[];
  findings: { code: string; severity: string; expected?: string; actual?: string; document?: string; line?: number }[];
}

/** `validate FILE --format json` as a user runs it. */
async function validate(path: string): Promise<{ code: number; j: Json }> {
  const r = await runCli(['validate', path, '--format', 'json']);
  expect(r.stderr).toBe('');
  return { code: r.code, j: JSON.parse(r.stdout) as Json };
}

/** What must not depend on the format: each finding's code, severity and figures, and every check's code and outcome. */
const essence = (j: Json) => ({
  findings: j.findings.map((f) => [f.code, f.severity, f.expected, f.actual].join(' ')).sort(),
  checks: j.checks.map((c) => `${c.code} ${c.ok}`).sort(),
});

describe('an HWPX document gives the findings of its text export', () => {
  test.each(TEXT_FIXTURES)('%s and its .hwpx under fixtures/documents (built by scripts/build-fixture-hwpx.mjs)', async (name) => {
    const text = await validate(fixture(`documents/${name}`));
    const hwpx = await validate(fixture(`documents/${name.replace(/\.txt$/, '.hwpx')}`));
    expect(text.j.checks.length).toBeGreaterThan(20);
    expect(hwpx.code).toBe(text.code);
    expect(essence(hwpx.j)).toEqual(essence(text.j));
    expect(hwpx.j.checks).toHaveLength(text.j.checks.length);
    // Places are the HWPX's own: a section and paragraph, never a text line.
    for (const f of hwpx.j.findings) {
      expect(f.document).toMatch(/구역 1 문단 \d+/);
      expect(f.line).toBeUndefined();
    }
  });

  test('two-projects.hwpx: the planted errors of the text, at their paragraphs', async () => {
    const { code, j } = await validate(fixture('documents/two-projects.hwpx'));
    expect(code).toBe(1);
    // □ 2022년 소요예산 : 80,000천원 against the table's 88,000; 합 계 120 over 70 + 40 = 110.
    expect(j.findings.map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['headline-mismatch', '88000', '80000'],
      ['table-sum', '110', '120'],
    ]);
  });

  test('import of an .hwpx writes the dataset the text gives: the same findings from the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hwpx-import-'));
    for (const [from, to] of [
      ['documents/stated-figures.hwpx', 'from-hwpx'],
      ['documents/stated-figures.txt', 'from-text'],
    ] as const) {
      const r = await runCli(['import', fixture(from), '-o', join(dir, to)]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readdirSync(join(dir, 'from-hwpx')).sort()).toEqual(readdirSync(join(dir, 'from-text')).sort());
    const [hwpx, text] = await Promise.all(['from-hwpx', 'from-text'].map((d) => runCli(['validate', '-d', join(dir, d), '--format', 'json'])));
    expect(essence(JSON.parse(hwpx!.stdout) as Json)).toEqual(essence(JSON.parse(text!.stdout) as Json));
    // Refused without --force (exit 3, as every output that would overwrite), written with it.
    expect((await runCli(['import', fixture('documents/stated-figures.hwpx'), '-o', join(dir, 'from-hwpx')])).code).toBe(3);
    expect((await runCli(['import', fixture('documents/stated-figures.hwpx'), '-o', join(dir, 'from-hwpx'), '--force'])).code).toBe(0);
  });

  test('an .hwpx that is no work report: one sentence naming it, exit 2', async () => {
    // merged-cells.hwpx holds one table of monthly usage: no project list, budget table or headline.
    const r = await runCli(['validate', fixture('documents/merged-cells.hwpx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('merged-cells.hwpx에서 업무보고의 내용');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

const SHARED = resolve(ROOT, '../shared');
const SEED = join(SHARED, 'seed/000_66325208ef0254f6.txt');
const SKIP_SEED = !existsSync(SEED);
if (SKIP_SEED) console.warn(`HWPX seed: skipped because ${SEED} is not there (../shared beside the repository)`);

describe.skipIf(SKIP_SEED)('the seed written as HWPX', () => {
  test.each([
    ['one run a paragraph', false],
    ['one run a word', true],
  ])('gives the text\'s findings and checks (%s; a cell\'s list items paragraphs of their own)', async (_how, splitRuns) => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-hwpx-'));
    const txt = join(dir, '업무보고.txt');
    const hwpx = join(dir, '업무보고.hwpx');
    copyFileSync(SEED, txt);
    writeFileSync(hwpx, await writeHwpx(asHwpx(readReportText(readFileSync(SEED), '업무보고.txt'), '업무보고.hwpx'), { splitRuns }));
    const text = await validate(txt);
    const doc = await validate(hwpx);
    expect(doc.code).toBe(1);
    expect(essence(doc.j)).toEqual(essence(text.j));
    expect(doc.j.checks).toHaveLength(text.j.checks.length);
    // The seed's findings (AUDIT.md): project 2's headline 1,558,400 against 1,588,400, two pattern breaks of
    // project 4 and project 7's 2021 budget against its results; the HWPX places the headline as paragraph 96.
    expect(doc.j.findings.map((f) => [f.code, f.severity, f.expected, f.actual])).toEqual([
      ['headline-mismatch', 'error', '1588400', '1558400'],
      ['pattern-break', 'warning', '3029000', '3028628'],
      ['pattern-break', 'warning', '1299840', '1300212'],
      ['crossref-differs', 'warning', '1394403', '1095460'],
    ]);
    expect(doc.j.findings[0]!.document).toMatch(/^구역 1 문단 \d+$/);
  });
});

const SAMPLES = join(SHARED, 'hwpx-samples');
const SAMPLE_FILES = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => f.endsWith('.hwpx')) : [];
if (SAMPLE_FILES.length === 0) console.warn(`HWPX samples: skipped because ${SAMPLES} has no .hwpx files (../shared beside the repository)`);

describe.skipIf(SAMPLE_FILES.length === 0)('the HWPX samples 한글 saved (../shared/hwpx-samples)', () => {
  test.each(SAMPLE_FILES)('%s is no work report: one sentence naming it, exit 2', async (name) => {
    const r = await runCli(['validate', join(SAMPLES, name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${name}에서 업무보고의 내용`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
