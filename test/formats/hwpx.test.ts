import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readHwpxBytes, readHwpxDocument } from '../../src/formats/hwpx.js';
import { InputError } from '../../src/formats/input-error.js';
import type { CellSpan, DocumentTable, WorkDocument } from '../../src/model/document.js';
import { renderFindingLines } from '../../src/render/findings-text.js';
import { documentOf, FIXTURE_DOCUMENTS, MERGED_CELLS, WORK_REPORT, type BlockSpec } from '../helpers/hwpx-fixtures.js';
import { previewLines, writeHwpx } from '../helpers/hwpx-writer.js';
import { zipParts, type Part } from '../helpers/workbook-zip.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Real documents saved by 한글 (hwpxlib's test files), from ../shared beside the repository; not ours to commit. */
const SAMPLES = path.resolve(repoRoot, '../shared/hwpx-samples');
const SKIP_SAMPLES = !existsSync(SAMPLES);
if (SKIP_SAMPLES) console.warn(`hwpx-samples: skipped because ${SAMPLES} is not there (../shared beside the repository)`);

const SEED = path.resolve(repoRoot, '../shared/seed/000_66325208ef0254f6.txt');
const SKIP_SEED = !existsSync(SEED);
if (SKIP_SEED) console.warn(`seed: skipped because ${SEED} is not there (../shared beside the repository)`);

const tables = (doc: WorkDocument): DocumentTable[] => doc.blocks.filter((b): b is DocumentTable => b.kind === 'table');

describe('a document written as HWPX reads back as the same document', () => {
  for (const doc of FIXTURE_DOCUMENTS) {
    test(`${doc.file}: paragraphs, tables, merged cells and places`, async () => {
      expect(await readHwpxBytes(await writeHwpx(doc), doc.file)).toEqual(doc);
    });
    test(`${doc.file}: the same when every word is a run of its own`, async () => {
      expect(await readHwpxBytes(await writeHwpx(doc, { splitRuns: true }), doc.file)).toEqual(doc);
    });
  }

  test('the budget table has the shape of the seed\'s text export: merged cells are empty fields', async () => {
    const doc = await readHwpxBytes(await writeHwpx(WORK_REPORT), 'work-report.hwpx');
    // The seed's lines (../shared/seed/000_66325208ef0254f6.txt, 219–220), tabs and all.
    const seedHeader = ['재원별\t합계\t연차별 소요자원\t\t\t', '\t\t2021년\t2022년\t2023년\t2024년'];
    const budget = tables(doc)[0]!;
    expect(budget.cells.slice(0, 2).map((r) => r.join('\t'))).toEqual(seedHeader);
    expect(budget.spans).toEqual([
      { row: 0, column: 0, rowSpan: 2, colSpan: 1 },
      { row: 0, column: 1, rowSpan: 2, colSpan: 1 },
      { row: 0, column: 2, rowSpan: 1, colSpan: 4 },
    ]);
    expect(budget.place).toEqual({ section: 0, paragraph: 8 });
    expect(tables(doc).map((t) => t.number)).toEqual([1, 2]);
  });

  test('a cell of two paragraphs is one text with a line break; a cell covered by a merge is empty', async () => {
    const [t] = tables(await readHwpxBytes(await writeHwpx(MERGED_CELLS), 'merged-cells.hwpx'));
    expect(t!.cells[5]).toEqual(['비고', '상담 포함\n(방문·전화)', '', '', '', '']);
    expect(t!.cells[3]![0]).toBe('');
  });

  test('any grid with any merged cells round-trips (texts, cells, spans)', async () => {
    await fc.assert(fc.asyncProperty(gridArbitrary(), fc.boolean(), async (grid, splitRuns) => {
      const doc = documentOf('grid.hwpx', [{ kind: 'paragraph', text: '표' }, { kind: 'table', ...grid }]);
      expect(await readHwpxBytes(await writeHwpx(doc, { splitRuns }), 'grid.hwpx')).toEqual(doc);
    }), { numRuns: 60 });
  });
});

