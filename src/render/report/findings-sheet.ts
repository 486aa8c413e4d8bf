import type { Decimal } from 'decimal.js';
import type { CheckOutput } from '../../check/rule.js';
import { t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import type { Finding } from '../../model/finding.js';
import { D } from '../../model/money.js';
import { validateMessage } from '../validate-message.js';
import { amountCell, Grid, textCell, type GridCell } from './grid.js';

/** 검증: validate's findings, each with the sheet and cell in the source data, or one line saying there are none. */
export function findingsSheet(name: string, result: CheckOutput, lang: Lang): Grid {
  const grid = new Grid(name);
  const { findings, checks } = result;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary = findings.length === 0 ? t(lang, 'report.noFindings', { checks: checks.length }) : t(lang, 'report.findingsSummary', { checks: checks.length, errors, warnings: findings.length - errors });
  grid.put(1, 1, textCell(summary, 'title'));
  if (findings.length === 0) return grid;
  const heads = ['report.severity', 'report.place', 'report.project', 'report.stated', 'report.expected', 'report.difference', 'report.message'] as const;
  heads.forEach((k, i) => grid.put(2, i + 1, textCell(t(lang, k), 'head')));
  grid.sheet.headerRows = 2;
  findings.forEach((f, i) => {
    const r = 3 + i;
    grid.put(r, 1, textCell(t(lang, f.severity === 'error' ? 'report.error' : 'report.warning'), 'item', { align: 'center' }));
    grid.put(r, 2, textCell(place(f)));
    grid.put(r, 3, textCell(f.project ?? '', 'item', { align: 'center' }));
    grid.put(r, 4, figure(f.actual));
    grid.put(r, 5, figure(f.expected));
    grid.put(r, 6, figure(f.difference));
    grid.put(r, 7, textCell(validateMessage(f, lang), 'item', { wrap: true }));
  });
  return grid;
}

/** `headlines.csv C3`, `data.xlsx 소요예산!D7`: where to find the figure in the source data. */
function place(f: Finding): string {
  const at = [f.sheet, f.cell].filter(Boolean).join('!');
  return at ? `${f.file} ${at}` : f.file;
}

/** A finding's figures are exact decimal strings jobs-report wrote; anything else stays out of the number column. */
function figure(text: string | undefined): GridCell {
  const value: Decimal | null = text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? D(text) : null;
  return value ? amountCell(value) : { value: null, style: 'item' };
}
