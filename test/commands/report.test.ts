import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import type { Cell, Row, Workbook, Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AMOUNT_FORMAT } from '../../src/render/xlsx.js';
import { readWorkbookFile, writeBundledReport } from '../helpers/report-workbook.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * A cell's number: its value, or a formula's cached result. exceljs drops a falsy cached result when it
 * reads a workbook (Cell._copyModel), so a formula without one cached 0 (the XML holds <v>0</v>).
 */
function num(cell: Cell): number | null {
  const v = cell.value as unknown;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'formula' in v) return (v as { result?: number }).result ?? 0;
  return null;
}
const formula = (cell: Cell): string | undefined => (cell.value as { formula?: string } | null)?.formula;
const merges = (ws: Worksheet): string[] => (ws.model as unknown as { merges: string[] }).merges;

/**
 * The multi-year tables as the document prints them (seed 000_66325208ef0254f6.txt, `연차별 소요자원`):
 * label, 합계, 2021년 … 2024년; rows 계 then each source. Project 5's blank 2021 구비 is zero.
 */
const PRINTED: Record<string, [string, ...number[]][]> = {
  '1 수요자 맞춤형 일자리 창출': [['계', 22400, 5600, 5600, 5600, 5600], ['구비', 22400, 5600, 5600, 5600, 5600]],
  '2 금천일자리주식회사 운영': [['계', 5872216, 962630, 1588400, 1636052, 1685134], ['구비', 5872216, 962630, 1588400, 1636052, 1685134]],
  '3 근로자 보호 및 지원': [
    ['계', 351404, 78050, 117900, 74240, 81214],
    ['시비', 199356, 52458, 44380, 48818, 53700],
    ['구비', 152048, 25592, 73520, 25422, 27514],
  ],
  '4 서울시민 안심 일자리사업(舊공공근로) 추진': [
    ['계', 15212581, 2225633, 4285980, 4328840, 4372128],
    ['시비', 10643319, 1556767, 2999010, 3028628, 3058914],
    ['구비', 4569262, 668866, 1286970, 1300212, 1313214],
  ],
  '5 동네방네 금천 희망 일자리사업 추진': [['계', 2711543, 0, 894869, 903818, 912856], ['구비', 2711543, 0, 894869, 903818, 912856]],
  '6 맞춤형 취업지원서비스 통합 제공': [
    ['계', 973409, 199111, 246298, 258000, 270000],
    ['시비', 540256, 133273, 133983, 136000, 137000],
    ['구비', 433153, 65838, 112315, 122000, 133000],
  ],
  '7 지역과 연계한 일자리 발굴 추진': [
    ['계', 5389863, 1095460, 1394403, 1430000, 1470000],
    ['국비', 1294417, 98876, 375541, 400000, 420000],
    ['시비', 3670752, 910376, 910376, 920000, 930000],
    ['구비', 424694, 86208, 108486, 110000, 120000],
  ],
};
/** The headlines `□ 2022년 소요예산 : N천원` as printed; project 2 states 1,558,400 against its table's 1,588,400. */
const HEADLINES: Record<string, number> = { '1': 5600, '2': 1558400, '3': 117900, '4': 4285980, '5': 894869, '6': 246298, '7': 1394403 };

let file: string;
let wb: Workbook;
beforeAll(async () => {
  file = await writeBundledReport();
  wb = await readWorkbookFile(file);
});

