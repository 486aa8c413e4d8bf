import { describe, expect, it } from 'vitest';
import { readInfo } from '../../src/load/info.js';
import type { Finding } from '../../src/model/finding.js';
import { parseSourceList } from '../../src/parse/source-list.js';
import { DISTRICT_SOURCES, SOURCE_WORDS } from '../../src/model/source.js';
import { sourceLabel } from '../../src/i18n/messages.js';
import { findingMessage } from '../../src/render/findings-text.js';

const info = (...pairs: [string, string][]) => {
  const problems: Finding[] = [];
  const rows = [['항목', '값'], ...pairs].map((cells, i) => ({ row: i + 1, cells }));
  return { info: readInfo({ file: 'info.csv', rows }, problems), problems };
};
const roles = (set: { declared: readonly { name: string; role: string }[] }) => set.declared.map((d) => `${d.name}:${d.role}`);

describe('정보: the funding sources a dataset declares', () => {
  it('keeps 국비/시비/구비 when nothing is declared (the bundled 자치구)', () => {
    const { info: i } = info(['기관', '서울특별시 금천구']);
    expect(i.sources).toBe(DISTRICT_SOURCES);
    expect([i.sources.upper, i.sources.local]).toEqual(['시비', '구비']);
  });

  it('takes an office type’s usual set: a 일반시’s 시비 is its local share, a 도 has no local one', () => {
    expect(roles(info(['기관유형', '일반시']).info.sources)).toEqual(['국비:national', '도비:upper', '시비:local']);
    expect(roles(info(['기관 유형', '군']).info.sources)).toEqual(['국비:national', '도비:upper', '군비:local']);
    const province = info(['기관유형', '도']).info.sources;
    expect([province.names, province.upper, province.local, province.hasShare()]).toEqual([['국비', '도비'], '도비', undefined, false]);
    expect(roles(info(['기관유형', '특별자치시']).info.sources)).toEqual(['국비:national', '시비:upper']);
  });

  it('an explicit 재원 list wins over the type, whichever comes first', () => {
    const list = '국비:국가, 도비:상위, 군비:지방, 기금:기타';
    for (const pairs of [[['기관유형', '자치구'], ['재원', list]], [['재원', list], ['기관유형', '자치구']]] as [string, string][][]) {
      expect(roles(info(...pairs).info.sources)).toEqual(['국비:national', '도비:upper', '군비:local', '기금:other']);
    }
  });

  it('an unknown office type or an unreadable list is an error at its cell, naming what is expected', () => {
    const { problems } = info(['기관유형', '읍'], ['재원', '국비:국가, 도비:상위, 시비:상위']);
    expect(problems.map((p) => [p.code, p.cell, p.params?.['value'], p.params?.['expected']])).toEqual([
      ['bad-number', 'B2', '읍', 'expect.officeType'],
      ['bad-source-list', 'B3', '국비:국가, 도비:상위, 시비:상위', 'expect.sourceList.upper'],
    ]);
  });

  it('an unreadable list names the part and why, in a sentence', () => {
    const said = (list: string) => findingMessage(info(['재원', list]).problems[0]!, 'ko');
    expect(said('국비, 도비:상위, 도비:지방')).toBe('info.csv B2: 재원 목록 "국비, 도비:상위, 도비:지방"의 "도비:지방"을 읽을 수 없습니다. 같은 재원이 두 번 적혀 있습니다. 예: 국비:국가, 도비:상위, 군비:지방, 기금:기타.');
    expect(said(',')).toBe('info.csv B2: 재원 목록 ","에 재원이 없거나 32개보다 많습니다. 예: 국비:국가, 도비:상위, 군비:지방, 기금:기타.');
    expect(said('국비, 잡비')).toContain('"잡비"를 읽을 수 없습니다. 알려진 재원 이름이 아니면 역할(국가, 상위, 지방, 기타)을 붙여야 합니다.');
    expect(said('도비:상위, 군비:지방, 구비')).toContain('"구비"를 읽을 수 없습니다. 지방 재원은 하나만 둘 수 있습니다.');
  });
});

describe('재원 lists', () => {
  it('reads names of the vocabulary without a role, their short words, and other names with one', () => {
    const r = parseSourceList('국, 도비:상위, 군:지방, 균형발전특별회계, 지역개발기금:기타');
    expect('set' in r && roles(r.set)).toEqual(['국비:national', '도비:upper', '군비:local', '균특:other', '지역개발기금:other']);
  });

  it('refuses a name twice, two upper or two local sources, an unknown role, and an unknown name without a role', () => {
    for (const bad of ['국비, 국', '시비:상위, 도비:상위', '구비, 군비', '국비:중앙', '지역개발기금', '']) expect(parseSourceList(bad)).toHaveProperty('bad');
  });

  it('a declared set reads a cell as printed: 국 비, 국, 균 stand for their declared names only', () => {
    const r = parseSourceList('국비, 도비, 군비, 균특');
    if (!('set' in r)) throw new Error('not read');
    expect(['국 비', '국', '도', '군', '균', '균 특', '균형발전 특별회계'].map((w) => r.set.named(w))).toEqual(['국비', '국비', '도비', '군비', '균특', '균특', '균특']);
    expect(['구비', '시비', '기금'].map((w) => r.set.named(w))).toEqual([undefined, undefined, undefined]);
  });
});

describe('the vocabulary', () => {
  it('every name has an English label and no word stands for two names', () => {
    for (const w of SOURCE_WORDS) expect(sourceLabel(w.name, 'en'), w.name).not.toBe(w.name);
    const owners = new Map<string, Set<string>>();
    for (const w of SOURCE_WORDS) for (const x of [w.name, ...w.words]) owners.set(x.replace(/[\s·]/g, ''), (owners.get(x.replace(/[\s·]/g, '')) ?? new Set()).add(w.name));
    expect([...owners].filter(([, names]) => names.size > 1)).toEqual([]);
  });
});
