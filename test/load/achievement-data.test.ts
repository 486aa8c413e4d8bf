import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { readTargets } from '../../src/load/targets.js';
import { readTargetGroups } from '../../src/load/target-groups.js';
import { readUsage } from '../../src/load/usage.js';
import type { Finding } from '../../src/model/finding.js';
import type { RawTable } from '../../src/formats/raw-table.js';

const FIXTURE = new URL('../../fixtures/geumcheon-2022', import.meta.url).pathname;

function table(file: string, rows: string[][]): RawTable {
  return { file, rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
}

describe('targets, target groups and usage from the bundled dataset', () => {
  it('reads the 일자리공시 figures as printed, with where each came from', async () => {
    const { dataset } = await loadDataset(FIXTURE);
    const jc = dataset.indicators.filter((i) => i.id === 'job-creation');
    expect(jc.map((i) => [i.year, i.target?.value.toString(), i.result?.value.toString() ?? null, i.statedRate?.value.toString() ?? null])).toEqual([
      [2019, '8900', '10349', '116'],
      [2020, '10500', '10814', '103'],
      [2021, '10800', '11521', '107'],
      [2022, '10900', null, null],
    ]);
    expect(jc[2]!.basis).toBe('2021년 말 예상치');
    expect(jc[2]!.result!.at.cell).toBe('F4');
    const seekers = dataset.indicators.find((i) => i.id === 'jobseekers' && i.year === 2021)!;
    expect(seekers).toMatchObject({ name: '구직등록', unit: '명', target: null, basis: '2021년 9월말 기준' });
  });

  it('keeps the printed 합계 apart from the groups', async () => {
    const { dataset } = await loadDataset(FIXTURE);
    const [t] = dataset.targetGroups;
    expect(t!.year).toBe(2022);
    expect(t!.statedTotal!.value.toString()).toBe('10900');
    expect(t!.groups.map((g) => [g.name, g.target.value.toString()])).toEqual([
      ['청년층', '700'], ['중장년층', '800'], ['노년층', '3000'], ['취약계층', '2000'], ['민 간', '4400'],
    ]);
  });

  it('reads the shelter months and the stated 계 row', async () => {
    const { dataset } = await loadDataset(FIXTURE);
    const [u] = dataset.usage;
    expect(u!.facility).toBe('새벽일자리쉼터');
    expect(u!.months).toHaveLength(9);
    expect(u!.months[0]).toMatchObject({ year: 2021, month: 1 });
    expect(u!.months[0]!.users.value.toString()).toBe('1351');
    expect(u!.stated!.users!.value.toString()).toBe('15921');
    expect(u!.stated!.average!.value.toString()).toBe('86');
  });

  it('budget loads none of them', async () => {
    const { dataset } = await loadDataset(FIXTURE, 'budget');
    expect([dataset.indicators, dataset.targetGroups, dataset.usage]).toEqual([[], [], []]);
  });
});

describe('bad values are findings naming the cell', () => {
  it('targets: a count with a money unit, a bad rate', () => {
    const problems: Finding[] = [];
    readTargets(table('targets.csv', [['지표명', '연도', '목표', '실적', '달성률'], ['일자리창출', '2019', '8,900원', '10,349', '11x%']]), problems);
    expect(problems.map((p) => [p.code, p.cell, p.params.value])).toEqual([['bad-number', 'C2', '8,900원'], ['bad-number', 'E2', '11x%']]);
  });

  it('targets: required columns', () => {
    const problems: Finding[] = [];
    expect(readTargets(table('targets.csv', [['지표명', '연도']]), problems)).toEqual([]);
    expect(problems[0]!.code).toBe('missing-column');
  });

  it('a missing column is named with its sheet, alone, beside the headers found', async () => {
    const problems: Finding[] = [];
    const sheet: RawTable = { file: 'data.xlsx', sheet: '목표실적', rows: [{ row: 1, cells: ['지표명', '년도', '목표', '결과'] }] };
    expect(readTargets(sheet, problems)).toEqual([]);
    const { findingMessage } = await import('../../src/render/findings-text.js');
    // 년도 is a spelling of 연도 (HEADER_WORDS); 결과 is not 실적, the one column missing.
    expect(problems.map((p) => findingMessage(p, 'ko'))).toEqual(['data.xlsx 목표실적: 필요한 열 실적이 없습니다. 찾은 머리글: 지표명, 년도, 목표, 결과.']);
    expect(findingMessage(problems[0]!, 'en')).toBe('data.xlsx 목표실적: Required columns missing: 실적. Headers found: 지표명, 년도, 목표, 결과.');
  });

  it('target groups: a blank group target', () => {
    const problems: Finding[] = [];
    readTargetGroups(table('target-groups.csv', [['대상', '2022년 일자리창출'], ['합 계', '10,900'], ['청년층', '']]), problems);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['bad-number', 'B3']]);
  });

  it('usage: a month that is not one, and a decimal count', () => {
    const problems: Finding[] = [];
    const out = readUsage(table('usage.csv', [['시설', '연월', '이용자수'], ['쉼터', '2021-13', '1'], ['쉼터', '2021년 2월', '1.5'], ['쉼터', '2021.3', '7']]), problems);
    expect(problems.map((p) => [p.code, p.cell, p.params.value])).toEqual([['bad-number', 'B2', '2021-13'], ['bad-number', 'C3', '1.5']]);
    expect(out[0]!.months.map((m) => [m.year, m.month])).toEqual([[2021, 3]]);
  });
});
