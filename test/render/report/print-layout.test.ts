import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/model/money.js';
import { amountCell, Grid, textCell } from '../../../src/render/report/grid.js';
import { MIN_SCALE, PAGE, printLayout, ROW_HEIGHT } from '../../../src/render/report/print-layout.js';

/** Points a column of width w takes when a digit is 7 pt (the wider measure print-layout.ts fits to). */
const widthPt = (widths: number[]): number => widths.slice(1).reduce((a, w) => a + w * 7 + 4, 0);

/** A table at `top`: a title, one header row, then `rows` item rows of `cells` each. */
function table(grid: Grid, top: number, rows: number, cell: (r: number, c: number) => ReturnType<typeof textCell>, columns = 3): number {
  grid.put(top, 1, textCell(`○ 표 ${top}`, 'title'));
  for (let c = 1; c <= columns; c++) grid.put(top + 1, c, textCell(`머리 ${c}`, 'head'));
  for (let r = 0; r < rows; r++) for (let c = 1; c <= columns; c++) grid.put(top + 2 + r, c, cell(r, c));
  grid.table(top, top + 1, top + 1, top + 1 + rows);
  return top + 2 + rows;
}

describe('printLayout: A4 landscape at 90 % or more', () => {
  it('narrows long text columns (their text wraps) until the sheet fits, never a figure below its width', () => {
    const grid = new Grid('s');
    const long = '아주 긴 설명 문장이 이어집니다 '.repeat(3);
    table(grid, 1, 2, (_, c) => (c === 3 ? amountCell(D('123456789012')) : textCell(long)), 6);
    for (let c = 4; c <= 6; c++) grid.put(3, c, textCell(long));
    const layout = printLayout(grid.sheet, 'triangle');
    expect(widthPt(layout.widths)).toBeLessThanOrEqual(PAGE.widthPt / MIN_SCALE);
    // 123,456,789,012 is 15 characters: its column keeps them and a margin.
    expect(layout.widths[3]).toBeGreaterThanOrEqual(17);
    expect(layout.wrapped.has('3:1')).toBe(true);
    expect(layout.heights.get(3)!).toBeGreaterThan(ROW_HEIGHT);
  });

  it('leaves a narrow sheet as its content asks, one-line rows at the default height', () => {
    const grid = new Grid('s');
    table(grid, 1, 2, () => textCell('짧다'));
    const layout = printLayout(grid.sheet, 'triangle');
    expect(layout.wrapped.size).toBe(0);
    expect(layout.heights.get(3)).toBe(ROW_HEIGHT);
    expect(layout.breaks).toEqual([]);
  });

  it('prints the years of a multi-year table equally wide', () => {
    const grid = new Grid('s');
    table(grid, 1, 1, (_, c) => amountCell(D(c === 2 ? '1' : '1234567890')));
    grid.sheet.evenColumns = [1, 3];
    const { widths } = printLayout(grid.sheet, 'triangle');
    expect(new Set(widths.slice(1, 4)).size).toBe(1);
  });
});

describe('printLayout: where pages break', () => {
  // At 100 % a page holds (8.27 − 1.5) in × 72 × 0.92 ≈ 448 pt: about 29 rows of 15 pt.
  it('starts a table that does not fit in the rest of the page on the next page', () => {
    const grid = new Grid('s');
    const second = table(grid, 1, 20, () => textCell('가')) + 1;
    table(grid, second, 20, () => textCell('나'));
    expect(printLayout(grid.sheet, 'triangle').breaks).toEqual([second]);
  });

  it('breaks a table longer than a page between rows, never inside a group merged down, and repeats its header', () => {
    const grid = new Grid('s');
    table(grid, 1, 80, (r, c) => textCell(c === 1 && r % 10 === 0 ? `묶음 ${r}` : `칸 ${r}`));
    // Groups of ten rows, their first column merged down (수요처 over its facilities).
    for (let g = 0; g < 8; g++) grid.merge(3 + g * 10, 1, 12 + g * 10, 1);
    const { breaks, titleRows } = printLayout(grid.sheet, 'triangle');
    expect(breaks.length).toBeGreaterThan(1);
    for (const b of breaks) expect((b - 3) % 10, `break before row ${b}`).toBe(0);
    expect(titleRows).toEqual([2, 2]);
  });
});

describe('printLayout: invariants over any stack of tables', () => {
  /** Tables of 1–60 rows, some with groups merged down their first column, some with text that wraps. */
  const tables = fc.array(fc.record({ rows: fc.integer({ min: 1, max: 60 }), group: fc.integer({ min: 1, max: 12 }), wide: fc.boolean() }), { minLength: 1, maxLength: 5 });

  it('breaks only between tables or between rows of one, never inside a merged group, never before a header', () => {
    fc.assert(
      fc.property(tables, (specs) => {
        const grid = new Grid('s');
        let top = 1;
        for (const { rows, group, wide } of specs) {
          const first = top + 2;
          top = table(grid, top, rows, (r, c) => textCell(wide && c === 3 ? `긴 내용 ${'가나다 '.repeat(r % 7)}` : `칸 ${r}`)) + 1;
          for (let g = first; g + group - 1 < first + rows; g += group) grid.merge(g, 1, g + group - 1, 1);
        }
        const { breaks, widths } = printLayout(grid.sheet, 'triangle');
        expect(widthPt(widths)).toBeLessThanOrEqual(PAGE.widthPt / MIN_SCALE);
        for (const b of breaks) {
          for (const m of grid.sheet.merges) expect(b > m.top && b <= m.bottom, `break ${b} inside ${m.top}:${m.bottom}`).toBe(false);
          const t = grid.sheet.tables.find((x) => x.top <= b && b <= x.bottom);
          // At a table's title, or below its header.
          if (t) expect(b === t.top || b > t.headBottom + 1, `break ${b} in ${JSON.stringify(t)}`).toBe(true);
        }
        expect(new Set(breaks).size).toBe(breaks.length);
      }),
      { numRuns: 60 },
    );
  });
});
