import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { writeBundledReport } from '../helpers/report-workbook.js';

/**
 * The workbooks as LibreOffice prints them: every page identified (기관·부서 and the title above, `- N -`
 * and the sheet's name below), pages of a sheet together, and the project sheets at 90 % or more. The
 * scale is read from the PDF: the page header is printed at 9 pt whatever the scale, the cells' text at
 * 10 pt times the scale, so their glyph boxes' heights give it. Skipped where LibreOffice or poppler is absent.
 */
const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim() !== '';
const SKIP = !has('soffice') || !has('pdftotext');
if (SKIP) console.warn('report-pdf: skipped because LibreOffice (soffice) or poppler (pdftotext) is not installed');

const TITLE = '2022년 주요업무보고';
const ORG = '서울특별시 금천구 일자리창출과';

interface Page {
  number: string;
  sheet: string;
  header: string;
  /** Cell text's size relative to what it would be at 100 %. */
  scale: number;
}

/** The workbooks as PDF files, in one run of LibreOffice (each start costs seconds). */
function pdfsOf(files: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-report-pdf-'));
  mkdirSync(join(dir, 'profile'), { recursive: true });
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files], { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`soffice exited ${r.status}: ${r.stderr}`);
  return files.map((f) => join(dir, `${basename(f, '.xlsx')}.pdf`));
}

interface Word {
  text: string;
  x: number;
  y: number;
  h: number;
}

function pages(pdf: string): Page[] {
  const xml = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  return xml.split('<page ').slice(1).map((page) => {
    const height = Number(/height="([\d.]+)"/.exec(page)![1]);
    const words: Word[] = [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: m[4]!, x: Number(m[1]), y: Number(m[2]), h: Number(m[3]) - Number(m[2]) }));
    const top = words.filter((w) => w.y < 40);
    const bottom = words.filter((w) => w.y > height - 45).sort((a, b) => a.x - b.x);
    const body = words.filter((w) => w.y >= 40 && w.y <= height - 45);
    const footer = bottom.map((w) => w.text).join(' ');
    const number = /-\s*(\d+)\s*-/.exec(footer.replace(/\s+/g, ' '))?.[1] ?? '';
    const headerSize = Math.min(...top.filter((w) => ORG.includes(w.text)).map((w) => w.h));
    return {
      number,
      sheet: footer.replace(/^.*-\s*\d+\s*-\s*/, '').trim(),
      header: top.sort((a, b) => a.x - b.x).map((w) => w.text).join(' '),
      // The smallest text of the cells is 10 pt (titles are 11): 9 pt × its box ÷ the header's box ÷ 10 pt.
      scale: (Math.min(...body.map((w) => w.h)) / headerSize) * 0.9,
    };
  });
}

let report: Page[];
let budget: Page[];
beforeAll(async () => {
  if (SKIP) return;
  const out = join(mkdtempSync(join(tmpdir(), 'jobs-report-pdf-')), 'budget.xlsx');
  const run = await runCli(['budget', '2022', '--format', 'xlsx', '-o', out]);
  if (run.code !== 0) throw new Error(run.stderr);
  const [a, b] = pdfsOf([await writeBundledReport(), out]);
  [report, budget] = [pages(a!), pages(b!)];
}, 240_000);

describe.skipIf(SKIP)('the workbooks printed by LibreOffice', () => {
  it('every page says what it is: 기관·부서 and title above, - N - and the sheet below, numbered in order', () => {
    for (const [i, page] of report.entries()) {
      expect(page.header, `page ${i + 1}`).toContain(ORG);
      expect(page.header.replace(/ /g, ''), `page ${i + 1}`).toContain(TITLE.replace(/ /g, ''));
      expect(page.number).toBe(String(i + 1));
    }
  });

  it('each sheet prints on pages of its own, in the workbook order, from 요약 to 검증', () => {
    const order = report.map((p) => p.sheet).filter((s, i, all) => all.indexOf(s) === i);
    expect(order[0]).toBe('요약');
    expect(order.at(-1)).toBe('검증');
    expect(order.filter((s) => /^\d /.test(s))).toHaveLength(7);
    // Together: once a sheet's pages end, it does not come back.
    for (const s of order) {
      const at = report.flatMap((p, i) => (p.sheet === s ? [i] : []));
      expect(at.at(-1)! - at[0]! + 1, s).toBe(at.length);
    }
    // 요약 holds its seven projects and the division's tables on one page.
    expect(report.filter((p) => p.sheet === '요약')).toHaveLength(1);
  });

  it('prints every project sheet at 90 % or more', () => {
    for (const page of report.filter((p) => /^\d /.test(p.sheet))) expect(page.scale, `${page.sheet} page ${page.number}`).toBeGreaterThanOrEqual(0.895);
  });

  it('budget --format xlsx: each table on one page, at 90 % or more, identified', () => {
    // pdftotext splits `2022년` into two words.
    expect(budget.map((p) => p.sheet.replace(/ /g, ''))).toEqual(['2022년소요예산', '연차별소요재원']);
    for (const page of budget) {
      expect(page.header).toContain(ORG);
      expect(page.scale).toBeGreaterThanOrEqual(0.895);
    }
  });
});
