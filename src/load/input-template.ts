import { MAPPED_CONCEPTS } from '../parse/header-words.js';
import { DISTRICT_SOURCES, type Source } from '../model/source.js';
import type { InputTemplate, TemplateList, TemplateTable } from '../model/input-template.js';
import type { BudgetLayout } from './budget-table.js';
import { PARTS, type PartName } from './dataset-parts.js';

export type TemplateForm = 'xlsx' | 'csv';

/** Years offered in the 연도 dropdown: this many either side of the template's year. */
const YEAR_SPAN = 5;

/** Project 3 (근로자 보호 및 지원) of the 2022 report, by source and year: 2021년 … 2024년 as printed. */
// The template is a 자치구's (the example office): 국비/시비/구비; 정보's 기관유형 or 재원 declares others.
const SOURCES = DISTRICT_SOURCES.names;
const [UPPER, LOCAL] = [DISTRICT_SOURCES.upper!, DISTRICT_SOURCES.local!];
const EXAMPLE_BUDGET: ReadonlyMap<Source, { total: string; years: string[] }> = new Map([
  [UPPER, { total: '199,356', years: ['52,458', '44,380', '48,818', '53,700'] }],
  [LOCAL, { total: '152,048', years: ['25,592', '73,520', '25,422', '27,514'] }],
]);
const EXAMPLE_TOTALS = { byYear: ['78,050', '117,900', '74,240', '81,214'], all: '351,404' };

/** A printed table kept cell for cell: the manifest names it, and its rule is checked (12 = 4 + 4 + 4). */
const EXAMPLE_GRID = [
  ['계', '일자리기획팀', '공공일자리팀', '취업정보팀'],
  ['12', '4', '4', '4'],
];

/**
 * The input template: one table per part the loaders read (PARTS), headers as the readers in load/ look
 * for them, and example rows taken from the 2022 work report, placed at the template's year (the year
 * before, the year, two out-years), so that an untouched template loads and its figures agree. The
 * budget comes in the long layout or as the department prints it.
 */
