/**
 * The pure logic of `<mes-holiday-calendar>` that `dates.ts` and `ics.ts` do not cover: which date a key of
 * the WAI-ARIA date grid moves to, which holidays fall on a date, how a partner's holidays join the built-in
 * ones. Plain functions, no DOM. (The check of holiday content from outside is in check.ts.)
 */

import type { HolidayContent, HolidaysContent } from '../../content/types.js';
import {
  addDays,
  addMonths,
  addYears,
  isValidMonthDay,
  occurrenceInYear,
  weekEndOf,
  weekStartOf,
  type MonthDay,
  type PlainDate,
} from '../../core/dates.js';

/* ------------------------------------------------------------------------------------------------------------ */
/* Keyboard                                                                                                     */
/* ------------------------------------------------------------------------------------------------------------ */

/** The keys of the date grid and what a press does, as in the WAI-ARIA Authoring Practices date picker. */
export interface GridKey {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The date that a key press moves the grid's focus to, or `null` when the key is not a grid navigation key:
 * ArrowLeft/ArrowRight ±1 day, ArrowUp/ArrowDown ±1 week, Home/End the first/last day of the week (the week
 * starts on `firstDay`, an ISO weekday), PageUp/PageDown ±1 month and Shift+PageUp/Shift+PageDown ±1 year (the
 * day clamped to the end of a shorter month). Keys held with Alt, Ctrl or Meta are left to the browser.
 */
export function dateForKey(from: PlainDate, event: GridKey, firstDay: number): PlainDate | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowLeft':
      return addDays(from, -1);
    case 'ArrowRight':
      return addDays(from, 1);
    case 'ArrowUp':
      return addDays(from, -7);
    case 'ArrowDown':
      return addDays(from, 7);
    case 'Home':
      return weekStartOf(from, firstDay);
    case 'End':
      return weekEndOf(from, firstDay);
    case 'PageUp':
      return event.shiftKey ? addYears(from, -1) : addMonths(from, -1);
    case 'PageDown':
      return event.shiftKey ? addYears(from, 1) : addMonths(from, 1);
    default:
      return null;
  }
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Holidays                                                                                                     */
/* ------------------------------------------------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------------------------------------------------ */
/* Content from outside                                                                                         */
/* ------------------------------------------------------------------------------------------------------------ */

/** The content of `<mes-holiday-calendar>`: the holidays block, and whether a partner's items add to the built-in ones. */
export interface HolidayCalendarContent extends HolidaysContent {
  /**
   * `true`: the partner's `items` are added to the built-in holidays (one with a built-in `id` replaces that
   * holiday). Absent or `false`: the partner's `items` replace the built-in list.
   */
  extend?: boolean;
}
