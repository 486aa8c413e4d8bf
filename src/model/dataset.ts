import type { Decimal } from 'decimal.js';
import type { FacilityUsage, Indicator, TargetGroupTable } from './achievement.js';
import type { ServiceCalendar } from './calendar.js';
import type { CrossReference, GrowthRate } from './declared.js';
import type { Rounding, Unit } from './money.js';
import type { Provenance } from './provenance.js';
import { BudgetLines } from './budget-lines.js';
import type { BudgetBook } from './budget-book.js';
import type { Source, SourceSet } from './source.js';

export type { Source } from './source.js';

/** A number read from a cell, with where it came from and how it was written. */
export interface Figure {
  value: Decimal;
  raw: string;
  at: Provenance;
}

/** 주요사업: one programme of the division. */
export interface Project {
  id: string;
  name: string;
  /** 구분: 계속 (continuing) or 신규 (new). */
  kind?: string;
  team?: string;
  page?: string;
  at?: Provenance;
}

/** One part of a budget: a project's amount from one source in one year, in the dataset unit. */
export interface BudgetLine {
  /** 기관: the organisation, when the dataset holds several. */
  org?: string;
  project: string;
  source: Source;
  year: number;
  amount: Decimal;
  at?: Provenance;
}

/**
 * A total printed in a budget table: a claim to check, never an input.
 * - `year-total`: the 계 row for one year (Σ sources);
 * - `source-total`: the 합계 column for one source (Σ years);
 * - `grand-total`: 계 × 합계;
 * - `division-total`: a long layout's 합계/총계 row over every project (`project` is empty), for one year and,
 *   when its 재원 is a source, for that source alone.
 */
export interface StatedBudgetTotal {
  project: string;
  kind: 'year-total' | 'source-total' | 'grand-total' | 'division-total';
  /** 기관: the organisation the total is stated for, when the data names one; the parts are then its own. */
  org?: string;
  source?: Source;
  year?: number;
  figure: Figure;
}

/** `□ 2022년 소요예산 : N천원`: a project's headline for a year. */
export interface Headline {
  project: string;
  year: number;
  figure: Figure;
  note?: string;
}

/** A component budget stated in the text, e.g. `63,400천원(시 44,380, 구 19,020)`. */
export interface Component {
  project: string;
  /** 총괄: the project's own summary figure; 세부: a sub-programme. */
  level: '총괄' | '세부';
  /** 연도 column: the year whose column the component belongs to (default: the report year). */
  year?: number;
  name: string;
  /** Null when the text gives no figure yet (`공모 후 확정`). */
  amount: Figure | null;
  /** Set when the whole amount comes from one source (`53,100천원(구비)`). */
  source: Source | null;
  /** The stated parts, by source. */
  parts: Map<Source, Figure>;
  /** The city subsidy ratio (보조율) as a fraction, where known. */
  cityRatio: Figure | null;
  text: string;
  at: Provenance;
}

/** A printed `※` note (notes.csv / 주석): carried into the report beside what it annotates. */
export interface PrintedNote {
  /** The project whose section prints it; absent for the division's own pages. */
  project?: string;
  /** Where it is printed: a file or `file!cell` of the dataset, or words (`소요예산 표 아래`). */
  place: string;
  /** As printed, `※` included. */
  text: string;
  at: Provenance;
}

/** The dataset's stated rules for derived figures (info.csv / 정보 sheet). */
export interface DatasetRules {
  rateRounding: Rounding;
  rateDecimals: number;
  splitRounding: Rounding;
  /** How a budget book's 산출근거 is rounded to the book's unit (산출근거 반올림; default 올림, as budget books do). */
  basisRounding: Rounding;
}

export interface DatasetInfo {
  organisation?: string;
  department?: string;
  year?: number;
  unit: Unit;
  source?: string;
  /** The funding sources the dataset declares (기관유형 / 재원), in table order; 국비/시비/구비 by default. */
  sources: SourceSet;
  rules: DatasetRules;
}

/** A table kept cell for cell as printed, with the identities the document states about it. */
export interface PrintedTable {
  id: string;
  title: string;
  unit?: string;
  asOf?: string;
  /** Excel-like identities over the grid, e.g. `A2=SUM(B2:H2)`. */
  rules: string[];
  file: string;
  sheet?: string;
  /** The project (번호) the table belongs to; absent for the division's own tables (인력, …). */
  project?: string;
  /** Grid rows as printed; row 1 is the header. */
  rows: string[][];
}

export interface Dataset {
  /** Folder, workbook or CSV the data came from. */
  path: string;
  info: DatasetInfo;
  projects: Project[];
  /** Every budget line (the parts; printed totals are in statedTotals), stored by column. */
  budget: BudgetLines;
  statedTotals: StatedBudgetTotal[];
  headlines: Headline[];
  components: Component[];
  tables: PrintedTable[];
  /** Targets and results per indicator and year (targets.csv / 목표실적). */
  indicators: Indicator[];
  /** A year's target by group, with the stated 합계 (target-groups.csv / 대상별 목표). */
  targetGroups: TargetGroupTable[];
  /** Monthly users of a service (usage.csv / 이용현황). */
  usage: FacilityUsage[];
  /** The service calendar the dataset declares (calendar.csv / 달력), over the holiday package; if any. */
  calendar?: ServiceCalendar;
  /** Out-year growth rates the dataset states (growth.csv / 성장률), if any. */
  growth?: GrowthRate[];
  /** Figures stated in two places that must agree (crossrefs.csv / 상호참조), if any. */
  crossrefs?: CrossReference[];
  /** Printed `※` notes (notes.csv / 주석), if any. */
  notes?: PrintedNote[];
  /** The budget book's tree, when the budget was read from one (세출예산 사업명세서: load/budget-book.ts). */
  book?: BudgetBook;
}

/** A dataset holding nothing yet, in the given unit and rules. */
export function emptyDataset(path: string, info: DatasetInfo): Dataset {
  return {
    path,
    info,
    projects: [],
    budget: new BudgetLines(BudgetLines.scaleFor(info.unit), '', undefined, 16, info.sources),
    statedTotals: [],
    headlines: [],
    components: [],
    tables: [],
    indicators: [],
    targetGroups: [],
    usage: [],
  };
}
