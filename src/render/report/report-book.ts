import type { CheckOutput } from '../../check/rule.js';
import type { BudgetReport } from '../../compute/budget-report.js';
import type { BudgetTables } from '../../compute/budget-tables.js';
import { t, type MessageKey } from '../../i18n/messages.js';
import type { Finding } from '../../model/finding.js';
import type { ReportLook } from './mark-notes.js';
import type { Dataset } from '../../model/dataset.js';
import { unitLabel } from '../calculator-text.js';
import { budgetTableSheet } from './budget-table-sheet.js';
import { dataSheet, type DataPart } from './data-sheets.js';
import { disclosureSheet } from './disclosure-sheet.js';
import { findingsSheet } from './findings-sheet.js';
import { generalSheet } from './general-sheet.js';
import type { GridSheet } from './grid.js';
import { projectSheet, type ProjectPlacement } from './project-sheet.js';
import { projectSheetName, SheetNames } from './sheet-names.js';
import { shownCellsPart } from './shown-cells.js';
import { summarySheet } from './summary-sheet.js';

/** Beyond this many projects (or organisations) the workbook has no sheet per project. */
export const MAX_PROJECT_SHEETS = 100;

/**
 * The annual work-report workbook, sheet by sheet: 요약, 일반현황, one sheet per project, 일자리공시, 검증
 * (validate's findings), then the dataset itself in hidden sheets (so the workbook loads back with --data).
 * A dataset of several organisations adds 사업별 and 기관별 (`tables`) after 요약 and 일반현황.
 * Pure: the command reads the parts and runs the checks.
 */
export function reportBook(dataset: Dataset, report: BudgetReport, checks: CheckOutput, parts: DataPart[], look: ReportLook, tables?: BudgetTables): GridSheet[] {
  const { lang } = look;
  // The data sheets' names are fixed by the loader; visible sheets take what is left.
  const names = new SheetNames(parts.map((p) => p.sheet));
  const summaryName = names.claim(t(lang, 'report.summarySheet'));
  const general = dataset.tables.some((tb) => tb.project === undefined) || dataset.projects.length > 0 ? generalSheet(names.claim(t(lang, 'report.generalSheet')), dataset, look) : undefined;
  const placements = new Map<string, ProjectPlacement>();
  const projects: GridSheet[] = [];
  // A sheet per project is the department's report; a national dataset's 1,600 projects are not (and
  // their summary formulas would pass Excel's 8,192-character limit): then 요약 holds the figures alone.
  const perProject = report.by === 'project' && report.projects.length <= MAX_PROJECT_SHEETS;
  for (const row of perProject ? report.projects : []) {
    const project = dataset.projects.find((p) => p.id === row.id) ?? { id: row.id, name: row.name };
    const { grid, placement } = projectSheet(names.claim(projectSheetName(row.id, row.name)), project, row, dataset, report.year, look);
    placements.set(row.id, placement);
    projects.push(grid.sheet);
  }
  // 요약 marks the projects whose sheets state a figure that disagrees (validate's errors).
  const flagged = new Map<string, Finding[]>();
  for (const f of checks.findings) if (f.severity === 'error' && f.project !== undefined && placements.has(f.project)) flagged.set(f.project, [...(flagged.get(f.project) ?? []), f]);
  const summary = summarySheet(summaryName, report, placements, flagged, look).sheet;
  const unit = unitLabel(report.unit, lang);
  const table = (sheet: MessageKey, title: MessageKey, rows: BudgetTables['projects'], withOrg: boolean): GridSheet =>
    budgetTableSheet({ name: names.claim(t(lang, sheet)), title: t(lang, title, { year: report.year, unit }), rows, withOrg, total: report.total, withPrevious: report.total.previous !== null, year: report.year }, lang).sheet;
  const long = tables ? [table('report.byProjectSheet', 'report.byProjectTitle', tables.projects, false), table('report.byOrgSheet', 'report.byOrgTitle', tables.pairs, true)] : [];
  const disclosure = dataset.indicators.length > 0 || dataset.targetGroups.length > 0 ? [disclosureSheet(names.claim(t(lang, 'report.disclosureSheet')), dataset, look).sheet] : [];
  const visible = [summary, ...(general ? [general.sheet] : []), ...projects, ...disclosure];
  const findings = findingsSheet(names.claim(t(lang, 'report.findingsSheet')), checks, { visible, projects: new Map(dataset.projects.map((p) => [p.id, p.name])) }, lang).sheet;
  // What the project sheets show, so that loading the workbook back notices an edit there (load/shown-cells.ts).
  const shown = projects.length > 0 ? [shownCellsPart(projects)] : [];
  return [summary, ...(general ? [general.sheet] : []), ...long, ...projects, ...disclosure, findings, ...[...parts, ...shown].map((p) => dataSheet(p).sheet)];
}
