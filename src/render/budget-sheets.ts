import type { BudgetReport, BudgetRow } from '../compute/budget-report.js';
import type { SourceAmounts } from '../compute/source-amounts.js';
import { sourceLabel, t } from '../i18n/messages.js';
import type { Lang } from '../i18n/lang.js';
import { amount, rate, share, text, type Sheet, type SheetRow } from './sheet.js';
import { unitLabel } from './calculator-text.js';

/** Decimals shown: 증감률 one place, shares four (exact inside). */
export const CHANGE_RATE_PLACES = 1;
export const SHARE_PLACES = 4;

/** The year's budget per project and for the division, by source, with shares and 증감 against the year before. */
export function budgetSheet(report: BudgetReport, lang: Lang): Sheet {
  const head: SheetRow = {
    style: 'head',
    cells: [
      text(t(lang, 'label.no')),
      text(t(lang, report.by === 'org' ? 'label.org' : 'label.project')),
      text(t(lang, 'label.total')),
      ...report.sources.map((s) => text(sourceLabel(s, lang))),
      ...shareHeads(report, lang).map((h) => text(h)),
      text(`${t(lang, 'label.year', { year: report.year - 1 })} ${t(lang, 'label.total')}`),
      text(t(lang, 'label.change')),
      text(t(lang, 'label.changeRate')),
    ],
  };
  const row = (r: BudgetRow, style: SheetRow['style'], id: string, name: string): SheetRow => ({
    style,
    cells: [
      text(id),
      text(name),
      amount(r.current.amount),
      ...report.sources.map((s) => amount(r.current.bySource[s]!)),
      ...(report.shareOf
        ? [share(r.upperShare?.round(SHARE_PLACES) ?? null, SHARE_PLACES), share(r.upperShare?.complement().round(SHARE_PLACES) ?? null, SHARE_PLACES)]
        : []),
      amount(r.previous?.amount ?? null),
      amount(r.change?.amount ?? null),
      rate(r.changeRate?.amount?.round(CHANGE_RATE_PLACES) ?? null, CHANGE_RATE_PLACES),
    ],
  });
  // On a narrow terminal: the shares, then the previous year and the change (derived figures) go first.
  const n = report.sources.length;
  const drop = report.shareOf ? [4 + n, 3 + n, 5 + n, 7 + n, 6 + n] : [3 + n, 5 + n, 4 + n];
  return {
    id: 'projects',
    fit: { drop, wrap: 1 },
    name: t(lang, 'label.budgetSheet', { year: report.year }),
    title: t(lang, 'label.budgetTitle', { year: report.year, unit: unitLabel(report.unit, lang) }),
    rows: [head, ...report.projects.map((p) => row(p, 'item', p.id, p.name)), row(report.total, 'total', '', t(lang, 'label.division'))],
  };
}

/** The division's multi-year table as the department prints it: 재원별 | 합계 | each year; rows 계 then sources. */
export function multiYearSheet(report: BudgetReport, lang: Lang): Sheet {
  const years = report.years;
  const head: SheetRow = {
    style: 'head',
    cells: [text(t(lang, 'label.source')), text(t(lang, 'label.grandTotal')), ...years.map((y) => text(t(lang, 'label.year', { year: y })))],
  };
  const total = report.total;
  const line = (label: string, pick: (a: SourceAmounts) => SheetRow['cells'][number], style: SheetRow['style']): SheetRow => ({
    style,
    cells: [text(label), pick(total.allYears), ...years.map((y) => pick(total.years.get(y)!))],
  });
  return {
    id: 'years',
    name: t(lang, 'label.multiYearSheet'),
    title: t(lang, 'label.multiYearTitle', { unit: unitLabel(report.unit, lang), scope: report.scope ?? t(lang, 'label.allOrgs') }),
    rows: [
      head,
      line(t(lang, 'label.total'), (a) => amount(a.amount), 'total'),
      ...report.sources.map((s) => line(sourceLabel(s, lang), (a) => amount(a.bySource[s]!), 'item' as const)),
    ],
  };
}

/** The share columns' heads, named by the declared sources (`시비 비율`, `구비 비율`; `도비 비율`, `군비 비율`); none without both. */
export function shareHeads(report: BudgetReport, lang: Lang): string[] {
  const pair = report.shareOf;
  return pair ? [pair.upper, pair.local].map((s) => t(lang, 'label.sourceShare', { source: sourceLabel(s, lang) })) : [];
}
