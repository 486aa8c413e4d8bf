import { parseYearLabel } from '../parse/year.js';
import type { FacilityUsage, HalfYearTable, Indicator, TargetGroupTable } from '../model/achievement.js';
import type { DatasetRules } from '../model/dataset.js';
import { groupBreakdown, type GroupBreakdown } from './group-shares.js';
import { indicatorOrgs, selectIndicators, type OrgSelection } from './indicator-orgs.js';
import { indicatorRow, type IndicatorRow } from './indicator-rows.js';
import { usageReport, type UsageReport } from './usage-report.js';

export interface AchievementInput {
  indicators: Indicator[];
  targetGroups: TargetGroupTable[];
  halfYears: HalfYearTable[];
  usage: FacilityUsage[];
}

/** The organisations an achievement report covers, when its targets name any (absent otherwise). */
export interface AchievementScope {
  by: OrgSelection['by'];
  /** The organisations asked for, or null for all of them. */
  asked: string[] | null;
  /** How many organisations the targets name. */
  count: number;
}

export interface AchievementReport {
  /** The year asked for, or null for every year of the dataset. */
  year: number | null;
  scope?: AchievementScope;
  rules: Pick<DatasetRules, 'rateRounding' | 'rateDecimals'>;
  indicators: IndicatorRow[];
  groups: GroupBreakdown[];
  halfYears: HalfYearTable[];
  usage: UsageReport[];
}

/** Every year the input has a figure for, ascending: the years `achievement [year]` accepts. */
export function achievementYears(input: AchievementInput): number[] {
  const years = new Set<number>([
    ...input.indicators.map((i) => i.year),
    ...input.targetGroups.map((g) => g.year),
    ...input.usage.flatMap((u) => u.months.map((m) => m.year)),
    ...input.halfYears.flatMap((h) => h.rows.map((r) => parseYearLabel(r.label)).filter((y): y is number => y !== undefined)),
  ]);
  return [...years].sort((a, b) => a - b);
}


/**
 * Targets against results, then the breakdowns the document has: the target by group, counts by half-year,
 * and a service's monthly users with daily averages. With a year, only that year's figures; `holidays` must
 * hold every year of the usage months shown. Targets of several organisations are summed or listed per
 * organisation as `orgs` says (the breakdowns name no organisation and are shown as they are).
 */
export function buildAchievementReport(
  input: AchievementInput,
  rules: AchievementReport['rules'],
  year: number | null,
  holidays: ReadonlyMap<number, ReadonlySet<string>>,
  orgs: OrgSelection = { by: 'project' },
): AchievementReport {
  const inYear = (y: number | undefined): boolean => year === null || y === year;
  const known = indicatorOrgs(input.indicators);
  const indicators = selectIndicators(input.indicators.filter((i) => inYear(i.year)), orgs);
  return {
    year,
    ...(known.length > 0 ? { scope: { by: orgs.by, asked: orgs.orgs ? [...orgs.orgs] : null, count: known.length } } : {}),
    rules,
    indicators: indicators.map((i) => indicatorRow(i, rules)),
    groups: input.targetGroups.filter((g) => inYear(g.year)).map(groupBreakdown),
    halfYears: input.halfYears
      .map((h) => ({ ...h, rows: h.rows.filter((r) => inYear(parseYearLabel(r.label))) }))
      .filter((h) => h.rows.length > 0),
    usage: input.usage
      .map((u) => ({ u, months: u.months.filter((m) => inYear(m.year)) }))
      .filter((x) => x.months.length > 0)
      .map((x) => usageReport(x.u, x.months, holidays)),
  };
}
