import type { Decimal } from 'decimal.js';
import { D, roundBy } from '../model/money.js';
import type { Provenance } from '../model/provenance.js';

/**
 * The rounding the document's out-years follow (domain rule: each year = previous × (1 + rate), 반올림 to
 * the unit). Inference looks only for this rounding and for whole-percent rates: anything finer must be
 * declared (growth.csv), or a handful of figures would "follow" some rule by chance.
 */
export const INFERRED_ROUNDING = 'half-up' as const;

/**
 * A figure with this many units as a factor (a 천원 table's 258,000 or 1,430,000) is a round estimate, not
 * the product of a rate: it is never evidence for one (project 7's 400,000 → 420,000 is +5 % by accident).
 */
const ROUND_ESTIMATE = 1000;

/**
 * Evidence needs a previous figure of at least this many units: below it a whole-percent rate is kept by
 * chance too often (110 → 100 is −9 %), and a few units fit more than one rate.
 */
const SMALLEST_EVIDENCE = 1000;

/** Rates searched: whole percents from −99 % to +100 %. */
const MIN_PERCENT = -99;
const MAX_PERCENT = 100;

/** One printed figure of a multi-year row and its cell. */
export interface SeriesFigure {
  value: Decimal;
  at: Provenance;
}

/** One printed row of a project's multi-year table: the 계 row or one source's. */
export interface Series {
  /** 계 or the source's label. */
  row: string;
  total: boolean;
  /** Checked against an inferred rule; false for a row whose rule the dataset declares (still evidence). */
  checked: boolean;
  figures: ReadonlyMap<number, SeriesFigure>;
}

/** One out-year identity checked against a rule its neighbours keep. */
export interface InferredCheck {
  row: string;
  year: number;
  /** The whole-percent rate a year, e.g. 1 for +1 %. */
  percent: number;
  expected: Decimal;
  actual: SeriesFigure;
  /** The figures whose identities keep the rate: the evidence, never the figure checked. */
  from: Provenance[];
}

interface Identity {
  series: Series;
  year: number;
  previous: Decimal;
  figure: SeriesFigure;
  /** The whole percent the identity keeps, when it is evidence for exactly one. */
  keeps: number | undefined;
}

/**
 * For each out-year of a project (years after `baseYear`), the simplest rule the printed figures follow:
 * flat (0 %) or a constant whole-percent rate, year on year from the printed previous figure, 반올림. A
 * figure is checked against the rate its neighbours keep — the other out-years of its own row, the 계 row
 * for a source, every source row for the 계 — so that each check's rule comes from figures other than the
 * one checked. A figure with no such neighbours (round estimates, rates that change) is not checked.
 */
export function inferOutYears(series: readonly Series[], baseYear: number): InferredCheck[] {
  const identities = new Map<Series, Identity[]>();
  for (const s of series) identities.set(s, identitiesOf(s, baseYear));
  const sources = series.filter((s) => !s.total);
  const out: InferredCheck[] = [];
  for (const s of series) {
    if (!s.checked) continue;
    for (const id of identities.get(s)!) {
      const votes = new Map<number, Provenance[]>();
      const vote = (e: Identity): void => {
        if (e === id || e.keeps === undefined) return;
        votes.set(e.keeps, [...(votes.get(e.keeps) ?? []), e.figure.at]);
      };
      identities.get(s)!.forEach(vote);
      if (!s.total) for (const t of series.filter((x) => x.total)) identities.get(t)!.forEach(vote);
      else if (sources.length > 0) {
        const common = commonRates(sources.map((x) => identities.get(x)!));
        for (const x of sources) for (const e of identities.get(x)!) if (e.keeps !== undefined && common.has(e.keeps)) vote(e);
      }
      const rule = strongest(votes);
      if (!rule) continue;
      out.push({ row: s.row, year: id.year, percent: rule.percent, expected: grow(id.previous, rule.percent), actual: id.figure, from: rule.from });
    }
  }
  return out;
}

/** previous × (1 + percent/100), 반올림 to the unit. */
export function grow(previous: Decimal, percent: number): Decimal {
  return roundBy(previous.times(D(percent).div(100).plus(1)), 0, INFERRED_ROUNDING);
}

function identitiesOf(s: Series, baseYear: number): Identity[] {
  const out: Identity[] = [];
  for (const [year, figure] of [...s.figures].sort(([a], [b]) => a - b)) {
    const previous = s.figures.get(year - 1)?.value;
    if (year <= baseYear || previous === undefined || previous.isZero()) continue;
    out.push({ series: s, year, previous, figure, keeps: keptPercent(previous, figure.value) });
  }
  return out;
}

/**
 * The one whole percent p with round(previous × (1 + p/100)) = figure, or undefined: none, more than one,
 * a previous figure too small to tell, or a round estimate.
 */
function keptPercent(previous: Decimal, figure: Decimal): number | undefined {
  if (figure.mod(ROUND_ESTIMATE).isZero() || previous.abs().lt(SMALLEST_EVIDENCE)) return undefined;
  const near = figure.div(previous).minus(1).times(100);
  const found = new Set<number>();
  for (const p of [near.floor().toNumber() - 1, near.floor().toNumber(), near.ceil().toNumber(), near.ceil().toNumber() + 1]) {
    if (p >= MIN_PERCENT && p <= MAX_PERCENT && grow(previous, p).eq(figure)) found.add(p);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The rates every one of the rows keeps at least once. */
function commonRates(rows: readonly Identity[][]): Set<number> {
  const sets = rows.map((ids) => new Set(ids.flatMap((e) => (e.keeps === undefined ? [] : [e.keeps]))));
  return new Set([...(sets[0] ?? [])].filter((p) => sets.every((set) => set.has(p))));
}

/** The rate with the most evidence; none on a tie (the neighbours disagree: no single rule). */
function strongest(votes: ReadonlyMap<number, Provenance[]>): { percent: number; from: Provenance[] } | undefined {
  const ranked = [...votes].sort((a, b) => b[1].length - a[1].length);
  const [first, second] = ranked;
  if (!first || (second && second[1].length === first[1].length)) return undefined;
  return { percent: first[0], from: first[1] };
}
