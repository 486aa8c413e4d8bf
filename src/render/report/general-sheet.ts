import { t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import type { Dataset } from '../../model/dataset.js';
import { Grid, textCell } from './grid.js';
import { writePrintedTable } from './printed-table.js';

/** 일반현황: the division's own tables (인력, …: those the manifest gives no project) and 주요사업 목록. */
export function generalSheet(name: string, dataset: Dataset, lang: Lang): Grid {
  const grid = new Grid(name);
  let next = 1;
  for (const table of dataset.tables.filter((tb) => tb.project === undefined)) next = writePrintedTable(grid, table, next, dataset.info.unit) + 1;
  grid.put(next, 1, textCell(t(lang, 'report.projectList'), 'title'));
  const head = next + 1;
  [t(lang, 'report.serial'), t(lang, 'report.projectName'), t(lang, 'report.kind'), t(lang, 'report.page')].forEach((h, i) => grid.put(head, i + 1, textCell(h, 'head')));
  dataset.projects.forEach((p, i) => {
    const r = head + 1 + i;
    grid.put(r, 1, textCell(p.id, 'item', { align: 'center' }));
    grid.put(r, 2, textCell(p.name));
    grid.put(r, 3, textCell(p.kind ?? '', 'item', { align: 'center' }));
    grid.put(r, 4, textCell(p.page ?? '', 'item', { align: 'center' }));
  });
  return grid;
}
