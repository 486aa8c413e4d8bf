import type { Figure } from './dataset.js';
import type { Provenance } from './provenance.js';

/**
 * One indicator in one year, as the document states it (targets.csv / 목표실적): a target, a result, or
 * both. Counts are exact; the printed rate is kept as a claim to check, never as an input.
 */
export interface Indicator {
  /** 기관: the organisation the row is for, when the targets table has a 기관 column. */
  org?: string;
  /** Stable key shared by the years of one indicator, e.g. `job-creation`. */
  id: string;
  /** As printed: 일자리창출, 구직등록, … */
  name: string;
  /** Unit word: 개, 명, 건. */
  unit: string;
  year: number;
  target: Figure | null;
  result: Figure | null;
  /** The printed 달성률 in percent (`116%` → 116), where the document prints one. */
  statedRate: Figure | null;
  /** The 달성률 cell of the row, printed or blank, where the table has that column. */
  rateAt?: Provenance;
  /**
   * What the result covers when not a whole, final year, as printed: `2021년 9월말 기준` (part of the
   * year) or `2021년 말 예상치` (an estimate). Null for a final full-year figure.
   */
  basis: string | null;
  note: string | null;
  /** The row's first cell. */
  at: Provenance;
  /** Set on a row that sums the rows of several organisations (see compute/indicator-orgs.ts). */
  summed?: OrgCoverage;
}

/** What a sum across organisations covers: how many it adds, and how many of them state no target or no result. */
export interface OrgCoverage {
  orgs: number;
  withoutTarget: number;
  withoutResult: number;
}

/** One group of a target split (청년층, 중장년층, …): its part of the year's target. */
export interface TargetGroup {
  name: string;
  /** 주요내용, one bullet item per line as printed. */
  description: string;
  target: Figure;
  note: string | null;
}

/**
 * A year's target by group (target-groups.csv / 대상별 목표). The printed 합계 row is a stated figure —
 * a claim that the groups add up to it — kept apart from the groups, never summed with them.
 */
export interface TargetGroupTable {
  year: number;
  /** The column heading as printed, e.g. `2022년 일자리창출`. */
  heading: string;
  groups: TargetGroup[];
  statedTotal: Figure | null;
}

/** Users of a facility in one month (usage.csv / 이용현황). */
export interface UsageMonth {
  year: number;
  month: number;
  users: Figure;
  /** The printed daily average (이용자 평균), a claim to check; the tool computes its own. */
  statedAverage: Figure | null;
}

/** A facility's monthly users, with the printed 계 row kept as stated figures. */
export interface FacilityUsage {
  facility: string;
  /** 사업 column: the project whose service it is, where the table names one. */
  project?: string;
  months: UsageMonth[];
  /** The printed 계 row: total users and overall daily average, where printed. */
  stated: { users: Figure | null; average: Figure | null; at: Provenance } | null;
}

/** A printed table of counts by half-year: `구분 | 상반기 (사업수, 참여인원) | 하반기 (…)`, a row per year. */
export interface HalfYearTable {
  title: string;
  asOf?: string;
  /** `상반기`, `하반기`, as printed. */
  halves: string[];
  /** The measures under each half, e.g. `사업수`, `참여인원`. */
  measures: string[];
  rows: HalfYearRow[];
}

export interface HalfYearRow {
  /** The 구분 cell, e.g. `2021`. */
  label: string;
  /** Counts in order half × measure; null where the cell is blank. */
  values: (Figure | null)[];
}