/** A rows × columns grid tiled by cells of random extent, each with text of 0–2 lines (Hangul, digits, markup characters). */
function gridArbitrary(): fc.Arbitrary<{ cells: string[][]; spans: CellSpan[] }> {
  const line = fc.string({ unit: fc.constantFrom('가', '나', '합', '계', '1', '0', ',', ' ', '&', '<', '>', '"', '·'), maxLength: 6 });
  const text = fc.array(line, { maxLength: 2 }).map((lines) => lines.map((l) => l.trimEnd()).join('\n').trimEnd());
  return fc.record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }) }).chain(({ rows, columns }) =>
    fc.tuple(fc.array(fc.tuple(fc.nat(3), fc.nat(3), text), { minLength: rows * columns, maxLength: rows * columns })).map(([choices]) => {
      const cells = Array.from({ length: rows }, () => new Array<string>(columns).fill(''));
      const taken = Array.from({ length: rows }, () => new Array<boolean>(columns).fill(false));
      const spans: CellSpan[] = [];
      let k = 0;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < columns; c++) {
          if (taken[r]![c]) continue;
          const [down, across, t] = choices[k++]!;
          let colSpan = 1;
          while (colSpan <= across && c + colSpan < columns && !taken[r]![c + colSpan]) colSpan++;
          const rowSpan = Math.min(1 + down, rows - r);
          for (let i = r; i < r + rowSpan; i++) for (let j = c; j < c + colSpan; j++) taken[i]![j] = true;
          cells[r]![c] = t;
          if (rowSpan > 1 || colSpan > 1) spans.push({ row: r, column: c, rowSpan, colSpan });
        }
      }
      return { cells, spans };
    }),
  );
}

/** A package as 한글 lays it out, with section0.xml's body (the paragraphs inside hs:sec) given. */
const HS = 'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"';
const HPF = '<?xml version="1.0" encoding="UTF-8"?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:manifest><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/></opf:manifest><opf:spine><opf:itemref idref="section0"/></opf:spine></opf:package>';
const section = (body: string, head = ''): string => `<?xml version="1.0" encoding="UTF-8"?>${head}<hs:sec ${HS}>${body}</hs:sec>`;
function packageParts(body: string, more: Part[] = []): Part[] {
  const parts: Part[] = [['mimetype', 'application/hwp+zip'], ['Contents/content.hpf', HPF], ['Contents/section0.xml', section(body)]];
  for (const [name, content] of more) {
    const i = parts.findIndex(([n]) => n === name);
    if (i >= 0) parts[i] = [name, content];
    else parts.push([name, content]);
  }
  return parts;
}
const p = (inner: string): string => `<hp:p paraPrIDRef="0" styleIDRef="0">${inner}</hp:p>`;
const run = (inner: string): string => `<hp:run charPrIDRef="0">${inner}</hp:run>`;
const tc = (row: number, column: number, text: string, span = [1, 1]): string =>
  `<hp:tc><hp:subList>${p(run(`<hp:t>${text}</hp:t>`))}</hp:subList><hp:cellAddr colAddr="${column}" rowAddr="${row}"/><hp:cellSpan colSpan="${span[1]}" rowSpan="${span[0]}"/></hp:tc>`;
const read = async (body: string, more: Part[] = []): Promise<WorkDocument> => readHwpxBytes(await zipParts(packageParts(body, more)), 'doc.hwpx');

