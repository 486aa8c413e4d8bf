import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixture, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const TWO = fixture('documents/two-projects.txt');

/** `validate` (text output) on a document of this text, written under this name in a folder of its own. */
async function validateText(name: string, text: string, ...args: string[]) {
  const path = join(mkdtempSync(join(tmpdir(), 'doc-')), name);
  writeFileSync(path, text);
  return runCli(['validate', path, ...args]);
}

interface Json {
  checks: { code: string; ok: boolean; line?: number; expected?: string }[];
  findings: { code: string; severity: string; file: string; line?: number; document?: string; expected?: string; actual?: string; project?: string; message: string }[];
}

describe('validate on a work report (text export)', () => {
  test('the planted headline and table-sum errors, located in the document; nothing else', async () => {
    const r = await runCli(['validate', TWO, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    // Line 50: □ 2022년 소요예산 : 80,000천원, while the table's 2022 계 (line 56) is 88,000.
    const headline = j.findings.find((f) => f.code === 'headline-mismatch')!;
    expect(headline).toMatchObject({ severity: 'error', file: 'two-projects.txt', line: 50, project: '2', expected: '88000', actual: '80000', document: '50행' });
    // Line 31: 합 계 120 over 상담 70 + 교육 40 = 110 (the 하반기 95 = 50 + 45 holds).
    const sum = j.findings.find((f) => f.code === 'table-sum')!;
    expect(sum).toMatchObject({ severity: 'error', line: 31, expected: '110', actual: '120' });
    expect(sum.document).toBe('표 2 (사업 1 청년 일자리 상담 운영 · 추진실적) 2행 2열 (31행)');
    // The parts are named as the document's grid has them (상담 and 교육: rows 3–4 of column 2), not as a sheet range.
    expect((sum as unknown as { message: string }).message).toContain('3–4행 2열의 합 110과 다릅니다');
    expect(j.findings).toHaveLength(2);
    // Both budget tables add up (Σ sources per year, Σ years per row), the components add up to 50,000.
    const ok = (code: string) => j.checks.filter((c) => c.code === code && c.ok).length;
    expect(ok('budget-row-total')).toBe(5);
    expect(ok('budget-column-total')).toBe(3 + 3);
    expect(ok('components-sum')).toBeGreaterThan(0);
    expect(j.checks.filter((c) => !c.ok)).toHaveLength(2);
  });

  test('text: the finding names the document line; github annotates that line', async () => {
    const text = await runCli(['validate', TWO]);
    expect(text.stdout).toContain('two-projects.txt 50행: 사업 2');
    const gh = await runCli(['validate', TWO, '--format', 'github']);
    expect(gh.stdout).toMatch(/::error file=[^,]*two-projects.txt,line=50,/);
    expect(gh.stdout).toMatch(/::error file=[^,]*two-projects.txt,line=31,/);
  });

  test('a figure that cannot be read and a source row no one knows: exit 2, each named by its place in the document', async () => {
    // Line 42 (시비): 30,000 typed with a letter O; line 43: a row 기금, which is no funding source.
    const text = readFileSync(TWO, 'utf8').replace('시비\t87,000\t24,000\t30,000', '시비\t87,000\t24,000\t3O,000').replace('구 비\t58,000', '기금\t58,000');
    const r = await validateText('bad.txt', text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.txt 표 3 (사업 1 청년 일자리 상담 운영 · 2022년 소요예산) 4행 4열 (42행): "3O,000"');
    expect(r.stderr).toContain('bad.txt 표 3 (사업 1 청년 일자리 상담 운영 · 2022년 소요예산) 5행 1열 (43행): 재원 "기금"');
  });

  test('--format json: a problem that stops the run carries its place in the document as `document`, as findings do', async () => {
    const text = readFileSync(TWO, 'utf8').replace('시비\t87,000\t24,000\t30,000', '시비\t87,000\t24,000\t3O,000');
    const r = await validateText('bad.txt', text, '--format', 'json');
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout) as { problems: { code: string; document?: string; line?: number }[] };
    expect(j.problems).toEqual([expect.objectContaining({ code: 'bad-number', document: '표 3 (사업 1 청년 일자리 상담 운영 · 2022년 소요예산) 4행 4열 (42행)', line: 42 })]);
  });

  test('a budget row longer than its header: the figure past the years is named, not dropped', async () => {
    // Line 57 (구비 of project 2's table) gains a fifth figure under no year heading.
    const text = readFileSync(TWO, 'utf8').replace('구비\t264,000\t88,000\t88,000\t88,000', '구비\t264,000\t88,000\t88,000\t88,000\t5,000');
    expect(text).toContain('\t5,000');
    const r = await validateText('long-row.txt', text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('long-row.txt 표 4 (사업 2 어르신 일자리 지원 · 2022년 소요예산) 2행 6열 (55행)');
    expect(r.stderr).toContain('4행 6열 (57행) "5,000"');
  });

  test('a headline with no project list or budget table: refused, and the sentence names only what would have been enough', async () => {
    const r = await validateText('문구.txt', '□ 2022년 소요예산 : 1,558,400천원\n');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('문구.txt에서 업무보고의 내용(주요사업 목록이나 연차별 소요자원 표)을 찾지 못했습니다. 업무보고 파일(.hwpx, 텍스트 .txt/.md)인지 확인하세요.');
  });

  test('a text file with nothing of a work report: one sentence, exit 2', async () => {
    const r = await validateText('메모.txt', '회의 메모\n\n- 점심 12시\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('메모.txt에서 업무보고의 내용');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

const STATED = fixture('documents/stated-figures.txt');

/** The stated-figures document with `from` replaced by `to` (each must occur once), validated as JSON. */
async function validateChanged(from: string, to: string): Promise<{ code: number; j: Json }> {
  const text = readFileSync(STATED, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  const dir = mkdtempSync(join(tmpdir(), 'doc-'));
  const path = join(dir, 'stated-figures.txt');
  writeFileSync(path, text.replace(from, to));
  const r = await runCli(['validate', path, '--format', 'json']);
  return { code: r.code, j: JSON.parse(r.stdout) as Json };
}

describe('validate on a work report: figures the text states over its tables', () => {
  test('each statement is held to the table it names, each total to its parts; all hold', async () => {
    const r = await runCli(['validate', STATED, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.findings).toEqual([]);
    const at = (code: string) => j.checks.filter((c) => c.code === code).map((c) => [c.line, c.expected]);
    // Line 7 정원 5명 [현원 4명] against 합 계 5(4) (line 12); line 21 인력구성 12명 against 전 체 12 (line 27);
    // line 29 8명 채용 against 총인원 8 (line 35); line 51 (2021년 수준) against the 2021 예산 계 60,000 (line 47),
    // as the 2021 budget 계 (line 57) is too.
    expect(at('crossref-differs')).toEqual(
      expect.arrayContaining([
        [7, '5'],
        [7, '4'],
        [21, '12'],
        [29, '8'],
        [51, '60000'],
        [57, '60000'],
      ]),
    );
    expect(at('crossref-differs')).toHaveLength(6);
    // 전 체 12 = 1 + 3 + 8 (line 27); 합 계 5(4) = 1(1) + 2(1) + 2(2) (line 12); 연20명 = 10 + 10 (line 39).
    expect(at('table-sum')).toEqual(expect.arrayContaining([[27, '12'], [12, '5'], [12, '4']]));
    // Line 68 공공시설물 4개소 = 시설관리공단(3) + 문화재단 (1) (line 70); line 73 조 직 : 2팀 = the two teams listed
    // (총무팀, 인사팀, lines 76–77); the cells of lines 65–66: 4 = 3 + 1, 5 = 2 + 3.
    expect(at('table-rule')).toEqual(expect.arrayContaining([[39, '20'], [68, '4'], [73, '2'], [65, '4'], [66, '5']]));
  });

  test.each([
    // [what is changed, from, to, the finding: code, severity, line, expected, actual]
    ['the 인력구성 stated', '- 인력구성 : 12명', '- 인력구성 : 13명', ['crossref-differs', 'warning', 21, '12', '13']],
    ['the 정원 stated', '정원 5명 [현원 4명]', '정원 6명 [현원 4명]', ['crossref-differs', 'warning', 7, '5', '6']],
    ['the 채용 stated', '8명 채용', '9명 채용', ['crossref-differs', 'warning', 29, '8', '9']],
    ['a part of 전 체', '12\t1\t3\t8', '12\t1\t4\t8', ['table-sum', 'error', 27, '13', '12']],
    ['a half-year of 연20명', '각 10명', '각 11명', ['table-rule', 'error', 39, '22', '20']],
    ['the count over the headings', '공공시설물 4개소', '공공시설물 5개소', ['table-rule', 'error', 68, '4', '5']],
    ['a heading\'s count', '문화재단 (1)', '문화재단 (2)', ['table-rule', 'error', 68, '5', '4']],
    ['the teams stated', '조 직 : 2팀', '조 직 : 3팀', ['table-rule', 'error', 73, '2', '3']],
    ['the headline of 「2021년 수준」', '60,000천원 (2021년 수준)', '61,000천원 (2021년 수준)', ['crossref-differs', 'warning', 51, '60000', '61000']],
  ])('a changed figure fails: %s', async (_what, from, to, [code, severity, line, expected, actual]) => {
    const { j } = await validateChanged(from as string, to as string);
    expect(j.findings).toContainEqual(expect.objectContaining({ code, severity, line, expected, actual }));
  });

  test('a total row made a rule names its cells as the document\'s grid has them; a sum stated in one line keeps its own cells', async () => {
    // Line 36: 구민회관 미화 3 → 4, so 총인원's 미화 5 (line 35, grid row 3, column 3) against rows 4–5 of column 3: 4 + 2 = 6.
    const { j } = await validateChanged('구민회관\t대강당\t3\t2', '구민회관\t대강당\t4\t2');
    const rule = j.findings.find((f) => f.code === 'table-rule')!;
    expect(rule).toMatchObject({ line: 35, expected: '6', actual: '5' });
    expect(rule.message).toContain('규칙 3행 3열=SUM(4–5행 3열)');
    // Line 39: 연20명 (상·하반기 각 10명), a table made from one line: its cells all fall on that line, so the rule keeps
    // the recognised table's cells rather than read as one place adding up itself.
    const { j: half } = await validateChanged('각 10명', '각 11명');
    expect(half.findings.find((f) => f.code === 'table-rule')!.message).toContain('B2=SUM(C2:D2)');
  });
});

const SEED = resolve(ROOT, '../shared/seed/000_66325208ef0254f6.txt');
const SKIP_SEED = !existsSync(SEED);
if (SKIP_SEED) console.warn(`work report seed: skipped because ${SEED} is not there (../shared beside the repository)`);

describe.skipIf(SKIP_SEED)('validate on the seed work report', () => {
  test('project 2 headline 1,558,400 against its table 1,588,400, at line 215; no other error; most checks of the bundled dataset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    const path = join(dir, '업무보고.txt');
    copyFileSync(SEED, path);
    const r = await runCli(['validate', path, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    const errors = j.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'headline-mismatch', project: '2', line: 215, document: '215행', expected: '1588400', actual: '1558400' });
    const bundled = JSON.parse((await runCli(['validate', '--format', 'json'])).stdout) as Json;
    // Every check the document itself allows (the bundled dataset adds growth rates, cross-references and
    // 보조율 that domain.md, not the document, states).
    // 136 of 147 today. The document does not state what the transcription added: the growth rates behind 4
    // projections, the 보조율 of 2 subsidy splits, 5 of its 14 cross-references (22개 부서 twice, the two 펫푸드
    // hires against 근무인원, 무기계약직 3명 별도, the 인력구성 table's 59 against the contract table's) and
    // 8 table rules (6 of the 7 COUNTA listed counts, which rest on how names are split; 1,262,684 = 950,609 +
    // 312,075 in a 비고 cell; 총인원 59 = 5 + 47 + 7 across its row); where no growth rate is declared, 8 more
    // out-years are held to their neighbours' rule.
    expect(j.checks.length).toBeGreaterThanOrEqual(Math.ceil(bundled.checks.length * 0.9));
    expect(j.checks.length).toBe(136);
    // The warnings are the bundled dataset's: project 4's pattern breaks (table 17) and project 7's 2021 budget
    // 1,095,460 (table 26, line 604) against its 2021 results table's 예산 계 1,394,403 (table 25, line 555).
    const warnings = j.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((w) => [w.code, w.document!.split(' (')[0]])).toEqual([
      ['pattern-break', '표 17'],
      ['pattern-break', '표 17'],
      ['crossref-differs', '표 26'],
    ]);
    expect(warnings[2]).toMatchObject({ line: 604, expected: '1394403', actual: '1095460' });
    expect(warnings[2]!.message).toContain('표 25 (사업 7 지역과 연계한 일자리 발굴 추진 · 추진실적) 3행 4열 (555행)');
  });
});
