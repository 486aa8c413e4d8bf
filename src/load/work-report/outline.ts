import type { DocumentBlock, DocumentTable, WorkDocument } from '../../model/document.js';
import { HEADER_WORDS } from '../../parse/header-words.js';
import { labelKey } from '../../parse/normalize.js';
import { parseYearLabel } from '../../parse/year.js';
import { gridCell, headingOf, isParagraph, isTable, rowKeys } from './blocks.js';

/** 주요사업 목록: a project as the list names it. */
export interface ListedProject {
  id: string;
  name: string;
  kind: string;
  page: string;
  /** The list's grid row (0-based) the project is on. */
  row: number;
}

/** Which project each block belongs to, and the document's lists and budget tables found on the way. */
export interface Outline {
  list?: DocumentTable;
  projects: ListedProject[];
  budgetTables: DocumentTable[];
  /** By block index: the project (its number in the list, 1-based order) the block sits in, if any. */
  projectOf: (index: number) => ListedProject | undefined;
  /** By block index: the nearest heading above it (□, ○ or a bare title line). */
  headingOf: (index: number) => { marker: string; title: string } | undefined;
}

const LIST_NAME = ['주요사업', ...HEADER_WORDS.name];
const LIST_NUMBER = ['연번', ...HEADER_WORDS.project];

/** 주요사업 목록: a table headed with a number (연번) and a project name (주요사업). */
function isProjectList(t: DocumentTable): boolean {
  const keys = rowKeys(t, 0);
  return keys.some((k) => LIST_NAME.includes(k)) && keys.some((k) => LIST_NUMBER.includes(k));
}

/**
 * A project's multi-year budget table: headed 재원별 | 합계 | 연차별 소요자원 with the years in the header
 * (on its first or second row), as the department prints it after `□ 2022년 소요예산`.
 */
function isBudgetTable(t: DocumentTable): boolean {
  const keys = rowKeys(t, 0);
  const head = keys.some((k) => (HEADER_WORDS.sourceRows as readonly string[]).includes(k)) && keys.some((k) => (HEADER_WORDS.total as readonly string[]).includes(k));
  return head && budgetYears(t).years.length > 0;
}

/** The header row holding the years and each year's column (0-based). */
export function budgetYears(t: DocumentTable): { row: number; years: { year: number; column: number }[] } {
  for (const row of [0, 1]) {
    const years = (t.cells[row] ?? []).flatMap((c, column) => {
      const year = parseYearLabel(c);
      return year === undefined ? [] : [{ year, column }];
    });
    if (years.length > 0) return { row, years };
  }
  return { row: 0, years: [] };
}

/**
 * The document's projects and where each one's pages are: the projects are the rows of the 주요사업 목록,
 * each project's section runs from the end of the one before (the list, for the first) to its own budget
 * table, which closes it: the department ends every project with `□ 2022년 소요예산` and its table.
 */
export function outline(doc: WorkDocument): Outline {
  const blocks = doc.blocks;
  const listIndex = blocks.findIndex((b) => isTable(b) && isProjectList(b));
  const list = listIndex >= 0 ? (blocks[listIndex] as DocumentTable) : undefined;
  const projects = list ? listedProjects(list) : [];
  const budgetIndexes = blocks.flatMap((b, i) => (i > listIndex && isTable(b) && isBudgetTable(b) ? [i] : []));
  const owner: (ListedProject | undefined)[] = blocks.map(() => undefined);
  let start = listIndex + 1;
  budgetIndexes.forEach((end, k) => {
    const project = projects[k] ?? { id: String(k + 1), name: '', kind: '', page: '', row: -1 };
    for (let i = start; i <= end; i++) owner[i] = project;
    start = end + 1;
  });
  // The pages after the last budget table are the next listed project's, whose table has not come (yet).
  const next = projects[budgetIndexes.length];
  if (next) for (let i = start; i < blocks.length; i++) owner[i] = next;
  const headings: ({ marker: string; title: string } | undefined)[] = [];
  let last: { marker: string; title: string } | undefined;
  blocks.forEach((b: DocumentBlock, i) => {
    headings[i] = last;
    if (isParagraph(b)) last = headingOf(b) ?? last;
  });
  return {
    ...(list ? { list } : {}),
    projects,
    budgetTables: budgetIndexes.map((i) => blocks[i] as DocumentTable),
    projectOf: (i) => owner[i],
    headingOf: (i) => headings[i],
  };
}

function listedProjects(t: DocumentTable): ListedProject[] {
  const keys = rowKeys(t, 0);
  const col = (words: readonly string[]) => keys.findIndex((k) => words.includes(k));
  const [idCol, nameCol, kindCol, pageCol] = [col(LIST_NUMBER), col(LIST_NAME), col(['구분']), col(['쪽', '페이지'])];
  const out: ListedProject[] = [];
  for (let r = 1; r < t.cells.length; r++) {
    const id = gridCell(t, r, idCol).trim();
    if (id === '' || labelKey(gridCell(t, r, nameCol)) === '') continue;
    out.push({ id, name: gridCell(t, r, nameCol).trim(), kind: kindCol < 0 ? '' : gridCell(t, r, kindCol).trim(), page: pageCol < 0 ? '' : gridCell(t, r, pageCol).trim(), row: r });
  }
  return out;
}