describe('report 2022: the workbook', () => {
  it('has 요약, 일반현황, one sheet per project, 일자리공시, 검증, then the hidden data sheets', () => {
    const visible = wb.worksheets.filter((ws) => ws.state !== 'hidden').map((ws) => ws.name);
    expect(visible).toEqual(['요약', '일반현황', ...Object.keys(PRINTED), '일자리공시', '검증']);
    for (const ws of wb.worksheets) {
      expect(ws.name.length).toBeLessThanOrEqual(31);
      expect(ws.name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(wb.getWorksheet('소요예산')?.state).toBe('hidden');
  });

  it('prints each project table as the document does: figures, live totals, formats, merged two-row header', () => {
    for (const [name, rows] of Object.entries(PRINTED)) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.getCell('A3').value).toBe('재원별');
      expect(ws.getCell('B3').value).toBe('합계');
      expect(ws.getCell('C3').value).toBe('연차별 소요자원');
      expect([3, 4, 5, 6].map((c) => ws.getRow(4).getCell(c).value)).toEqual(['2021년', '2022년', '2023년', '2024년']);
      expect(merges(ws)).toEqual(expect.arrayContaining(['A3:A4', 'B3:B4', 'C3:F3']));
      expect(ws.getCell('F2').value).toBe('(단위 : 천원)');
      rows.forEach(([label, ...figures], i) => {
        const row = ws.getRow(5 + i);
        expect(row.getCell(1).value).toBe(label);
        expect([2, 3, 4, 5, 6].map((c) => num(row.getCell(c)))).toEqual(figures);
        for (let c = 2; c <= 6; c++) expect(row.getCell(c).numFmt).toBe(AMOUNT_FORMAT);
        // 합계 of each row is Σ years; the 계 row is Σ sources: both live, none disagreeing with the document.
        expect(formula(row.getCell(2))).toBe(`SUM(C${5 + i}:F${5 + i})`);
        if (i === 0) expect(formula(row.getCell(3))).toBe(`SUM(C6:C${4 + rows.length})`);
      });
    }
  });

  it('states each headline in one cell as printed; the one that disagrees is highlighted, marked ※1 and explained under its table', () => {
    for (const name of Object.keys(PRINTED)) {
      const ws = wb.getWorksheet(name)!;
      const id = name.split(' ')[0]!;
      const cell = ws.getCell('A1');
      expect(num(cell)).toBe(HEADLINES[id]);
      // The words are the number format's, so `□ 2022년 소요예산 : 1,558,400천원` stays a number.
      const note = id === '7' ? ' (2021년 수준)' : id === '2' ? ' ※1' : '';
      expect(cell.numFmt).toBe(`"□ 2022년 소요예산 : "#,##0"천원${note}";"□ 2022년 소요예산 : ""△"#,##0"천원${note}";"□ 2022년 소요예산 : ""-""천원${note}"`);
      expect(merges(ws)).toContain('A1:F1');
      if (id === '2') {
        expect(formula(cell)).toBeUndefined();
        expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFE699');
        // Under the table, the difference as validate gives it (computed − stated): 1,588,400 − 1,558,400 = 30,000.
        expect(ws.getCell('A7').value).toBe('※1 표기값 1,558,400천원, 계산값 1,588,400천원 (차이 30,000천원)');
      } else {
        expect(formula(cell)).toBe('D5');
      }
    }
  });

  it('lists component budgets with their 시/구 parts (project 3: 63,400 = 시 44,380 + 구 19,020)', () => {
    const ws = wb.getWorksheet('3 근로자 보호 및 지원')!;
    const rows = new Map<string, (number | null)[]>();
    ws.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string') rows.set(label, [2, 3, 4, 5].map((c) => num(row.getCell(c))));
    });
    // 금액, 국비, 시비, 구비 as the text states them.
    expect(rows.get('사업개요 (총괄)')).toEqual([117900, null, 44380, 73520]);
    expect(rows.get('새벽일자리쉼터 운영')).toEqual([63400, null, 44380, 19020]);
    expect(rows.get('필수노동자 보호 및 지원')).toEqual([53100, null, null, 53100]);
    // 세부 계: 63,400 + 53,100 + 1,000 + 400 = 117,900; 구 19,020 + 53,100 + 1,000 + 400 = 73,520 (the 2022 column).
    expect(rows.get('세부사업 계')).toEqual([117900, 0, 44380, 73520]);
  });

  it('places the project tables the manifest assigns, with the stated identities as formulas', () => {
    const ws = wb.getWorksheet('2 금천일자리주식회사 운영')!;
    const titles: string[] = [];
    let total: Cell | undefined;
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('○ ')) titles.push(v);
      if (v === '총인원 (현근무자)') total = row.getCell(6);
    });
    expect(titles).toEqual(['○ 금천일자리주식회사 인력구성', '○ 금천일자리주식회사 사업비', '○ 2021년 손익계산서(예상)', '○ 공공업무 대행사업 계약 현황', '○ 공공업무 대행사업 대상 시설']);
    // 계약금액 1,262,684 + 285,157 + 143,767 + 277,830 + 3,563 + 10,800 + 4,229 = 1,988,030, as printed.
    expect(num(total!)).toBe(1988030);
    expect(formula(total!)).toMatch(/^SUM\(F\d+:F\d+\)$/);
    expect(wb.getWorksheet('4 서울시민 안심 일자리사업(舊공공근로) 추진')!.getCell('A9').value).toBe('○ 안심일자리 3년간 추진실적');
  });

  it('sums the division in 요약: 8,533,450 in 2022 with live references to the project sheets', () => {
    const ws = wb.getWorksheet('요약')!;
    const total = ws.getRow(10);
    expect(total.getCell(2).value).toBe('합계');
    // 5,600 + 1,588,400 + 117,900 + 4,285,980 + 894,869 + 246,298 + 1,394,403 = 8,533,450
    expect(num(total.getCell(3))).toBe(8533450);
    expect(formula(total.getCell(3))).toBe('SUM(D10:F10)');
    // 국비 is project 7's only: 375,541. 2021 계: 5,600 + 962,630 + 78,050 + 2,225,633 + 0 + 199,111 + 1,095,460 = 4,566,484.
    expect(num(total.getCell(4))).toBe(375541);
    expect(num(total.getCell(9))).toBe(4566484);
    // Project 3's 시비 is the cell on its sheet.
    expect(formula(ws.getRow(5).getCell(5))).toBe("'3 근로자 보호 및 지원'!D6");
    expect(ws.getRow(5).getCell(7).numFmt).toBe('0.00%;"△"0.00%;0.00%');
    expect(ws.getRow(4).getCell(1).value).toBe(2);
    // Project 2's sheet states a headline that disagrees: 요약 marks it and says why under the table.
    expect(ws.getRow(4).getCell(2).value).toBe('금천일자리주식회사 운영 ※1');
    // 1,588,400 − 1,558,400 = 30,000, as the 검증 sheet's 차이.
    expect(ws.getRow(11).getCell(1).value).toBe('※1 금천일자리주식회사 운영: 표기값 1,558,400, 계산값 1,588,400 (차이 30,000), 검증 시트 참고');
  });

  it('is set up for print and screen: 맑은 고딕, borders through merges, frozen header, A4 landscape one page wide', () => {
    const ws = wb.getWorksheet('3 근로자 보호 및 지원')!;
    expect(ws.getCell('A5').font?.name).toBe('맑은 고딕');
    for (const a of ['A4', 'D3', 'F3']) expect(ws.getCell(a).border?.bottom?.style).toBe('thin');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // Every page says what it is: 기관·부서 and the title above, the page number and the sheet's name below.
    expect(ws.headerFooter.oddHeader).toBe('&L&9&"맑은 고딕,Regular"서울특별시 금천구 일자리창출과&C&11&"맑은 고딕,Bold"2022년 주요업무보고');
    expect(ws.headerFooter.oddFooter).toBe('&C&9&"맑은 고딕,Regular"- &P -&R&9&"맑은 고딕,Regular"&A');
    // Hangul counts two: 연차별 소요자원 spans the years, the 재원별 column is as wide as its longest label.
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });
});

