/**
 * The yearly holidays of `<mes-holiday-calendar>`: their dates in a year, the next one from a day, which fall on
 * a date, and how a partner's holidays join the built-in ones. Plain functions, no DOM (the CLI uses them too, for
 * the holidays' schema.org events). The check of holiday content from outside is in check.ts.
 */
import type { HolidayContent, HolidaysContent } from '../../content/types.js';
import {
  compareDates,
  daysBetween,
  isValidDate,
  isValidMonthDay,
  type MonthDay,
  type PlainDate,
} from '../../core/date/plain-date.js';

/** The content of `<mes-holiday-calendar>`: the holidays block, and whether a partner's items add to the built-in ones. */
export interface HolidayCalendarContent extends HolidaysContent {
  /**
   * `true`: the partner's `items` are added to the built-in holidays (one with a built-in `id` replaces that
   * holiday). Absent or `false`: the partner's `items` replace the built-in list.
   */
  extend?: boolean;
}

/** The date of a yearly holiday in `year`; `null` when that day does not exist that year (29 February). */
export function occurrenceInYear(h: MonthDay, year: number): PlainDate | null {
  const d = { year, month: h.month, day: h.day };
  return isValidDate(d) ? d : null;
}

/**
 * The holiday's next date on or after `today`: `today` itself when the holiday is today; 29 February gives the
 * next leap year's. Throws a `RangeError` for a month/day that never exists (31 April).
 */
export function nextOccurrence(h: MonthDay, today: PlainDate): PlainDate {
  if (!isValidMonthDay(h.month, h.day)) throw new RangeError(`Invalid holiday date: ${h.month}/${h.day}`);
  const thisYear = occurrenceInYear(h, today.year);
  if (thisYear && compareDates(thisYear, today) >= 0) return thisYear;
  // Leap years are at most 8 years apart (1896 → 1904).
  for (let year = today.year + 1; ; year++) {
    const d = occurrenceInYear(h, year);
    if (d) return d;
  }
}

/** The soonest holiday on or after `today` (0 days when it is today). */
export interface NextHoliday<H> {
  holiday: H;
  date: PlainDate;
  /** Days from `today` to `date`; 0 for today. */
  days: number;
}

/**
 * The soonest of `holidays` on or after `today`; on a tie the first in the list wins. `null` for an empty list.
 * Holidays with a day that never exists are skipped.
 */
export function nextHoliday<H extends MonthDay>(holidays: readonly H[], today: PlainDate): NextHoliday<H> | null {
  let best: NextHoliday<H> | null = null;
  for (const holiday of holidays) {
    if (!isValidMonthDay(holiday.month, holiday.day)) continue;
    const date = nextOccurrence(holiday, today);
    const days = daysBetween(today, date);
    if (!best || days < best.days) best = { holiday, date, days };
  }
  return best;
}

/** The holidays that fall on `date` (29 February only in leap years), in list order. */
export function holidaysOn<H extends MonthDay>(holidays: readonly H[], date: PlainDate): H[] {
  return holidays.filter((h) => {
    const d = occurrenceInYear(h, date.year);
    return d !== null && d.month === date.month && d.day === date.day;
  });
}

/** Holidays in the order of the year (1 January first); holidays on the same day keep their order. */
export function sortByDayOfYear<H extends MonthDay>(holidays: readonly H[]): H[] {
  return [...holidays].sort((a, b) => a.month - b.month || a.day - b.day);
}

/**
 * The holidays shown: the `shown` list (the built-in one, or a partner's that replaced it), or with `extend` the
 * built-in list and the partner's together, where a partner's holiday with a built-in `id` takes that holiday's
 * place. Holidays whose day never exists are dropped; the result is in the order of the year.
 */
export function effectiveHolidays(
  builtIn: readonly HolidayContent[],
  shown: readonly HolidayContent[],
  extend: boolean,
): HolidayContent[] {
  let out: HolidayContent[];
  if (extend && shown !== builtIn) {
    const ids = new Set(shown.map((h) => h.id));
    out = [...builtIn.filter((h) => !ids.has(h.id)), ...shown];
  } else {
    out = [...shown];
  }
  return sortByDayOfYear(out.filter((h) => isValidMonthDay(h.month, h.day)));
}
