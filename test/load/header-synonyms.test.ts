import { describe, expect, it } from 'vitest';
import { detectBudgetLayout, readBudgetTable } from '../../src/load/budget-table.js';
import { parseCsvBytes } from '../../src/formats/csv.js';
import { bufferChunks, readLongCsv } from '../../src/load/long-csv.js';
import type { Finding } from '../../src/model/finding.js';
import type { BudgetLines } from '../../src/model/budget-lines.js';

const project = { id: '1', name: 'x' };
const lineText = (lines: BudgetLines) => lines.toArray().map((l) => `${l.org ?? ''}|${l.project}|${l.source}|${l.year}|${l.amount.toFixed()}|${l.at?.cell}`);

/** A long-layout CSV read both ways: the byte-level reader and the text-table reader. */
function readBoth(csv: string) {
  const bytes = Buffer.from(csv);
  const p1: Finding[] = [];
  const fast = readLongCsv(bufferChunks(bytes), 'x.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, p1, project);
  const p2: Finding[] = [];
  const table = readBudgetTable(parseCsvBytes(bytes, 'x.csv'), { unit: '천원', conversionRounding: null }, p2, project);
  return { fast: fast && lineText(fast.lines), table: table && lineText(table.lines), problems: [...p1, ...p2].map((p) => p.code) };
}

describe('header words as users write them', () => {
  it('reads 자치단체, 사업코드, 세부사업명, 재원구분, 회계연도, 예산액 as the long layout', () => {
    const r = readBoth('자치단체,사업코드,세부사업명,재원구분,회계연도,예산액\n가군,A1,청년,국비,2023,"1,200"\n가군,A1,청년,구비,2023,300\n');
    const want = ['가군|A1|국비|2023|1200|F2', '가군|A1|구비|2023|300|F3'];
    expect(r).toEqual({ fast: want, table: want, problems: [] });
  });

  it('reads 기관명, 사업번호, 세부사업, 재원별, 년도, 본예산 as the long layout, not the printed one', () => {
    const csv = '기관명,사업번호,세부사업,재원별,년도,본예산\n나구,7,x,시비,2022년,50\n';
    expect(detectBudgetLayout(parseCsvBytes(Buffer.from(csv), 'x.csv'))?.layout).toBe('long');
    const want = ['나구|7|시비|2022|50|F2'];
    expect(readBoth(csv)).toEqual({ fast: want, table: want, problems: [] });
  });

  it('reads 예산 as the amount, and prefers 금액 when a header has both', () => {
    expect(readBoth('사업,재원,연도,예산\n1,국비,2022,10\n').table).toEqual(['|1|국비|2022|10|D2']);
    // 금액 is listed before 예산: the amount is column E, 예산 (here a note) is left alone.
    expect(readBoth('사업,재원,연도,예산,금액\n1,국비,2022,본예산,10\n').table).toEqual(['|1|국비|2022|10|E2']);
  });

  it('keeps 재원별 with year columns as the printed layout', () => {
    const csv = '사업,재원별,합계,2021년,2022년\n1,계,30,10,20\n1,구비,30,10,20\n';
    expect(detectBudgetLayout(parseCsvBytes(Buffer.from(csv), 'x.csv'))?.layout).toBe('printed');
  });
});
