import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBlankCell, isBlankCells } from '../../src/parse/blank.js';
import { loadDataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/formats/input-error.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Finding } from '../../src/model/finding.js';
import { bufferChunks, readLongCsv } from '../../src/load/long-csv.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const FIXTURE = new URL('../../fixtures/geumcheon-2022', import.meta.url).pathname;
const LAYOUTS = new URL('../../fixtures/layouts', import.meta.url).pathname;
const { fresh } = tempDirs('jr-blank-rows-');

/** What Excel leaves of a row whose cells were cleared, as CSV: every cell empty, or only spaces, tabs, NBSP. */
const CLEARED = [',,,,,,,,', ',,', ' ,\t, ,\u00a0,\u3000'];

/** `text` with `rows` put in after line `after` (1-based; the header is line 1) and at the end. */
function withBlankRows(text: string, after: number, rows: readonly string[]): string {
  const lines = text.replace(/\n$/, '').split('\n');
  lines.splice(after, 0, ...rows);
  return `${[...lines, ...rows].join('\n')}\n`;
}

const budgetOf = (d: Dataset): string[] => d.budget.toArray().map((l) => `${l.project}|${l.source}|${l.year}|${l.amount.toFixed()}`);
const indicatorsOf = (d: Dataset): string[] => d.indicators.map((i) => `${i.id}|${i.year}|${i.target?.value.toFixed() ?? ''}|${i.result?.value.toFixed() ?? ''}|${i.statedRate?.value.toFixed() ?? ''}`);
const usageOf = (d: Dataset): string[] => d.usage.flatMap((u) => u.months.map((m) => `${u.facility}|${m.year}-${m.month}|${m.users.value.toFixed()}`));
const codes = (ws: readonly { code: string }[]): string[] => ws.map((w) => w.code).sort();

describe('the one blank rule (parse/blank.ts)', () => {
  it('a cell of nothing or only white space is blank; any other character is not', () => {
    for (const t of ['', ' ', '\t', '\u00a0', '\u3000', ' \r\n ', undefined]) expect(isBlankCell(t), JSON.stringify(t)).toBe(true);
    for (const t of ['0', '-', "'", '.', '계']) expect(isBlankCell(t), t).toBe(false);
    expect(isBlankCells(['', ' ', '\u3000'])).toBe(true);
    expect(isBlankCells(['', '', '0'])).toBe(false);
  });
});

describe('rows Excel leaves after a row is cleared (`,,,,`) are blank in every CSV reader: neither data nor an error', () => {
  it('the dataset: budgets (printed layout), targets and usage with cleared rows read as without them', async () => {
    const dir = fresh();
    cpSync(FIXTURE, dir, { recursive: true });
    // After the last row each part's cross-references name (budgets D17, targets E15, usage D2), and at the end.
    for (const [file, after] of [['budgets.csv', 18], ['targets.csv', 15], ['usage.csv', 3]] as const) {
      writeFileSync(join(dir, file), withBlankRows(readFileSync(join(dir, file), 'utf8'), after, CLEARED));
    }
    const [before, after] = [await loadDataset(FIXTURE), await loadDataset(dir)];
    expect(budgetOf(after.dataset)).toEqual(budgetOf(before.dataset));
    expect(after.dataset.budget.length).toBe(before.dataset.budget.length);
    expect(indicatorsOf(after.dataset)).toEqual(indicatorsOf(before.dataset));
    expect(usageOf(after.dataset)).toHaveLength(9);
    expect(usageOf(after.dataset)).toEqual(usageOf(before.dataset));
    expect(codes(after.warnings)).toEqual(codes(before.warnings));
  });

  it('the long layout, read from its bytes: the same eight lines, no problem', async () => {
    const text = readFileSync(join(LAYOUTS, 'long.csv'), 'utf8');
    // A cleared row after an empty line, too: the byte reader once took it for the project above.
    const cleared = withBlankRows(text, 3, ['', ',,,,', ...CLEARED]);
    const dir = fresh([['long.csv', cleared]]);
    const { dataset, warnings } = await loadDataset(join(dir, 'long.csv'), 'budget');
    expect(warnings).toEqual([]);
    expect(budgetOf(dataset)).toEqual([
      '3|시비|2021|52458', '3|시비|2022|44380', '3|시비|2023|48818', '3|시비|2024|53700',
      '3|구비|2021|25592', '3|구비|2022|73520', '3|구비|2023|25422', '3|구비|2024|27514',
    ]);
  });

  it('cleared rows above the header: the byte reader still finds the long layout (not the slower table path)', () => {
    const text = `,,,,\n \u00a0,,,,\n\n${readFileSync(join(LAYOUTS, 'long.csv'), 'utf8')}`;
    const problems: Finding[] = [];
    const read = readLongCsv(bufferChunks(Buffer.from(text)), 'long.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, problems, { id: '1', name: 'x' });
    expect(read).toBeDefined();
    expect(problems).toEqual([]);
    expect(read!.lines.toArray().map((l) => `${l.source}|${l.year}|${l.amount.toFixed()}|${l.at?.cell}`).slice(0, 2)).toEqual(['시비|2021|52458|E5', '시비|2022|44380|E6']);
  });

  it('after an empty line, a row with figures but no 사업 is still an error, never the project above', async () => {
    const dir = fresh([['long.csv', '사업,사업명,재원,연도,금액\n3,근로자 보호 및 지원,시비,2021,"52,458"\n\n,,시비,2022,100\n']]);
    const e = await loadDataset(join(dir, 'long.csv'), 'budget').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).findings.map((f) => [f.code, f.cell])).toEqual([['no-project', 'A4']]);
  });

  it('the printed layout: cleared rows between its figure rows read as without them', async () => {
    const text = readFileSync(join(LAYOUTS, 'printed-two-row-header.csv'), 'utf8');
    const dir = fresh([['printed.csv', withBlankRows(text, 3, CLEARED)]]);
    const [before, after] = [await loadDataset(join(LAYOUTS, 'printed-two-row-header.csv'), 'budget'), await loadDataset(join(dir, 'printed.csv'), 'budget')];
    expect(budgetOf(after.dataset)).toEqual(budgetOf(before.dataset));
    // 시비 and 구비 for 2021–2024, the figures of the printed table.
    expect(budgetOf(after.dataset)).toContain('1|시비|2022|44380');
    expect(after.dataset.budget.length).toBe(8);
    expect(codes(after.warnings)).toEqual(codes(before.warnings));
  });
});
