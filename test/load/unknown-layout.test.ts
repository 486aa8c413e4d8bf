import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unknownLayout } from '../../src/load/unknown-layout.js';
import { findingMessage } from '../../src/render/findings-text.js';
import { runCli } from '../helpers/run-cli.js';

const table = (rows: string[][], sheet?: string) => ({ file: 'b.xlsx', ...(sheet ? { sheet } : {}), rows: rows.map((cells, i) => ({ row: i + 1, cells })) });

describe('a budget table whose layout is not recognised', () => {
  it('names the sheet, the headers found, the column missing and the closest known word', () => {
    const f = unknownLayout(table([['소요예산 (단위: 천원)'], [], ['사업', '재원', '연도', '요구액'], ['1', '국비', '2022', '10']], '예산'));
    expect(f).toMatchObject({ code: 'unknown-layout', file: 'b.xlsx', sheet: '예산', params: { headers: '사업, 재원, 연도, 요구액', missing: '금액', near: '요구액', word: '예산액', concept: '금액' } });
    expect(findingMessage(f, 'ko')).toBe(
      'b.xlsx 예산: 예산표 형식을 알 수 없습니다. 찾은 머리글: 사업, 재원, 연도, 요구액. 긴 양식(재원, 연도, 금액)에 필요한 열 금액이 없습니다. 머리글 "요구액"이 "예산액"과 가장 가깝습니다. 같은 뜻이면 머리글을 "예산액"으로 고치거나 --header-map 금액=요구액으로 알려 주세요.',
    );
    expect(findingMessage(f, 'en')).toContain('Headers found: 사업, 재원, 연도, 요구액. The long layout (재원, 연도, 금액) needs the column 금액, which is missing. The header "요구액" is the closest to "예산액"');
  });

  it('lists every missing column, without a guess when no header is close', () => {
    const f = unknownLayout(table([['번호', '비고', '재원'], ['1', 'x', '국비']]));
    expect(f.params).toEqual({ file: 'b.xlsx', headers: '번호, 비고, 재원', missing: '연도, 금액' });
    expect(findingMessage(f, 'ko')).toContain('필요한 열 연도, 금액이 없습니다. 머리글이 다르면 --header-map 금액=요구액처럼 또는 자료의 열이름 표(column-names.csv)로 알려 주세요. 인쇄 양식이면 "재원별" 열과 연도 열(2022년 …)이 있어야 합니다.');
  });

  it('a budget book lacking a column says so, with the book\'s columns', () => {
    const f = unknownLayout(table([['2024년도 세출예산 사업명세서'], ['과목', '예산액', '전년도예산', '비교증감', '산출근거'], ['가', '100', '90', '10', '']]));
    expect(f.params).toEqual({ file: 'b.xlsx', headers: '과목, 예산액, 전년도예산, 비교증감, 산출근거', missing: '전년도예산액', variant: 'book' });
    expect(findingMessage(f, 'ko')).toBe('b.xlsx: 예산서(세출예산 사업명세서)로 보이지만 필요한 열 전년도예산액이 없습니다. 찾은 머리글: 과목, 예산액, 전년도예산, 비교증감, 산출근거. 예산서에는 예산액, 전년도 예산액, 비교증감 열과 단계를 알 수 있는 열(구분, 과목, 또는 부서·정책사업 … 통계목 열)이 있어야 합니다.');
  });

  it('is what budget --data says, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobs-report-layout-'));
    const file = join(dir, 'b.csv');
    writeFileSync(file, '사업,재원,회계연도,요구금액\n1,국비,2022,10\n');
    const r = await runCli(['budget', '--data', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.csv: 예산표 형식을 알 수 없습니다. 찾은 머리글: 사업, 재원, 회계연도, 요구금액. 긴 양식(재원, 연도, 금액)에 필요한 열 금액이 없습니다. 머리글 "요구금액"이 "금액"과 가장 가깝습니다');
  });
});
