import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/formats/input-error.js';
import { renderFindingLines } from '../../src/render/findings-text.js';
import { BUNDLED, BUNDLED_XLSX } from '../helpers/paths.js';

const root = mkdtempSync(join(tmpdir(), 'jr-structure-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A dataset folder holding the given files (UTF-8), loaded as `--data folder` would. */
async function load(files: ReadonlyArray<readonly [string, string]>) {
  const dir = join(root, String(n++));
  mkdirSync(dir);
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return loadDataset(dir, 'all');
}

async function refusal(files: ReadonlyArray<readonly [string, string]>, lang: 'ko' | 'en' = 'ko'): Promise<string[]> {
  try {
    await load(files);
  } catch (e) {
    if (e instanceof InputError) return renderFindingLines(e.findings, lang);
    throw e;
  }
  throw new Error('accepted');
}

const LONG = '사업,재원,연도,금액\n';

describe('the bundled dataset passes every structure check', () => {
  test.each([['folder', BUNDLED], ['workbook', BUNDLED_XLSX]])('%s', async (_, path) => {
    const { dataset } = await loadDataset(path, 'all');
    expect(dataset.budget.length).toBeGreaterThan(0);
  });
});

describe('ragged rows', () => {
  test('more cells than the header: an error at the first cell that would be lost', async () => {
    expect(await refusal([['budgets.csv', `${LONG}1,구비,2022,5600\n1,시비,2022,"1,000",메모\n`]])).toEqual([
      'budgets.csv E3: 머리글은 4칸인데 이 행은 5칸입니다. 머리글 밖의 값 "메모"는 어느 열에도 속하지 않습니다.',
    ]);
  });

  test('an unquoted thousands separator makes a ragged row, and is caught (1,000 would be read as 1)', async () => {
    const lines = await refusal([['budgets.csv', `${LONG}1,구비,2022,1,000\n`]], 'en');
    expect(lines).toEqual(['budgets.csv E2: The header has 4 cells but this row 5; the value "000" belongs to no column.']);
  });

  test('trailing blank cells are not extra, and fewer cells than the header are fine', async () => {
    const { dataset } = await load([
      ['budgets.csv', `${LONG}1,구비,2022,5600,,\n`],
      ['projects.csv', '번호,사업명,구분,담당팀\n1,수요자 맞춤형 일자리 창출\n'],
    ]);
    expect(dataset.budget.toArray().map((l) => l.amount.toFixed())).toEqual(['5600']);
    expect(dataset.projects.map((p) => p.name)).toEqual(['수요자 맞춤형 일자리 창출']);
  });

  test('a value under a blank header cell is refused at the header cell, once per column', async () => {
    expect(await refusal([['projects.csv', '번호,사업명,\n1,가,x\n2,나,y\n'], ['budgets.csv', `${LONG}1,구비,2022,1\n`]])).toEqual([
      'projects.csv C1: 머리글이 비어 있는데 아래 행에 값이 있습니다(예: projects.csv C2 "x"). 열 이름을 적으세요.',
    ]);
  });

  test('the two-row printed header labels the year columns, so they are not blank', async () => {
    const text = '재 원 별,합 계,연차별 소요자원,,\n,,2021년,2022년,2023년\n구 비,"3","1","1","1"\n';
    const { dataset } = await load([['budgets.csv', text]]);
    expect(dataset.budget.toArray().map((l) => `${l.year}:${l.amount.toFixed()}`)).toEqual(['2021:1', '2022:1', '2023:1']);
  });

  test('info.csv (항목,값) too', async () => {
    expect(await refusal([['info.csv', '항목,값\n단위,천원,원\n'], ['budgets.csv', `${LONG}1,구비,2022,1\n`]])).toEqual([
      'info.csv C2: 머리글은 2칸인데 이 행은 3칸입니다. 머리글 밖의 값 "원"은 어느 열에도 속하지 않습니다.',
    ]);
  });
});

describe('headers', () => {
  test('a duplicate header, also after normalisation (`재 원` = `재원`)', async () => {
    expect(await refusal([['budgets.csv', '사업,재원,연도,금액,재 원\n1,구비,2022,1,\n']])).toEqual(['budgets.csv E1: 머리글 "재 원"이 두 번 있습니다.']);
  });

  test('a header only', async () => {
    expect(await refusal([['budgets.csv', LONG]])).toEqual(['budgets.csv: 머리글만 있고 자료 행이 없습니다.']);
  });

  test('an empty file, or one holding only a BOM and blank lines', async () => {
    expect(await refusal([['budgets.csv', '']])).toEqual(['budgets.csv: 파일이 비어 있습니다.']);
    expect(await refusal([['budgets.csv', '\uFEFF\r\n\r\n']])).toEqual(['budgets.csv: 파일이 비어 있습니다.']);
    expect(await refusal([['projects.csv', ''], ['budgets.csv', `${LONG}1,구비,2022,1\n`]])).toEqual(['projects.csv: 파일이 비어 있습니다.']);
  });
});

describe('duplicate budget lines after label normalisation are an error, never a sum', () => {
  test('`구 비` and `구비`, `2022` and `2022년`', async () => {
    expect(await refusal([['budgets.csv', `${LONG}1,구비,2022,1\n1,구 비,2022년,2\n`]])).toEqual([
      'budgets.csv D3: 1 구비 2022년 금액이 D2에 이미 있습니다. 같은 항목을 두 번 적었습니다.',
    ]);
  });

  test('a project named in NFD (as macOS writes Hangul) and in NFC', async () => {
    const nfc = '근로자 보호';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const lines = await refusal([['budgets.csv', `사업명,재원,연도,금액\n${nfc},시비,2022,1\n${nfd},시비,2022,2\n`]]);
    expect(lines).toEqual([`budgets.csv D3: ${nfc} 시비 2022년 금액이 D2에 이미 있습니다. 같은 항목을 두 번 적었습니다.`]);
  });

  test('the printed layout: a second `시 비` row in one project', async () => {
    const text = '재원별,합계,2022년\n시비,"1","1"\n시 비,"2","2"\n';
    expect(await refusal([['budgets.csv', text]])).toEqual(['budgets.csv C3: 1 시비 2022년 금액이 C2에 이미 있습니다. 같은 항목을 두 번 적었습니다.']);
  });
});

describe('labels that name object internals change nothing', () => {
  test('projects `__proto__` and `constructor`, and a `__proto__` header, load as plain labels', async () => {
    const { dataset } = await load([
      ['budgets.csv', `사업,재원,연도,금액\n__proto__,구비,2022,1\nconstructor,구비,2022,2\n__proto__,시비,2022,3\n`],
      ['projects.csv', '번호,사업명,__proto__\n__proto__,가,x\n'],
    ]);
    expect(dataset.budget.toArray().map((l) => [l.project, l.source, l.amount.toFixed()])).toEqual([
      ['__proto__', '구비', '1'],
      ['constructor', '구비', '2'],
      ['__proto__', '시비', '3'],
    ]);
    expect(dataset.projects.map((p) => [p.id, p.name])).toEqual([['__proto__', '가'], ['constructor', 'constructor']]);
  });
});
