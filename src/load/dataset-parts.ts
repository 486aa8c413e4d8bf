/**
 * The named tables of a dataset, wherever they live: `budgets.csv` in a folder is the sheet `소요예산`
 * in a workbook. One list, so the folder and workbook forms cannot drift apart.
 */
export const PARTS = {
  info: { file: 'info.csv', sheet: '정보' },
  projects: { file: 'projects.csv', sheet: '사업목록' },
  budgets: { file: 'budgets.csv', sheet: '소요예산' },
  headlines: { file: 'headlines.csv', sheet: '소요예산 제목' },
  components: { file: 'components.csv', sheet: '세부예산' },
  targets: { file: 'targets.csv', sheet: '목표실적' },
  targetGroups: { file: 'target-groups.csv', sheet: '대상별 목표' },
  usage: { file: 'usage.csv', sheet: '이용현황' },
  tables: { file: 'tables.csv', sheet: '표목록' },
  growth: { file: 'growth.csv', sheet: '성장률' },
  statements: { file: 'statements.csv', sheet: '본문 수치' },
  crossrefs: { file: 'crossrefs.csv', sheet: '상호참조' },
  notes: { file: 'notes.csv', sheet: '주석' },
  calendar: { file: 'calendar.csv', sheet: '달력' },
  columnNames: { file: 'column-names.csv', sheet: '열이름' },
} as const;
export type PartName = keyof typeof PARTS;