describe('what 한글 writes inside paragraphs and cells', () => {
  test('text over several runs and several hp:t, with line breaks, tabs and entities, is one paragraph', async () => {
    const doc = await read(p(run('<hp:t>□ 2022년 </hp:t>') + run('<hp:t>소요예산 : 5,600</hp:t><hp:t>천원</hp:t>') + run('<hp:t>A&amp;B<hp:lineBreak/>둘째 줄<hp:tab width="4000" leader="NONE" type="LEFT"/>끝   </hp:t>')));
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: '□ 2022년 소요예산 : 5,600천원A&B\n둘째 줄\t끝', place: { section: 0, paragraph: 1 } }]);
  });

  test('a table comes after its paragraph\'s text, numbered in document order; empty paragraphs are skipped but counted', async () => {
    const table = `<hp:tbl rowCnt="1" colCnt="2"><hp:tr>${tc(0, 0, '합계')}${tc(0, 1, '35')}</hp:tr></hp:tbl>`;
    const doc = await read(p(run('')) + p(run(`<hp:t>앞</hp:t>${table}<hp:t>뒤</hp:t>`)) + p(run(table)));
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.place.paragraph] : [`표 ${b.number}`, b.place.paragraph]))).toEqual([
      ['앞뒤', 2],
      ['표 1', 2],
      ['표 2', 3],
    ]);
  });

  test('a table inside a cell: the outer cell keeps its own text, the inner table follows the outer one as a block of its own', async () => {
    const inner = `<hp:tbl rowCnt="1" colCnt="1"><hp:tr>${tc(0, 0, '안')}</hp:tr></hp:tbl>`;
    const outerCell = `<hp:tc><hp:subList>${p(run(`<hp:t>바깥</hp:t>${inner}`))}</hp:subList><hp:cellAddr colAddr="0" rowAddr="0"/><hp:cellSpan colSpan="1" rowSpan="1"/></hp:tc>`;
    const doc = await read(p(run(`<hp:tbl rowCnt="1" colCnt="2"><hp:tr>${outerCell}${tc(0, 1, '옆')}</hp:tr></hp:tbl>`)) + p(run(`<hp:tbl rowCnt="1" colCnt="1"><hp:tr>${tc(0, 0, '다음')}</hp:tr></hp:tbl>`)));
    expect(tables(doc).map((t) => [t.number, t.cells, t.place.paragraph])).toEqual([
      [1, [['바깥', '옆']], 1],
      [2, [['안']], 1],
      [3, [['다음']], 2],
    ]);
  });

  test('a text box\'s paragraphs are paragraphs of their own; page headers and footnotes are not the body', async () => {
    const box = `<hp:rect><hp:drawText><hp:subList>${p(run('<hp:t>C반 기말고사</hp:t>'))}</hp:subList></hp:drawText></hp:rect>`;
    const header = `<hp:ctrl><hp:header><hp:subList>${p(run('<hp:t>일자리창출과</hp:t>'))}</hp:subList></hp:header></hp:ctrl>`;
    const note = `<hp:ctrl><hp:footNote><hp:subList>${p(run('<hp:t>주석</hp:t>'))}</hp:subList></hp:footNote></hp:ctrl>`;
    const doc = await read(p(run(`${header}${box}<hp:t>본문</hp:t>${note}`)));
    expect(doc.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['본문', 'C반 기말고사']);
  });

  test('of an hp:switch, only its hp:default is read (its hp:case holds the same content again)', async () => {
    const doc = await read(p(run('<hp:switch><hp:case hp:required-namespace="x"><hp:t>소요예산</hp:t></hp:case><hp:default><hp:t>소요예산</hp:t></hp:default></hp:switch>')));
    expect(doc.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['소요예산']);
  });

  test('cells without hp:cellAddr are placed in their row, one after another', async () => {
    const cell = (text: string): string => `<hp:tc><hp:subList>${p(run(`<hp:t>${text}</hp:t>`))}</hp:subList></hp:tc>`;
    const doc = await read(p(run(`<hp:tbl><hp:tr>${cell('가')}${cell('나')}</hp:tr><hp:tr>${cell('1')}${cell('2')}</hp:tr></hp:tbl>`)));
    expect(tables(doc)[0]!.cells).toEqual([['가', '나'], ['1', '2']]);
  });

  test('sections follow the spine of content.hpf, numbered by their part', async () => {
    const hpf = HPF.replace('</opf:manifest>', '<opf:item id="s1" href="Contents/section1.xml" media-type="application/xml"/></opf:manifest>').replace('<opf:itemref idref="section0"/>', '<opf:itemref idref="section0"/><opf:itemref idref="s1"/>');
    const doc = await read(p(run('<hp:t>첫 구역</hp:t>')), [['Contents/content.hpf', hpf], ['Contents/section1.xml', section(p(run('<hp:t>둘째 구역</hp:t>')))]]);
    expect(doc.blocks.map((b) => [b.kind === 'paragraph' && b.text, b.place])).toEqual([
      ['첫 구역', { section: 0, paragraph: 1 }],
      ['둘째 구역', { section: 1, paragraph: 1 }],
    ]);
    const fallback = await read(p(run('<hp:t>목록 없음</hp:t>')), [['Contents/content.hpf', HPF.replace(/<opf:spine>.*<\/opf:spine>/, '')]]);
    expect(fallback.blocks).toHaveLength(1);
  });
});

