import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixture, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

type Findings = { findings: { code: string; severity: string; expected?: string; actual?: string }[] };
const figures = (json: string) => (JSON.parse(json) as Findings).findings.map((f) => [f.code, f.severity, f.expected, f.actual]);

describe('import a work report as a dataset folder', () => {
  test('the folder gives the findings the document gives; a second import refuses, --force overwrites', async () => {
    const doc = fixture('documents/two-projects.txt');
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'dataset');
    const r = await runCli(['import', doc, '-o', out]);
    expect(r.code).toBe(0);
    // Budgets in the printed layout, cells as the document prints them (`구 비`, thousands commas).
    expect(readFileSync(join(out, 'budgets.csv'), 'utf8')).toContain('1,구 비,"58,000","16,000","20,000","22,000"');
    expect(readFileSync(join(out, 'headlines.csv'), 'utf8')).toContain('2,2022,"80,000천원",');
    const fromDoc = await runCli(['validate', doc, '--format', 'json']);
    const fromFolder = await runCli(['validate', out, '--format', 'json']);
    expect(figures(fromFolder.stdout)).toEqual(figures(fromDoc.stdout));
    expect(figures(fromFolder.stdout)).toHaveLength(2);
    expect((await runCli(['import', doc, '-o', out])).code).toBe(3);
    expect((await runCli(['import', doc, '-o', out, '--force'])).code).toBe(0);
  });
});

const SEED = resolve(ROOT, '../shared/seed/000_66325208ef0254f6.txt');
const SKIP_SEED = !existsSync(SEED);
if (SKIP_SEED) console.warn(`work report seed import: skipped because ${SEED} is not there (../shared beside the repository)`);

describe.skipIf(SKIP_SEED)('import the seed work report', () => {
  test('budget 2022 equals the bundled dataset; validate finds the bundled findings (figures, codes, severities)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-import-'));
    const doc = join(dir, '업무보고.txt');
    copyFileSync(SEED, doc);
    const out = join(dir, 'dataset');
    expect((await runCli(['import', doc, '-o', out])).code).toBe(0);
    const budget = (data?: string) => runCli(['budget', '2022', '--format', 'json', ...(data ? ['--data', data] : [])]);
    expect((await budget(out)).stdout).toBe((await budget()).stdout);
    const bundled = figures((await runCli(['validate', '--format', 'json'])).stdout);
    expect(figures((await runCli(['validate', out, '--format', 'json'])).stdout)).toEqual(bundled);
  });
});