export function inputTemplate(year: number, layout: BudgetLayout, form: TemplateForm): InputTemplate {
  const years = [year - 1, year, year + 1, year + 2];
  const part = (name: PartName) => ({ sheet: PARTS[name].sheet, file: PARTS[name].file });
  const exampleTable = form === 'xlsx' ? '예시표' : 'tables/example.csv';
  const tables: TemplateTable[] = [
    {
      ...part('info'),
      about: 'template.about.info',
      columns: [{ header: '항목', kind: 'text' }, { header: '값', kind: 'text', width: 24 }],
      examples: [
        ['기관', '서울특별시 금천구'],
        ['부서', '일자리창출과'],
        ['연도', String(year)],
        ['단위', '천원'],
        ['출처', `${year} 주요업무보고`],
        ['달성률 반올림', '반올림'],
        ['달성률 소수자리', '0'],
        ['보조금 분할', '절사'],
        // The office type gives the funding sources (자치구: 국비/시비/구비); 재원 would list them instead.
        ['기관유형', '자치구'],
      ],
      cellLists: [[2, 1, 'year'], [3, 1, 'unit'], [5, 1, 'rounding'], [7, 1, 'rounding']],
    },
    {
      ...part('projects'),
      about: 'template.about.projects',
      columns: [
        { header: '번호', kind: 'text' },
        { header: '사업명', kind: 'text', width: 30 },
        { header: '구분', kind: 'text', list: 'projectKind' },
        { header: '담당팀', kind: 'text' },
        { header: '쪽', kind: 'text' },
      ],
      examples: [['3', '근로자 보호 및 지원', '계속', '일자리기획팀', '41']],
    },
    layout === 'long' ? longBudget(years) : printedBudget(years),
    {
      ...part('headlines'),
      about: 'template.about.headlines',
      columns: [
        { header: '사업', kind: 'text' },
        { header: '연도', kind: 'year', list: 'year' },
        { header: '소요예산', kind: 'amount' },
        { header: '비고', kind: 'text', width: 20 },
      ],
      examples: [['3', String(year), '117,900', '']],
    },
    {
      ...part('components'),
      about: 'template.about.components',
      columns: [
        { header: '사업', kind: 'text' },
        { header: '구분', kind: 'text', list: 'componentLevel' },
        { header: '세부사업', kind: 'text', width: 30 },
        { header: '금액', kind: 'amount' },
        { header: '재원', kind: 'text', list: 'source' },
        ...SOURCES.map((s) => ({ header: s, kind: 'amount' as const })),
        { header: '보조율', kind: 'ratio' },
        { header: '원문', kind: 'text', width: 40 },
        { header: '연도', kind: 'year', list: 'year' },
      ],
      examples: [['3', '총괄', '사업개요', '117,900', '', '', '44,380', '73,520', '', '117,900천원 (시 44,380, 구 73,520)', String(year)]],
    },
    {
      ...part('targets'),
      about: 'template.about.targets',
      columns: [
        { header: '지표', kind: 'text' },
        { header: '지표명', kind: 'text' },
        { header: '단위', kind: 'text' },
        { header: '연도', kind: 'year', list: 'year' },
        { header: '목표', kind: 'count' },
        { header: '실적', kind: 'count' },
        { header: '달성률', kind: 'text' },
        { header: '기준', kind: 'text', width: 20 },
        { header: '비고', kind: 'text', width: 20 },
      ],
      // 11,521 ÷ 10,800 × 100 = 106.68 → 107% (반올림).
      examples: [['job-creation', '일자리창출', '개', String(year - 1), '10,800', '11,521', '107%', '', '']],
    },
    {
      ...part('targetGroups'),
      about: 'template.about.targetGroups',
      columns: [
        { header: '대상', kind: 'text' },
        { header: '주요내용', kind: 'text', width: 40 },
        { header: `${year}년 일자리창출`, kind: 'count' },
        { header: '비고', kind: 'text', width: 20 },
      ],
      examples: [['청년층', '일자리카페 프로그램 운영', '700', '']],
    },
    {
      ...part('usage'),
      about: 'template.about.usage',
      columns: [
        { header: '시설', kind: 'text', width: 16 },
        { header: '연월', kind: 'text' },
        { header: '이용자수', kind: 'count' },
        { header: '일평균', kind: 'count' },
        { header: '사업', kind: 'text' },
      ],
      // 일평균 is left blank: it depends on the month's operating days, which jobs-report works out.
      examples: [['새벽일자리쉼터', `${year - 1}-01`, '1,351', '', '3']],
    },
    {
      ...part('tables'),
      about: 'template.about.tables',
      columns: [
        { header: '파일', kind: 'text', width: 20 },
        { header: '제목', kind: 'text', width: 24 },
        { header: '단위', kind: 'text' },
        { header: '기준', kind: 'text' },
        { header: '규칙', kind: 'text', width: 24 },
      ],
      examples: [[exampleTable, '일자리창출과 인력', '명', '', 'A2=SUM(B2:D2)']],
    },
    {
      ...part('growth'),
      about: 'template.about.growth',
      columns: [
        { header: '사업', kind: 'text' },
        { header: '재원', kind: 'text', list: 'sourceRow' },
        { header: '성장률', kind: 'ratio' },
        { header: '반올림', kind: 'text', list: 'rounding' },
        { header: '방식', kind: 'text', list: 'growthMethod' },
        { header: '기준연도', kind: 'year' },
      ],
      // Project 3's 시비 grows 10% a year: 44,380 × 1.1 = 48,818; 48,818 × 1.1 = 53,699.8 → 53,700 (반올림).
      examples: [['3', UPPER, '10%', '반올림', '전년 대비', String(year)]],
    },
    {
      ...part('crossrefs'),
      about: 'template.about.crossrefs',
      columns: [
        { header: '사업', kind: 'text' },
        { header: '항목', kind: 'text', width: 30 },
        { header: '위치', kind: 'text', width: 18 },
        { header: '비교위치', kind: 'text', width: 18 },
        { header: '비고', kind: 'text', width: 20 },
      ],
      // The headline (소요예산 제목 C2) and the 사업개요 component (세부예산 D2) both state 117,900. A place
      // written as a folder's file!cell also finds the sheet in a workbook, so one form serves both.
      examples: [['3', `${year}년 소요예산 (제목과 사업개요)`, 'headlines.csv!C2', 'components.csv!D2', '']],
    },
    {
      ...part('statements'),
      about: 'template.about.statements',
      columns: [
        { header: '항목', kind: 'text', width: 30 },
        { header: '값', kind: 'amount' },
        { header: '원문', kind: 'text', width: 40 },
      ],
      // A figure the report's text states, so that a cross-reference (statements.csv!B2) can check it.
      examples: [[`${year}년 소요예산 (본문)`, '117,900', '- 소요예산 : 117,900천원 (시 44,380, 구 73,520)']],
    },
    {
      ...part('calendar'),
      about: 'template.about.calendar',
      columns: [
        { header: '구분', kind: 'text', list: 'calendarKind' },
        { header: '값', kind: 'text', width: 16 },
        { header: '비고', kind: 'text', width: 24 },
      ],
      // The shelter runs on weekdays (평일 04:00~07:00): the default, written out.
      examples: [['운영요일', '월~금', '평일 운영']],
    },
    {
      ...part('columnNames'),
      about: 'template.about.columnNames',
      columns: [
        { header: '열', kind: 'text', list: 'headerConcept' },
        { header: '머리글', kind: 'text', width: 16 },
      ],
      // Left empty: the template's own tables use the known headers. An office's file would say 금액, 요구액.
      examples: [],
    },
    {
      ...part('notes'),
      about: 'template.about.notes',
      columns: [
        { header: '사업', kind: 'text' },
        { header: '위치', kind: 'text', width: 18 },
        { header: '내용', kind: 'text', width: 60 },
      ],
      examples: [['3', '필수노동자 보호 및 지원', '※ 출처: 금천구 필수노동자 지원 기본 계획 수립을 위한 기초조사(2021.03~04)']],
    },
    {
      sheet: '예시표',
      file: 'tables/example.csv',
      about: 'template.about.exampleTable',
      columns: EXAMPLE_GRID[0]!.map((header) => ({ header, kind: 'count' as const })),
      examples: EXAMPLE_GRID.slice(1),
    },
  ];
  const lists = new Map<TemplateList, string[]>([
    ['source', [...SOURCES]],
    ['sourceRow', ['계', ...SOURCES]],
    ['year', Array.from({ length: 2 * YEAR_SPAN + 1 }, (_, i) => String(year - YEAR_SPAN + i))],
    ['unit', ['원', '천원', '백만원']],
    ['rounding', ['반올림', '절사', '올림']],
    ['growthMethod', ['전년 대비', '기준연도 복리']],
    ['calendarKind', ['운영요일', '운영일', '휴무일']],
    ['headerConcept', Object.keys(MAPPED_CONCEPTS)],
    ['projectKind', ['계속', '신규']],
    ['componentLevel', ['총괄', '세부']],
  ]);
  return { year, tables, lists };
}

