import type { Decimal } from 'decimal.js';
import type { Indicator } from '../model/achievement.js';
import type { DatasetRules } from '../model/dataset.js';
import { roundBy } from '../model/money.js';
import { achievementRate } from './achievement.js';

/**
 * What a result stands for: a final full-year figure, an estimate of the full year (`2021년 말 예상치`),
 * or part of a year (`2021년 9월말 기준`, `상반기`). Only a final figure is achievement; an estimate is
 * expected achievement; a partial figure is progress against the year's target.
 */
export type ResultKind = 'final' | 'estimate' | 'partial';

export function resultKind(basis: string | null): ResultKind {
  if (basis === null) return 'final';
  return /예상|전망/.test(basis) ? 'estimate' : 'partial';
}

/** 달성 / 미달 for a final result, 달성 예상 / 미달 예상 for an estimate, 진행 for part of a year. */
export type Status = 'met' | 'missed' | 'expected-met' | 'expected-missed' | 'in-progress';

/**
 * Why a row has no rate although it has a result. 'uneven-sum': a sum across organisations where some
 * state a target or a result and others don't, so Σ실적 and Σ목표 cover different organisations (100 of
 * target and 120 of result in one, a result of 50 with no target in another, is not 170 %).
 */
export type RateWarning = 'no-target' | 'zero-target' | 'uneven-sum';

export interface IndicatorRow {
  indicator: Indicator;
  kind: ResultKind;
  /** 실적 ÷ 목표 × 100, exact; null without a result or a non-zero target. */
  rate: Decimal | null;
  /** The rate as the dataset rule shows it (default 반올림 to a whole percent). */
  shownRate: Decimal | null;
  /** 실적 − 목표. */
  difference: Decimal | null;
  status: Status | null;
  warning: RateWarning | null;
}

export function indicatorRow(indicator: Indicator, rules: Pick<DatasetRules, 'rateRounding' | 'rateDecimals'>): IndicatorRow {
  const kind = resultKind(indicator.basis);
  const target = indicator.target?.value ?? null;
  const result = indicator.result?.value ?? null;
  const s = indicator.summed;
  const uneven = s !== undefined && (s.withoutTarget > 0 || s.withoutResult > 0) && target !== null && result !== null;
  const rate = result === null || uneven ? null : achievementRate(result, target);
  const warning: RateWarning | null = result === null ? null : uneven ? 'uneven-sum' : target === null ? 'no-target' : target.isZero() ? 'zero-target' : null;
  return {
    indicator,
    kind,
    rate,
    shownRate: rate === null ? null : roundBy(rate, rules.rateDecimals, rules.rateRounding),
    difference: result !== null && target !== null && !uneven ? result.minus(target) : null,
    // Met means the result reached the target exactly, not that a rounded rate shows 100.
    status: rate === null ? null : statusOf(kind, result!.gte(target!)),
    warning,
  };
}

function statusOf(kind: ResultKind, reached: boolean): Status {
  if (kind === 'partial') return 'in-progress';
  if (kind === 'estimate') return reached ? 'expected-met' : 'expected-missed';
  return reached ? 'met' : 'missed';
}