describe('report 2022: 일자리공시 and 검증', () => {
  /** The first row whose cells in columns 1.. start with these values. */
  const findRow = (ws: Worksheet, ...start: unknown[]) => {
    let found: ReturnType<Worksheet['getRow']> | undefined;
    ws.eachRow((row) => {
      if (!found && start.every((v, i) => row.getCell(i + 1).value === v)) found = row;
    });
    return found!;
  };

  it('목표, 실적 and 달성률 over the years as the document prints them, the rate a live formula rounded by the dataset rule', () => {
    const ws = wb.getWorksheet('일자리공시')!;
    const head = findRow(ws, '구분', '2019년', '2020년', '2021년', '비고');
    const [target, result, rate] = [1, 2, 3].map((k) => ws.getRow(head.number + k)) as [Row, Row, Row];
    expect([target, result, rate].map((r) => r.getCell(1).value)).toEqual(['목표', '실적', '달성률']);
    // 10,349 ÷ 8,900 = 1.1628 → 116%; 10,814 ÷ 10,500 = 1.0299 → 103%; 11,521 ÷ 10,800 = 1.0668 → 107% (as printed).
    expect([2, 3, 4].map((c) => num(target.getCell(c)))).toEqual([8900, 10500, 10800]);
    expect([2, 3, 4].map((c) => num(result.getCell(c)))).toEqual([10349, 10814, 11521]);
    expect([2, 3, 4].map((c) => num(rate.getCell(c)))).toEqual([1.16, 1.03, 1.07]);
    const r = rate.number;
    expect(formula(rate.getCell(2))).toBe(`IF(OR(B${r - 2}="",B${r - 1}="",B${r - 2}=0),"",ROUND(B${r - 1}/B${r - 2},2))`);
    expect(rate.getCell(2).numFmt).toBe('0%;"△"0%;0%');
    // 2021's result is the year-end estimate, said in place; its rate says what it foretells.
    expect(result.getCell(4).numFmt).toContain('※2021년 말 예상치');
    expect(rate.getCell(4).numFmt).toContain('달성 예상');
    expect(result.getCell(5).value).toBe('상반기(6월말) 실적: 7,342');
    const target2022 = findRow(ws, 10900);
    expect(target2022.getCell(1).numFmt).toContain('○ 2022년 일자리창출 목표 :');
  });

  it("the 2022 target by group with the document's columns: 합계 10,900 = 700 + 800 + 3,000 + 2,000 + 4,400, shares, 비고", () => {
    const ws = wb.getWorksheet('일자리공시')!;
    // 주요 내용 spans B:D.
    const head = findRow(ws, '대상', '주요 내용');
    expect([5, 6, 7].map((c) => head.getCell(c).value)).toEqual(['2022년 일자리창출', '비중', '비고']);
    const total = findRow(ws, '합계');
    expect(num(total.getCell(5))).toBe(10900);
    expect(formula(total.getCell(5))).toMatch(/^SUM\(E\d+:E\d+\)$/);
    const youth = findRow(ws, '청년층');
    expect(String(youth.getCell(2).value)).toContain('일자리공모사업');
    expect(merges(ws)).toContain(`B${youth.number}:D${youth.number}`);
    expect(num(youth.getCell(5))).toBe(700);
    // 700 ÷ 10,900 = 0.0642…, shown 6.4%.
    expect(num(youth.getCell(6))).toBeCloseTo(700 / 10900, 12);
    expect(youth.getCell(6).numFmt).toBe('0.0%;"△"0.0%;0.0%');
  });

  it("lists validate's findings linked to the cell that shows them: project 2's headline 1,558,400 against 1,588,400", () => {
    const ws = wb.getWorksheet('검증')!;
    expect(String(ws.getCell('A1').value)).toMatch(/^검증 결과: 검사 \d+건, 오류 1건, 경고 \d+건$/);
    expect(ws.getRow(2).values).toEqual([undefined, '구분', '위치', '사업', '표기값', '비교 대상', '비교값', '차이', '내용']);
    const row = findRow(ws, '오류');
    // The link leads to the headline's cell; on the project's own sheet its address is enough to read.
    expect(row.getCell(2).value).toEqual({ text: 'A1', hyperlink: "#'2 금천일자리주식회사 운영'!A1" });
    expect(row.getCell(3).value).toBe('2 금천일자리주식회사 운영');
    expect(num(row.getCell(4))).toBe(1558400);
    expect(row.getCell(5).value).toBe('계산값');
    expect([6, 7].map((c) => num(row.getCell(c)))).toEqual([1588400, 30000]);
    expect(String(row.getCell(8).value)).toContain('1,558,400');
    // A cross-reference (project 7's 2021 budget against the 2021 results table) compares two stated figures;
    // an inferred out-year rule (project 4's 2023) compares with a computed one.
    const warnings: Row[] = [];
    ws.eachRow((r) => {
      if (r.getCell(1).value === '경고') warnings.push(r);
    });
    const kind = (figure: number) => warnings.find((r) => num(r.getCell(4)) === figure)?.getCell(5).value;
    expect([kind(1095460), kind(3028628), kind(1300212)]).toEqual(['다른 곳의 표기값', '계산값', '계산값']);
  });
});

