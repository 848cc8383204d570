/**
 * How far through the strategy's period a given day is: plain functions, no DOM, no Lit.
 *
 * How years are counted: the period is made of whole calendar years, `startYear` … `endYear` inclusive
 * (2019–2030 is 12 years). On any day of the period, the years before the current one are complete, the current
 * one is under way, and it is counted as begun: `done = year − startYear + 1`. So on 1 January 2019 the strategy
 * is in its 1st year ("1 of 12 years"); in 2026 the years 2019–2025 are complete and the 8th is under way
 * ("8 of 12 years"); on 31 December 2030 it is in its 12th and last year ("12 of 12 years"); from 1 January 2031
 * it is completed. Before 1 January 2019 it has not started (`done = 0`). The day is a calendar date ("today" in
 * Minsk, from src/core/today.ts), never a `Date` in the visitor's time zone.
 */
import type { PlainDate } from '../../core/date/plain-date.js';

/** Where a day falls relative to the period. */
export type PeriodState = 'before' | 'during' | 'after';

/** Where a year of the period stands on a given day. */
export type YearStatus = 'past' | 'current' | 'future';

export interface PeriodYear {
  year: number;
  status: YearStatus;
}

export interface PeriodProgress {
  state: PeriodState;
  /** The number of calendar years in the period (`endYear − startYear + 1`). */
  total: number;
  /** The years begun so far, the current one included: 0 before the period, `total` after it. */
  done: number;
  /** The year under way, or `null` outside the period. */
  current: number | null;
  /** Every year of the period, in order, with its status. */
  years: PeriodYear[];
}

/**
 * How far through the period `startYear` … `endYear` (inclusive, whole calendar years) the day `today` is.
 * Only the year of `today` matters: a year is counted as begun from its 1 January.
 *
 * @throws RangeError when the years are not whole numbers or `endYear` is before `startYear`.
 */
export function periodProgress(startYear: number, endYear: number, today: PlainDate): PeriodProgress {
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear) || endYear < startYear) {
    throw new RangeError(`not a period of whole years: ${startYear}–${endYear}`);
  }
  const total = endYear - startYear + 1;
  const year = today.year;
  const state: PeriodState = year < startYear ? 'before' : year > endYear ? 'after' : 'during';
  const done = state === 'before' ? 0 : state === 'after' ? total : year - startYear + 1;
  const years = Array.from({ length: total }, (_, i): PeriodYear => {
    const y = startYear + i;
    return { year: y, status: y < year ? 'past' : y === year ? 'current' : 'future' };
  });
  return { state, total, done, current: state === 'during' ? year : null, years };
}

/** The longest period the timeline draws (in years). */
export const MAX_PERIOD_YEARS = 50;
