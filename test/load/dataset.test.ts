import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/formats/input-error.js';
import type { BudgetLine, Dataset } from '../../src/model/dataset.js';
import { BUNDLED, BUNDLED_XLSX, fixture } from '../helpers/paths.js';

/** Budget lines as comparable text, whatever file or sheet they came from. */
const lines = (d: Dataset): string[] => d.budget.toArray().map((l: BudgetLine) => `${l.project}|${l.source}|${l.year}|${l.amount.toFixed()}`).sort();

const tmp = (): string => mkdtempSync(join(tmpdir(), 'jobs-report-'));

const csv = await loadDataset(BUNDLED);
const xlsx = await loadDataset(BUNDLED_XLSX);

describe('the bundled dataset', () => {
  it('reads the seven projects and their printed budget cells', () => {
    expect(csv.dataset.projects.map((p) => p.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(csv.dataset.projects[3]!.name).toBe('서울시민 안심 일자리사업(舊공공근로) 추진');
    // Sources present as printed: 1,2,5 구비 only; 3,4,6 시비+구비; 7 all three. Four years each.
    expect(csv.dataset.budget).toHaveLength(4 * (1 + 1 + 2 + 2 + 1 + 2 + 3));
  });

  it('keeps printed totals apart from their parts, located', () => {
    const stated = csv.dataset.statedTotals.filter((s) => s.project === '2');
    const yearTotal2022 = stated.find((s) => s.kind === 'year-total' && s.year === 2022)!;
    expect(yearTotal2022.figure.value.toFixed()).toBe('1588400');
    // budgets.csv: row 4 is project 2's 계 row (header, then project 1's two rows); 2022년 is column E.
    expect(yearTotal2022.figure.at.cell).toBe('E4');
    const headline = csv.dataset.headlines.find((h) => h.project === '2')!;
    expect(headline.figure.value.toFixed()).toBe('1558400'); // as printed: the document's own slip
  });

  it('reads blank budget cells as zero in the printed layout (project 5, 구비 2021)', () => {
    const blank = csv.dataset.budget.toArray().find((l) => l.project === '5' && l.year === 2021)!;
    expect(blank.amount.isZero()).toBe(true);
  });

  it('gives the same figures from the CSV folder and from the XLSX workbook', () => {
    expect(lines(xlsx.dataset)).toEqual(lines(csv.dataset));
    const stated = (d: Dataset) => d.statedTotals.map((s) => `${s.project}|${s.kind}|${s.source ?? ''}|${s.year ?? ''}|${s.figure.value.toFixed()}|${s.figure.at.cell}`).sort();
    expect(stated(xlsx.dataset)).toEqual(stated(csv.dataset));
    const heads = (d: Dataset) => d.headlines.map((h) => `${h.project}|${h.year}|${h.figure.value.toFixed()}`).sort();
    expect(heads(xlsx.dataset)).toEqual(heads(csv.dataset));
    const comps = (d: Dataset) => d.components.map((c) => `${c.project}|${c.name}|${c.amount?.value.toFixed() ?? ''}|${[...c.parts].map(([s, f]) => s + f.value.toFixed()).join()}|${c.cityRatio?.value.toFixed() ?? ''}`).sort();
    expect(comps(xlsx.dataset)).toEqual(comps(csv.dataset));
    expect(xlsx.dataset.tables.map((t) => t.title)).toEqual(csv.dataset.tables.map((t) => t.title));
    expect(xlsx.dataset.statedTotals[0]!.figure.at.sheet).toBe('소요예산');
  });
});

describe('budget layouts', () => {
  it('reads the printed layout with a two-row header and spaced labels like the long layout', async () => {
    const printed = await loadDataset(fixture('layouts/printed-two-row-header.csv'));
    const long = await loadDataset(fixture('layouts/long.csv'));
    const norm = (d: Dataset) => lines(d).map((l) => l.replace(/^[^|]*\|/, ''));
    expect(norm(printed.dataset)).toEqual(norm(long.dataset));
    expect(long.dataset.projects).toEqual([{ id: '3', name: '근로자 보호 및 지원' }]);
    // The printed 합계 of 시비 (row 4, column B) is a stated figure: 199,356.
    const cityTotal = printed.dataset.statedTotals.find((s) => s.kind === 'source-total' && s.source === '시비')!;
    expect(cityTotal.figure.value.toFixed()).toBe('199356');
    expect(cityTotal.figure.at.cell).toBe('B4');
  });

  it('reads a CP949 file as Excel on Korean Windows saves it, 똠 included', async () => {
    const dir = tmp();
    const file = join(dir, 'cp949.csv');
    writeFileSync(file, iconv.encode('사업,사업명,재원,연도,금액\r\n9,똠방각하 일자리,구비,2022,"1,000"\r\n', 'cp949'));
    const { dataset } = await loadDataset(file);
    expect(dataset.projects[0]!.name).toBe('똠방각하 일자리');
    expect(dataset.budget.toArray()[0]!.amount.toFixed()).toBe('1000');
  });

  it('names file, cell and value of an unreadable amount', async () => {
    const dir = tmp();
    const file = join(dir, 'bad.csv');
    writeFileSync(file, '사업,재원,연도,금액\n1,구비,2022,"1.234,5"\n');
    const err = await loadDataset(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const f = (err as InputError).findings[0]!;
    expect([f.code, f.file, f.cell, f.actual]).toEqual(['bad-number', 'bad.csv', 'D2', '1.234,5']);
  });

  it('leaves out a blank amount in the long layout with one warning (blank is not zero)', async () => {
    const dir = tmp();
    const file = join(dir, 'blank.csv');
    writeFileSync(file, '사업,재원,연도,금액\n1,구비,2022,\n1,구비,2023,5\n1,구비,2024,\n');
    const { dataset, warnings } = await loadDataset(file);
    expect(dataset.budget.toArray().map((l) => `${l.year}:${l.amount.toFixed()}`)).toEqual(['2023:5']);
    expect(warnings.map((w) => [w.code, w.cell, w.params.count])).toEqual([['blank-amounts', 'D2', '2']]);
  });

  it('refuses a line given twice, also after label normalisation', async () => {
    const dir = tmp();
    const file = join(dir, 'dup.csv');
    writeFileSync(file, '사업,재원,연도,금액\n1,구 비,2023,5\n1,구비,2023,6\n');
    const err = (await loadDataset(file).catch((e: unknown) => e)) as InputError;
    expect(err.findings.map((f) => [f.code, f.cell, f.params.first])).toEqual([['duplicate-line', 'D3', 'D2']]);
  });

  it.each([
    [2, 'one byte'],
    [4, 'two bytes'],
    [7, 'four bytes'],
  ])('finds a repeated line among %i years of every source (%s of bits per pair)', async (years) => {
    const rows = ['기관,사업,재원,연도,금액'];
    for (const org of ['가구', '나구']) for (const source of ['국비', '시비', '구비']) for (let y = 0; y < years; y++) rows.push(`${org},1,${source},${2020 + y},1`);
    // The last source and year of 나구 again, at the end (row rows.length + 1 in the file).
    rows.push(`나구,1,구비,${2020 + years - 1},2`);
    const file = join(tmp(), 'years.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    const err = (await loadDataset(file).catch((e: unknown) => e)) as InputError;
    expect(err.findings.map((f) => [f.code, f.cell, f.params.first])).toEqual([['duplicate-line', `E${rows.length}`, `E${rows.length - 1}`]]);
  });
});