describe.skipIf(SKIP_SEED)('the seed\'s own text in an HWPX package (../shared/seed)', () => {
  test('every line and every tab-separated table of the seed, HTML fragments and all, reads back as written', async () => {
    // The seed's lines as blocks: a run of lines with tabs is a table (rows padded to its widest), any other line a paragraph.
    const specs: BlockSpec[] = [];
    let rows: string[][] = [];
    const endTable = (): void => {
      const width = Math.max(...rows.map((r) => r.length));
      if (rows.length > 0) specs.push({ kind: 'table', cells: rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]), spans: [] });
      rows = [];
    };
    for (const line of readFileSync(SEED, 'utf8').split('\n')) {
      if (line.includes('\t')) rows.push(line.split('\t').map((c) => c.trimEnd()));
      else {
        endTable();
        if (line.trim() !== '') specs.push({ kind: 'paragraph', text: line.trimEnd() });
      }
    }
    endTable();
    const doc = documentOf('seed.hwpx', specs);
    expect(tables(doc).length).toBeGreaterThan(20);
    expect(await readHwpxBytes(await writeHwpx(doc, { splitRuns: true }), 'seed.hwpx')).toEqual(doc);
  });
});

describe.skipIf(SKIP_SAMPLES)('documents saved by 한글 (../shared/hwpx-samples)', () => {
  const samples = SKIP_SAMPLES ? [] : readdirSync(SAMPLES).filter((f) => f.endsWith('.hwpx')).sort();

  test('there are samples to read', () => {
    expect(samples.length).toBeGreaterThanOrEqual(3);
  });

  test.each(samples)('%s: read without a crash, its tables as its preview text shows them', async (name) => {
    const doc = await readHwpxDocument(path.join(SAMPLES, name), name);
    const preview = await previewOf(path.join(SAMPLES, name));
    let from = 0;
    for (const t of tables(doc)) {
      const lines = previewLines(t);
      const at = preview.findIndex((_, i) => i >= from && lines.every((l, k) => preview[i + k] === l));
      expect(at, `${name} 표 ${t.number}: ${lines.join(' / ')}`).toBeGreaterThanOrEqual(0);
      from = at + lines.length;
    }
  });

  test('the score table and its 합계 row with empty cells', async () => {
    const doc = await readHwpxDocument(path.join(SAMPLES, 'testFile_tool_textextractor_Table.hwpx'), 'Table.hwpx');
    expect(tables(doc).map((t) => t.cells.at(-1))).toEqual([['합계', '', '', '']]);
  });

  test('SimpleTable: a 2×2 merged corner and a 1×2 merge', async () => {
    const doc = await readHwpxDocument(path.join(SAMPLES, 'testFile_reader_writer_SimpleTable.hwpx'), 'SimpleTable.hwpx');
    expect(tables(doc).map((t) => [t.cells, t.spans])).toEqual([
      [
        [['1', '', '2'], ['', '', '3'], ['5', '4', '']],
        [{ row: 0, column: 0, rowSpan: 2, colSpan: 2 }, { row: 2, column: 1, rowSpan: 1, colSpan: 2 }],
      ],
    ]);
  });
});

