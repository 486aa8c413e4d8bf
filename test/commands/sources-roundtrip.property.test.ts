import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_WORDS, type SourceRole } from '../../src/model/source.js';
import { runCli } from '../helpers/run-cli.js';
import { readWorkbookFile } from '../helpers/report-workbook.js';

const ROLE_WORD: Record<SourceRole, string> = { national: '국가', upper: '상위', local: '지방', other: '기타' };
const YEARS = [2023, 2024];
const root = mkdtempSync(join(tmpdir(), 'jobs-report-sources-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A declared set: names of the vocabulary in any order, roles at random (a second upper or local becomes
 * another fund: the share takes one of each). Each line's 재원 cell is written as any word for its
 * source (`국`, `국 비`, `균형발전특별회계`): the declared set must read them all as the name.
 */
const declaration = fc
  .uniqueArray(fc.integer({ min: 0, max: SOURCE_WORDS.length - 1 }), { minLength: 1, maxLength: 5 })
  .chain((picked) =>
    fc.tuple(fc.constant(picked), fc.array(fc.constantFrom<SourceRole>('national', 'upper', 'local', 'other'), { minLength: picked.length, maxLength: picked.length })),
  )
  .map(([picked, roles]) => {
    const seen = new Set<SourceRole>();
    return picked.map((k, i) => {
      const word = SOURCE_WORDS[k]!;
      let role = roles[i]!;
      if ((role === 'upper' || role === 'local') && seen.has(role)) role = 'other';
      seen.add(role);
      return { name: word.name, role, words: [word.name, ...word.words, `${word.name[0]} ${word.name.slice(1)}`] };
    });
  });

const dataset = declaration.chain((sources) =>
  fc.record({
    sources: fc.constant(sources),
    // (project, source, year) → amount in 천원, or absent; the word each line writes for its source.
    lines: fc.array(
      fc.record({
        project: fc.constantFrom('1', '2', '3'),
        source: fc.integer({ min: 0, max: sources.length - 1 }),
        year: fc.constantFrom(...YEARS),
        amount: fc.integer({ min: 0, max: 9_999_999_999 }),
        word: fc.nat(),
      }),
      { minLength: 1, maxLength: 20 },
    // The report year has a line at least (else budget says the year has no data).
    ).map(([first, ...rest]) => [{ ...first!, year: 2024 }, ...rest]),
  }),
);

describe('any declared source set round-trips through every budget format', () => {
  it('CSV, JSON and XLSX give back each project’s figure for each declared source', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(dataset, async ({ sources, lines }) => {
        // One line per (project, source, year): the first drawn wins (a repeat would be a duplicate-line error).
        const kept = new Map<string, (typeof lines)[number]>();
        for (const l of lines) {
          const key = `${l.project}|${l.source}|${l.year}`;
          if (!kept.has(key)) kept.set(key, l);
        }
        const dir = join(root, String(n++));
        const names = sources.map((s) => s.name);
        const list = sources.map((s) => `${s.name}:${ROLE_WORD[s.role]}`).join(', ');
        const rows = [...kept.values()].map((l) => {
          const s = sources[l.source]!;
          return `${l.project},${s.words[l.word % s.words.length]},${l.year},${l.amount}`;
        });
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'info.csv'), `항목,값\n재원,"${list}"\n연도,2024\n`);
        writeFileSync(join(dir, 'budgets.csv'), ['사업,재원,연도,금액', ...rows].join('\n') + '\n');

        // The oracle: each project's 2024 amount by source, summed here (0 where it has no line).
        const projects = [...new Set([...kept.values()].map((l) => l.project))];
        const want = new Map<string, string[]>(projects.map((p) => [p, names.map((_, k) => String(kept.get(`${p}|${k}|2024`)?.amount ?? 0))]));

        const json = await runCli(['budget', '--data', dir, '--format', 'json']);
        expect(json.stderr).toBe('');
        const j = JSON.parse(json.stdout);
        expect(j.sources).toEqual(names);
        for (const row of j.projects) expect(names.map((s) => row.bySource[s])).toEqual(want.get(row.id));

        const upper = sources.find((s) => s.role === 'upper')?.name;
        const local = sources.find((s) => s.role === 'local')?.name;
        const shares = upper && local ? [`${upper} 비율`, `${local} 비율`] : [];
        const csv = (await runCli(['budget', '--data', dir, '--format', 'csv'])).stdout.split('\r\n');
        const head = csv[1]!.split(',');
        expect(head.slice(2)).toEqual(['계', ...names, ...shares, '2023년 계', '증감', '증감률(%)']);
        for (const line of csv.slice(2, 2 + projects.length)) {
          const cells = line.split(',');
          expect(names.map((_, k) => cells[3 + k])).toEqual(want.get(cells[0]!));
        }

        const file = join(dir, 'budget.xlsx');
        expect((await runCli(['budget', '--data', dir, '--format', 'xlsx', '-o', file])).code).toBe(0);
        const sheet = (await readWorkbookFile(file)).worksheets[0]!;
        expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['번호', '사업명', '계', ...names, ...shares, '2023년 계', '증감', '증감률(%)']);
        for (let r = 3; r < 3 + projects.length; r++) {
          const cells = sheet.getRow(r).values as unknown[];
          expect(names.map((_, k) => String(cells[4 + k]))).toEqual(want.get(String(cells[1])));
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

