import { describe, expect, test } from 'vitest';
import { readWorkbookFile, writeBundledReport } from '../../helpers/report-workbook.js';

describe('the report carries the printed ※ notes (notes.csv)', () => {
  test('carried into the report: on the project\'s sheet, or 일반현황 for the division\'s own', async () => {
    const wb = await readWorkbookFile(await writeBundledReport());
    const texts = (name: string): string[] => {
      const ws = wb.worksheets.find((w) => w.name.startsWith(name))!;
      const out: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && c.value.startsWith('※') && out.push(c.value))));
      return out;
    };
    expect(texts('일반현황')).toEqual(['※ 일자리센터(금천구청 1층 통합민원실 내) 무기계약직 3명 별도']);
    expect(texts('4 ')).toEqual(['※ 2021년 하반기 서울시민 안심 일자리사업과 희망근로지원사업 통합 추진 중']);
  });
});
