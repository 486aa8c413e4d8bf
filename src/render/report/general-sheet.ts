import { t } from '../../i18n/messages.js';
import type { Dataset } from '../../model/dataset.js';
import { displayWidth } from '../display-width.js';
import { Grid, idCell, LEAN_ROWS, textCell } from './grid.js';
import type { ReportLook } from './mark-notes.js';
import { writeNotes } from './notes.js';
import { printedTables, writePrintedTable } from './printed-table.js';

/** 일반현황: the division's own tables (인력, …: those the manifest gives no project), its `※` notes and 주요사업 목록. */
export function generalSheet(name: string, dataset: Dataset, look: ReportLook): Grid {
  const { lang } = look;
  const grid = new Grid(name);
  let next = 1;
  for (const table of printedTables(dataset, undefined)) next = writePrintedTable(grid, table, next, dataset.info.unit, look) + 1;
  const notes = (dataset.notes ?? []).filter((n) => n.project === undefined);
  if (notes.length > 0) next = writeNotes(grid, notes, next) + 1;
  grid.put(next, 1, textCell(t(lang, 'report.projectList'), 'title'));
  const head = next + 1;
  [t(lang, 'report.serial'), t(lang, 'report.projectName'), t(lang, 'report.kind'), t(lang, 'report.page')].forEach((h, i) => grid.put(head, i + 1, textCell(h, 'head')));
  const cells = (p: Dataset['projects'][number]): string[] => [p.id, p.name, p.kind ?? '', p.page ?? ''];
  // A national list (1,600 projects) is written as lean rows under its first (grid.ts LeanRows).
  const lean = dataset.projects.length > LEAN_ROWS;
  (lean ? dataset.projects.slice(0, 1) : dataset.projects).forEach((p, i) => {
    const r = head + 1 + i;
    cells(p).forEach((v, c) => grid.put(r, c + 1, c === 0 ? idCell(v) : textCell(v, 'item', c === 1 ? {} : { align: 'center' })));
  });
  if (lean) {
    const rest = dataset.projects.slice(1);
    const widths = [0, 0, 0, 0];
    for (const p of rest) cells(p).forEach((v, c) => (widths[c] = Math.max(widths[c]!, displayWidth(v))));
    grid.sheet.lean = { after: head + 1, kinds: ['id', 'text', 'text', 'text'], count: rest.length, row: (i) => cells(rest[i]!), widths };
  }
  grid.table(next, head, head, head + dataset.projects.length);
  return grid;
}
