import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runChecks } from '../../src/check/registry.js';
import { loadDataset } from '../../src/load/dataset.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const { fresh } = tempDirs('jr-book-prop-');
const LEVELS = ['부서', '정책사업', '단위사업', '세부사업', '편성목', '통계목'];
const SOURCES = ['국', '시', '구'] as const;

/** A generated book: its CSV rows (level form), the node rows' indices, and the funding lines it must give. */
interface Generated {
  rows: string[][];
  nodeRows: number[];
  lines: string[];
}

/** A node: its own amount and previous amount (integers, 천원), with children or 산출근거 (원 price × count). */
type Tree = { kids: Tree[] } | { basis: [price: number, count: number][]; previous: number };

const tree = (depth: number): fc.Arbitrary<Tree> =>
  depth === LEVELS.length - 1
    ? fc.record({ basis: fc.array(fc.tuple(fc.integer({ min: 1, max: 900 }).map((k) => k * 1000), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 3 }), previous: fc.integer({ min: 0, max: 50_000 }) })
    : fc.record({ kids: fc.array(tree(depth + 1), { minLength: 1, maxLength: depth < 2 ? 2 : 3 }) });

const grouped = (n: number): string => (n < 0 ? '△' : '') + Math.abs(n).toLocaleString('en-US');

/**
 * Writes the tree as a book, every figure worked out here (a 통계목 = Σ price × count ÷ 1,000, exact; a parent =
 * Σ children; 증감 = 예산액 − 전년도), each 세부사업's amount split over 국/시/구 by the given shares, and a page
 * break (header and open nodes repeated) after every `breakEvery`-th 산출근거.
 */
function write(root: Tree, shares: [number, number], breakEvery: number): Generated {
  const rows: string[][] = [['', '2024년도 세출예산 사업명세서 (단위 : 천원)', '', '', '', ''], ['구분', '과목', '예산액', '전년도예산액', '비교증감', '산출근거']];
  const nodeRows: number[] = [];
  const lines: string[] = [];
  const open: string[][][] = [];
  let bases = 0;
  let detail = 0;
  const totals = (t: Tree): [number, number] => {
    if ('basis' in t) return [t.basis.reduce((s, [p, c]) => s + (p * c) / 1000, 0), t.previous];
    return t.kids.map(totals).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  };
  const walk = (t: Tree, depth: number, index: number) => {
    const [amount, previous] = totals(t);
    const row = [LEVELS[depth]!, `${LEVELS[depth]} ${depth}-${index}`, grouped(amount), grouped(previous), grouped(amount - previous), ''];
    nodeRows.push(rows.length);
    rows.push(row);
    const block = [row];
    if (depth === 3) {
      detail++;
      const parts = [Math.floor(amount * shares[0]), Math.floor(amount * shares[1])];
      const before = [Math.floor(previous * shares[0]), Math.floor(previous * shares[1])];
      const all = [...parts, amount - parts[0]! - parts[1]!];
      const prev = [...before, previous - before[0]! - before[1]!];
      SOURCES.forEach((s, i) => {
        const funding = ['', `${s}        ${grouped(all[i]!)}`, '', grouped(prev[i]!), grouped(all[i]! - prev[i]!), ''];
        rows.push(funding);
        block.push(funding);
        lines.push(`${detail} ${s} 2024 ${all[i]}`, `${detail} ${s} 2023 ${prev[i]}`);
      });
    }
    open[depth] = block;
    open.length = depth + 1;
    if ('basis' in t) {
      for (const [price, count] of t.basis) {
        rows.push(['산출근거', '', grouped((price * count) / 1000), '', '', `○ ${grouped(price)}원*${count}명`]);
        if (++bases % breakEvery === 0) rows.push(['', '- 쪽 -', '', '', '', ''], rows[1]!, ...open.flat());
      }
    } else t.kids.forEach((k, i) => walk(k, depth + 1, i));
  };
  walk(root, 0, 0);
  return { rows, nodeRows, lines };
}

const csv = (rows: string[][]): string => rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

async function check(rows: string[][]) {
  const file = join(fresh(), 'book.csv');
  writeFileSync(file, csv(rows));
  const { dataset } = await loadDataset(file);
  return { dataset, out: runChecks(dataset, { holidays: new Map() }) };
}

const shares = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })).map(([a, b]) => [a / 100, b / 100] as [number, number]);

describe('a consistent budget book, whatever its shape', () => {
  test('no finding, page-break repeats read once, and its funding rows as the budget lines', async () => {
    await fc.assert(
      fc.asyncProperty(tree(0), shares, fc.integer({ min: 1, max: 6 }), async (t, s, breakEvery) => {
        const g = write(t, s, breakEvery);
        const { dataset, out } = await check(g.rows);
        expect(out.findings).toEqual([]);
        const short = new Map([['국비', '국'], ['시비', '시'], ['구비', '구']]);
        const got = dataset.budget.toArray().map((l) => `${l.project} ${short.get(l.source)} ${l.year} ${l.amount.toFixed()}`);
        expect(got.sort()).toEqual([...g.lines].sort());
      }),
      { numRuns: 25 },
    );
  });

  test('one node amount off by 1 is found on its row', async () => {
    await fc.assert(
      fc.asyncProperty(tree(0), shares, fc.nat(), async (t, s, pick) => {
        const g = write(t, s, 1000);
        const index = g.nodeRows[pick % g.nodeRows.length]!;
        const row = [...g.rows[index]!];
        row[2] = grouped(Number(row[2]!.replace(/[,△]/g, '')) * (row[2]!.startsWith('△') ? -1 : 1) + 1);
        const rows = g.rows.map((r, i) => (i === index ? row : r));
        const { out } = await check(rows);
        // Rows are 1-based in findings; its 증감 no longer agrees, whatever else does.
        expect(out.findings.some((f) => f.row === index + 1)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
