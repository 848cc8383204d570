/**
 * The month grid of `<mes-holiday-calendar>`: the first day of the week (Monday), the weekdays in display order,
 * the weeks that cover a month, and the ends of a week (the Home and End keys). Plain functions, no DOM.
 */
import {
  addDays,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  type IsoWeekday,
  type PlainDate,
} from '../../core/date/plain-date.js';

/**
 * The first day of the week, an ISO weekday: Monday, in every language. The calendar is a Belarusian ministry's,
 * and Belarus starts the week on Monday whatever the reader's language (English too).
 */
export const WEEK_START: IsoWeekday = 1;

/** The 7 ISO weekdays in display order, starting with `firstDay`. */
export function weekdayOrder(firstDay: number): IsoWeekday[] {
  const first = normalizeWeekday(firstDay);
  return Array.from({ length: 7 }, (_, i) => (((first - 1 + i) % 7) + 1) as IsoWeekday);
}

function normalizeWeekday(n: number): IsoWeekday {
  return Number.isInteger(n) && n >= 1 && n <= 7 ? (n as IsoWeekday) : 1;
}

/** The first day of the week (display order starting on `firstDay`) that contains `d`: the Home key. */
export function weekStartOf(d: PlainDate, firstDay: number): PlainDate {
  const back = (dayOfWeek(d) - normalizeWeekday(firstDay) + 7) % 7;
  return addDays(d, -back);
}

/** The last day of the week (display order starting on `firstDay`) that contains `d`: the End key. */
export function weekEndOf(d: PlainDate, firstDay: number): PlainDate {
  return addDays(weekStartOf(d, firstDay), 6);
}

/**
 * The weeks (rows of 7 days) that cover `month` of `year`, each starting on `firstDay`, with the leading and
 * trailing days of the neighbouring months (callers mark those as outside: `d.month !== month`).
 * 4 to 6 rows, only as many as the month needs.
 */
export function monthGrid(year: number, month: number, firstDay: number): PlainDate[][] {
  const first = { year, month, day: 1 };
  const last = { year, month, day: daysInMonth(year, month) };
  const start = weekStartOf(first, firstDay);
  const rows = Math.ceil((daysBetween(start, last) + 1) / 7);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: 7 }, (_, c) => addDays(start, r * 7 + c)));
}