/** One row per project, source, year and amount. */
function longBudget(years: number[]): TemplateTable {
  return {
    sheet: PARTS.budgets.sheet,
    file: PARTS.budgets.file,
    about: 'template.about.budgetsLong',
    columns: [
      { header: '사업', kind: 'text' },
      { header: '사업명', kind: 'text', width: 24 },
      { header: '재원', kind: 'text', list: 'source' },
      { header: '연도', kind: 'year', list: 'year' },
      { header: '금액', kind: 'amount' },
    ],
    examples: [...EXAMPLE_BUDGET].flatMap(([source, { years: amounts }]) =>
      amounts.map((amount, i) => ['3', '근로자 보호 및 지원', source, String(years[i]), amount]),
    ),
  };
}

/** The department's table: 재원별 | 합계 | each year, rows 계 then the sources; 계 and 합계 are stated figures. */
function printedBudget(years: number[]): TemplateTable {
  return {
    sheet: PARTS.budgets.sheet,
    file: PARTS.budgets.file,
    about: 'template.about.budgetsPrinted',
    columns: [
      { header: '사업', kind: 'text' },
      { header: '재원별', kind: 'text', list: 'sourceRow' },
      { header: '합계', kind: 'amount' },
      ...years.map((y) => ({ header: `${y}년`, kind: 'amount' as const })),
    ],
    examples: [
      ['3', '계', EXAMPLE_TOTALS.all, ...EXAMPLE_TOTALS.byYear],
      ...[...EXAMPLE_BUDGET].map(([source, b]) => ['3', source, b.total, ...b.years]),
    ],
  };
}