/** The lines of a package's Preview/PrvText.txt. */
async function previewOf(file: string): Promise<string[]> {
  const yauzl = await import('yauzl');
  const bytes = readFileSync(file);
  return new Promise((resolve, reject) => {
    yauzl.default.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (e: import('yauzl').Entry) => {
        if (e.fileName !== 'Preview/PrvText.txt') return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2) return reject(err2);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8').split('\r\n')));
        });
      });
      zip.on('end', () => resolve([]));
      zip.readEntry();
    });
  });
}

describe('a damaged package never ends in a crash', () => {
  test('any bytes of a stored package changed: a document or one located refusal, nothing else', async () => {
    const whole = await writeHwpx(WORK_REPORT, { compress: false });
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(whole.length - 1), fc.constantFrom(0x3c, 0x3e, 0x26, 0x22, 0x2f, 0x00, 0x41, 0xea)), { minLength: 1, maxLength: 4 }), async (changes) => {
      const bytes = Buffer.from(whole);
      for (const [at, byte] of changes) bytes[at] = byte;
      const result = await readHwpxBytes(bytes, 'doc.hwpx').catch((e: unknown) => e);
      if (result instanceof InputError) expect(result.findings.map((f) => [f.file, f.severity])).toEqual([['doc.hwpx', 'error']]);
      else expect((result as WorkDocument).format).toBe('hwpx');
    }), { numRuns: 200 });
  });
});

