import type { CheckOutput } from '../../check/rule.js';
import { t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import { checksRun } from '../../model/check.js';
import type { Finding } from '../../model/finding.js';
import { cellAddress } from '../../model/provenance.js';
import { findingFigure, validateMessage } from '../validate-message.js';
import { amountCell, Grid, sheetRef, sourceKey, textCell, type GridCell, type GridSheet } from './grid.js';

/** Where the findings point: the visible sheets (whose cells know the data cell they show) and the projects' names. */
export interface FindingPlaces {
  visible: GridSheet[];
  projects: Map<string, string>;
}

/**
 * 검증: validate's findings, each with a link to the cell of the report that shows the figure (else its
 * place in the source data), the project's number and name, the stated figure, what it was compared with
 * (the computed value, or the figure stated elsewhere) and the difference; or one line saying there are none,
 * or, when nothing could be compared, a title saying so (검사 0건: 확인할 합계가 없습니다) above the warning.
 */
export function findingsSheet(name: string, result: CheckOutput, places: FindingPlaces, lang: Lang): Grid {
  const grid = new Grid(name);
  const { findings, checks } = result;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const run = checksRun(checks).length;
  // Nothing compared is never "everything agrees": the title says so, and the warning below says what was read.
  const summary =
    run === 0 ? t(lang, 'report.nothingChecked') : findings.length === 0 ? t(lang, 'report.noFindings', { checks: run }) : t(lang, 'report.findingsSummary', { checks: run, errors, warnings: findings.length - errors });
  grid.put(1, 1, textCell(summary, 'title'));
  if (findings.length === 0) return grid;
  const heads = ['report.severity', 'report.shownAt', 'report.project', 'report.statedFigure', 'report.comparedWith', 'report.comparedFigure', 'report.difference', 'report.message'] as const;
  heads.forEach((k, i) => grid.put(2, i + 1, textCell(t(lang, k), 'head')));
  grid.sheet.headerRows = 2;
  const shown = shownCells(places.visible);
  findings.forEach((f, i) => {
    const r = 3 + i;
    grid.put(r, 1, textCell(t(lang, f.severity === 'error' ? 'report.error' : 'report.warning'), 'item', { align: 'center' }));
    const at = f.cell ? shown.get(sourceKey(f.file, f.sheet, f.cell)) : undefined;
    const project = f.project === undefined ? '' : [f.project, places.projects.get(f.project)].filter(Boolean).join(' ');
    // On the project's own sheet (named as the 사업 column says) the cell's address is enough to read.
    const text = at && at.sheet === project ? at.cell : at && sheetRef(at.sheet, at.cell);
    grid.put(r, 2, at ? textCell(text!, 'item', { link: sheetRef(at.sheet, at.cell), align: 'center' }) : textCell(dataPlace(f)));
    grid.put(r, 3, textCell(project));
    grid.put(r, 4, figure(f.actual));
    // A cross-reference compares two stated figures; the other checks compare with what jobs-report computed.
    grid.put(r, 5, textCell(f.expected === undefined ? '' : t(lang, f.params.other !== undefined ? 'report.otherStated' : 'report.computedValue'), 'item', { align: 'center' }));
    grid.put(r, 6, figure(f.expected));
    grid.put(r, 7, figure(f.difference));
    grid.put(r, 8, textCell(validateMessage(f, lang), 'item', { wrap: true }));
  });
  grid.table(1, 2, 2, 2 + findings.length);
  grid.sheet.maxWidth = 40;
  return grid;
}

/** Each data cell a visible sheet shows, at the first place showing it. */
function shownCells(sheets: GridSheet[]): Map<string, { sheet: string; cell: string }> {
  const shown = new Map<string, { sheet: string; cell: string }>();
  for (const sheet of sheets) {
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.source && !shown.has(cell.source)) shown.set(cell.source, { sheet: sheet.name, cell: cellAddress(r, c) });
      }),
    );
  }
  return shown;
}

/** `headlines.csv C3`, `data.xlsx 소요예산!D7`: where to find the figure in the source data. */
function dataPlace(f: Finding): string {
  const at = [f.sheet, f.cell].filter(Boolean).join('!');
  return at ? `${f.file} ${at}` : f.file;
}

/** A finding's figure in the number column; anything else stays out of it. */
function figure(text: string | undefined): GridCell {
  const value = findingFigure(text);
  return value ? amountCell(value) : { value: null, style: 'item' };
}