describe('report: output', () => {
  it('refuses to overwrite without --force (exit 3) and overwrites with it', async () => {
    expect(existsSync(file)).toBe(true);
    const before = readFileSync(file);
    const refused = await runCli(['report', '2022', '-o', file]);
    expect(refused.code).toBe(3);
    expect(readFileSync(file)).toEqual(before);
    const forced = await runCli(['report', '2022', '-o', file, '--force']);
    expect(forced.code).toBe(0);
  });

  it('--negative minus: amounts, rates and shares alike take - instead of △, by number format', async () => {
    const out = join(dirname(file), 'minus.xlsx');
    expect((await runCli(['report', '2022', '-o', out, '--negative', 'minus'])).code).toBe(0);
    const ws = (await readWorkbookFile(out)).getWorksheet('요약')!;
    expect(ws.getCell('C5').numFmt).toBe('#,##0;"-"#,##0;"-"');
    expect(ws.getCell('G5').numFmt).toBe('0.00%;"-"0.00%;0.00%');
    expect(ws.getCell('K5').numFmt).toBe('0.0%;"-"0.0%;0.0%');
  });

  it('needs -o', async () => {
    const run = await runCli(['report', '2022']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('-o');
  });

  it('names a missing folder and writes nothing', async () => {
    const run = await runCli(['report', '2022', '-o', join(dirname(file), 'no-such-folder', 'x.xlsx')]);
    expect(run.code).toBe(3);
  });
});