describe('what is not a sane HWPX package: one sentence naming the file and the part', () => {
  async function refusal(bytes: Buffer, limits?: Parameters<typeof readHwpxBytes>[2]): Promise<string[]> {
    const e = await readHwpxBytes(bytes, 'doc.hwpx', limits).catch((x: unknown) => x);
    if (!(e instanceof InputError)) throw new Error(`expected a refusal, got ${String(e)}`);
    return renderFindingLines(e.findings, 'ko');
  }
  const body = p(run('<hp:t>본문</hp:t>'));

  test('not a zip', async () => {
    expect(await refusal(Buffer.from('□ 사업개요\n'))).toEqual(['doc.hwpx: 한글 문서(HWPX, zip 형식)가 아닙니다. 텍스트로 저장한 업무보고라면 확장자를 .txt로 바꾸세요.']);
  });

  test('a zip without the HWPX mimetype, and an Excel workbook', async () => {
    expect(await refusal(await zipParts(packageParts(body).filter(([n]) => n !== 'mimetype')))).toEqual(['doc.hwpx: zip 파일이지만 한글 문서(HWPX)가 아닙니다(mimetype이 application/hwp+zip이 아님).']);
    expect(await refusal(await zipParts([['xl/workbook.xml', '<workbook/>']]))).toEqual(['doc.hwpx: 한글 문서(HWPX)가 아니라 Excel 통합문서입니다. 확장자를 .xlsx로 바꾸세요.']);
  });

  test('a damaged zip', async () => {
    const whole = await zipParts(packageParts(body));
    expect(await refusal(whole.subarray(0, whole.length - 30))).toEqual(['doc.hwpx: 한글 문서가 잘렸거나 손상되어 zip 목록을 읽을 수 없습니다.']);
  });

  test('a DOCTYPE or an entity declaration in a part', async () => {
    const doctype = packageParts(body, [['Contents/section0.xml', section(body, '<!DOCTYPE hs:sec [<!ENTITY x SYSTEM "file:///etc/passwd">]>')]]);
    expect(await refusal(await zipParts(doctype))).toEqual(['doc.hwpx: Contents/section0.xml에 DOCTYPE/ENTITY 선언이 있습니다. 한글 문서에는 없는 것이라(XML 엔티티 공격) 열지 않습니다.']);
    const header = packageParts(body, [['Contents/header.xml', '<?xml version="1.0"?><!ENTITY lol "lol"><hh:head xmlns:hh="h"/>']]);
    expect(await refusal(await zipParts(header))).toEqual(['doc.hwpx: Contents/header.xml에 DOCTYPE/ENTITY 선언이 있습니다. 한글 문서에는 없는 것이라(XML 엔티티 공격) 열지 않습니다.']);
  });

  test('malformed XML in a section', async () => {
    expect(await refusal(await zipParts(packageParts(p(run('<hp:t>본문</hp:run>')))))).toEqual(['doc.hwpx: Contents/section0.xml의 XML이 올바르지 않아 열지 않습니다(</hp:run> closes <hp:t>; 손상된 파일).']);
  });

  test('over the limits: a part too large, an element too long, too many cells', async () => {
    // 100,000 syllables of 3 bytes: 0.3 MiB inflated, one text run longer than 64 Ki characters.
    const bytes = await zipParts(packageParts(body + p(run(`<hp:t>${'가'.repeat(100_000)}</hp:t>`))));
    const limits = (more: object) => ({ fileBytes: 2 ** 20, totalBytes: 2 ** 20, ratio: 100, ratioFloor: 2 ** 20, entries: 100, tokenChars: 2 ** 20, cells: 1000, ...more });
    expect(await refusal(bytes, limits({ totalBytes: 2 ** 17 }))).toEqual(['doc.hwpx: 크기가 0.3 MiB로 한도 0.1 MiB를 넘어 열지 않습니다(압축 폭탄일 수 있음).']);
    expect(await refusal(bytes, limits({ tokenChars: 2 ** 16 }))).toEqual(['doc.hwpx: Contents/section0.xml에 0.1 MiB를 넘는 XML 요소가 있어 열지 않습니다.']);
    const big = await zipParts(packageParts(p(run('<hp:tbl rowCnt="100000" colCnt="100000"><hp:tr/></hp:tbl>'))));
    expect(await refusal(big)).toEqual(['doc.hwpx Contents/section0.xml 표 1: 문서의 표 칸이 모두 합쳐 300000개를 넘어 열지 않습니다.']);
  });

  test('a cell outside its table, and two cells on one place', async () => {
    const outside = p(run(`<hp:tbl rowCnt="2" colCnt="2"><hp:tr>${tc(0, 0, '재원별', [3, 1])}</hp:tr></hp:tbl>`));
    expect(await refusal(await zipParts(packageParts(outside)))).toEqual(['doc.hwpx Contents/section0.xml 표 1: 1행 1열 칸(병합 3행×1열)이 표 크기 2행 2열을 벗어납니다(손상된 파일).']);
    const overlap = p(run(`<hp:tbl rowCnt="2" colCnt="2"><hp:tr>${tc(0, 0, '가', [1, 2])}${tc(0, 1, '나')}</hp:tr></hp:tbl>`));
    expect(await refusal(await zipParts(packageParts(overlap)))).toEqual(['doc.hwpx Contents/section0.xml 표 1: 1행 2열 칸이 1행 1열 칸과 겹칩니다(손상된 파일).']);
  });

  test('a password-protected document, one without a body, and a 한글 97–2018 .hwp', async () => {
    const manifest = '<?xml version="1.0"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><odf:file-entry odf:full-path="Contents/section0.xml"><odf:encryption-data odf:checksum-type="SHA1"/></odf:file-entry></odf:manifest>';
    expect(await refusal(await zipParts(packageParts(body, [['META-INF/manifest.xml', manifest]])))).toEqual(['doc.hwpx: 암호가 걸린 한글 문서입니다. 한글에서 암호를 해제해 저장한 뒤 다시 시도하세요.']);
    expect(await refusal(await zipParts(packageParts(body).filter(([n]) => n !== 'Contents/section0.xml')))).toEqual(['doc.hwpx: 한글 문서에 본문(Contents/section0.xml)이 없습니다(손상된 파일).']);
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('HWP Document File')]);
    expect(await refusal(ole2)).toEqual(['doc.hwpx: 한글 97~2018 형식(.hwp) 파일입니다. 한글에서 "HWPX 문서(*.hwpx)"로 다시 저장하세요.']);
  });
});
