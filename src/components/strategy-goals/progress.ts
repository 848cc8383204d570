/**
 * How far through the strategy's period a given day is: plain functions, no DOM, no Lit.
 *
 * A day is a {@link CalendarDate} (`{ year, month, day }`, month 1–12), never a `Date` in the visitor's time zone.
 * Only {@link todayInZone} deals with an instant, and it reads the calendar date in an explicit IANA time zone
 * (Europe/Minsk by default) through `Intl.DateTimeFormat#formatToParts`.
 *
 * How years are counted: the period is made of whole calendar years, `startYear` … `endYear` inclusive
 * (2019–2030 is 12 years). On any day of the period, the years before the current one are complete, the current
 * one is under way, and it is counted as begun: `done = year − startYear + 1`. So on 1 January 2019 the strategy
 * is in its 1st year ("1 of 12 years"); in 2026 the years 2019–2025 are complete and the 8th is under way
 * ("8 of 12 years"); on 31 December 2030 it is in its 12th and last year ("12 of 12 years"); from 1 January 2031
 * it is completed. Before 1 January 2019 it has not started (`done = 0`).
 */

/** A calendar date without time or zone. `month` is 1–12, `day` 1–31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Belarus: UTC+3 all year. The strategy's "today" is the date in Minsk, whatever the visitor's zone. */
export const MINSK_TIME_ZONE = 'Europe/Minsk';

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

/** Gregorian leap year: divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of `month` (1–12) in `year`; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO calendar date `YYYY-MM-DD` (exactly that form: four-digit year, two-digit month and day) that
 * exists in the calendar. Returns `null` for anything else: `"2026-02-30"`, `"2023-02-29"`, `"2026-2-3"`,
 * `"tomorrow"`, `"2026-01-01T00:00"`, `""`.
 */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `YYYY-MM-DD`. */
export function formatIsoDate(d: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** The calendar date of the instant `now` in `timeZone` (default: Europe/Minsk), never in the visitor's own zone. */
export function todayInZone(timeZone: string = MINSK_TIME_ZONE, now: Date = new Date()): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * How far through the period `startYear` … `endYear` (inclusive, whole calendar years) the day `today` is.
 * Only the year of `today` matters: a year is counted as begun from its 1 January.
 *
 * @throws RangeError when the years are not whole numbers or `endYear` is before `startYear`.
 */
export function periodProgress(startYear: number, endYear: number, today: CalendarDate): PeriodProgress {
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
