import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDirs } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/run-cli.js';
import { workbookParts, zipParts } from '../helpers/workbook-zip.js';

/** Values that read as numbers but cannot be what was meant: refused at their cell, never a figure. */
const { root, fresh: folder } = tempDirs('jr-strict-cells-');

const TARGETS = '지표,지표명,단위,연도,목표,실적\n';

describe('years outside 1900–2199', () => {
  test('in a targets table: 1066 and 9999 are errors at their cells', async () => {
    const dir = folder([['targets.csv', `${TARGETS}1,취업자,명,1066,10,5\n1,취업자,명,9999,10,5\n1,취업자,명,2022,10,5\n`]]);
    const r = await runCli(['--data', dir, 'achievement']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'targets.csv D2: 연도 "1066"은(는) 1900~2199년 밖입니다. 연도를 확인하세요.',
      'targets.csv D3: 연도 "9999"은(는) 1900~2199년 밖입니다. 연도를 확인하세요.',
    ]);
  });

  test('in a workbook\'s long-layout budget sheet (the streamed reader asks the same rule)', async () => {
    const path = join(root, 'years.xlsx');
    writeFileSync(path, await zipParts(workbookParts('소요예산', [['사업', '재원', '연도', '금액'], ['1', '구비', 1066, 5600], ['1', '구비', 2022, 5600]])));
    const r = await runCli(['--data', path, 'budget', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('years.xlsx 소요예산!C2: the year "1066" is outside 1900–2199; check it.');
  });
});

describe('negative targets and results', () => {
  test('are errors at their cells (a target of -60 read as a rate of -60 %, 달성, before)', async () => {
    const dir = folder([['targets.csv', `${TARGETS}1,취업자,명,2022,-60,36\n2,일자리,개,2022,10,△3\n`]]);
    const r = await runCli(['--data', dir, 'achievement']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'targets.csv E2: "-60"을(를) 읽을 수 없습니다. 0 이상의 수 (예: 1,234; 목표와 실적은 음수일 수 없습니다)이(가) 와야 합니다.',
      'targets.csv F3: "△3"을(를) 읽을 수 없습니다. 0 이상의 수 (예: 1,234; 목표와 실적은 음수일 수 없습니다)이(가) 와야 합니다.',
    ]);
  });
});
