import type { AchievementReport, AchievementScope } from '../compute/achievement-report.js';
import type { GroupBreakdown } from '../compute/group-shares.js';
import type { UsageReport } from '../compute/usage-report.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { HalfYearTable, OrgCoverage } from '../model/achievement.js';
import { D } from '../model/money.js';
import { rateBar } from './rate-bar.js';
import { amount, rate, share, text, type Sheet, type SheetRow } from './sheet.js';

/** Group shares: one decimal, half-up (not forced to add to 100.0). */
export const GROUP_SHARE_PLACES = 1;

export interface AchievementSheetOptions {
  /** A bar per indicator against 100 % (terminal only: a picture, not data for CSV or XLSX). */
  bars: boolean;
}

/** The report as sheets: targets against results, then each breakdown the dataset has. */
export function achievementSheets(report: AchievementReport, lang: Lang, opts: AchievementSheetOptions): Sheet[] {
  return [
    indicatorSheet(report, lang, opts),
    ...report.groups.map((g) => groupSheet(g, lang)),
    ...report.halfYears.map((h, i) => ({ ...halfYearSheet(h, lang), id: `half-years-${i + 1}` })),
    ...report.usage.map((u, i) => ({ ...usageSheet(u, lang), id: `usage-${i + 1}` })),
  ];
}

function indicatorSheet(report: AchievementReport, lang: Lang, opts: AchievementSheetOptions): Sheet {
  const { rateDecimals: decimals, rateRounding } = report.rules;
  const labels = ['indicator', 'year', 'unit', 'target', 'result', 'rate', 'difference', 'status', 'basis', 'note'] as const;
  // Rows per organisation lead with it; summed rows say in 비고 what they add up.
  const perOrg = report.scope?.by === 'org';
  const head: SheetRow = {
    style: 'head',
    cells: [...(perOrg ? [text(t(lang, 'ach.org'))] : []), ...labels.map((k) => text(t(lang, `ach.${k}`))), ...(opts.bars ? [text(t(lang, 'ach.bar'))] : [])],
  };
  const rows: SheetRow[] = report.indicators.map((r) => ({
    style: 'item',
    cells: [
      ...(perOrg ? [text(r.indicator.org ?? '')] : []),
      text(r.indicator.name),
      text(String(r.indicator.year)),
      text(r.indicator.unit),
      amount(r.indicator.target?.value ?? null),
      amount(r.indicator.result?.value ?? null),
      rate(r.shownRate, decimals),
      amount(r.difference),
      text(r.status === null ? '' : t(lang, `ach.status.${r.status}`)),
      text(r.indicator.basis ?? ''),
      text(r.indicator.summed ? coverageNote(r.indicator.summed, lang) : (r.indicator.note ?? '')),
      ...(opts.bars ? [text(rateBar(r.rate))] : []),
    ],
  }));
  const params = { year: report.year ?? '', rounding: rateRounding, decimals };
  const title = t(lang, report.year === null ? 'ach.title' : 'ach.titleYear', params);
  // On a narrow terminal: the bar (a picture), 비고, 기준, 차이 and 단위 go first; a long organisation name wraps.
  const o = perOrg ? 1 : 0;
  return {
    id: 'indicators',
    fit: { drop: [...(opts.bars ? [o + labels.length] : []), o + 9, o + 8, o + 6, o + 2], wrap: 0 },
    name: t(lang, 'ach.sheet'),
    title: report.scope ? `${title} — ${scopeText(report.scope, lang)}` : title,
    rows: [head, ...rows],
  };
}

/** `기관 243곳 합계`, `서울특별시 금천구, 부산광역시 해운대구 합계`, or `기관별: …` for rows per organisation. */
function scopeText(scope: AchievementScope, lang: Lang): string {
  const orgs = scope.asked ? scope.asked.join(', ') : t(lang, 'ach.orgsAll', { count: scope.count });
  return t(lang, scope.by === 'org' ? 'ach.scopeByOrg' : 'ach.scopeSum', { orgs });
}

/** `기관 3곳 합계 (실적 없음 1곳)`: how many organisations a summed row adds, and how many stated no figure. */
function coverageNote(c: OrgCoverage, lang: Lang): string {
  const missing = [
    ...(c.withoutTarget > 0 ? [t(lang, 'ach.withoutTarget', { count: c.withoutTarget })] : []),
    ...(c.withoutResult > 0 ? [t(lang, 'ach.withoutResult', { count: c.withoutResult })] : []),
  ];
  const summed = t(lang, 'ach.summed', { orgs: c.orgs });
  return missing.length > 0 ? `${summed} (${missing.join(', ')})` : summed;
}

function groupSheet(g: GroupBreakdown, lang: Lang): Sheet {
  return {
    id: `groups-${g.year}`,
    name: t(lang, 'ach.groupsSheet', { year: g.year }),
    title: t(lang, 'ach.groupsTitle', { heading: g.heading }),
    rows: [
      { style: 'head', cells: [text(t(lang, 'ach.group')), text(t(lang, 'ach.target')), text(t(lang, 'ach.share'))] },
      ...g.groups.map((row): SheetRow => ({ style: 'item', cells: [text(row.name), amount(row.target), share(row.share, GROUP_SHARE_PLACES)] })),
      // The total's share is left empty: the shown shares need not add to 100.0.
      { style: 'total', cells: [text(t(lang, 'label.grandTotal')), amount(g.total), share(null, GROUP_SHARE_PLACES)] },
    ],
  };
}

function halfYearSheet(h: HalfYearTable, lang: Lang): Sheet {
  const heads = h.halves.flatMap((half) => h.measures.map((m) => text(`${half} ${m}`)));
  return {
    name: h.title,
    title: h.asOf === undefined ? t(lang, 'ach.halfTitle', { title: h.title }) : t(lang, 'ach.halfTitleAsOf', { title: h.title, asOf: h.asOf }),
    rows: [
      { style: 'head', cells: [text(t(lang, 'ach.year')), ...heads] },
      ...h.rows.map((r): SheetRow => ({ style: 'item', cells: [text(r.label), ...r.values.map((v) => amount(v?.value ?? null))] })),
    ],
  };
}

function usageSheet(u: UsageReport, lang: Lang): Sheet {
  const line = (label: string, f: UsageReport['total'], style: SheetRow['style']): SheetRow => ({
    style,
    cells: [text(label), amount(f.users), amount(D(f.operatingDays)), amount(f.shownAverage)],
  });
  return {
    name: t(lang, 'ach.usageSheet', { facility: u.facility }),
    title: t(lang, 'ach.usageTitle', { facility: u.facility }),
    rows: [
      { style: 'head', cells: (['month', 'users', 'operatingDays', 'dailyAverage'] as const).map((k) => text(t(lang, `ach.${k}`))) },
      ...u.months.map((m) => line(monthLabel(m.year, m.month), m, 'item')),
      line(t(lang, 'label.total'), u.total, 'total'),
    ],
  };
}

export function monthLabel(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
