/**
 * The month grid of `<mes-holiday-calendar>`: which weekday a language starts the week on, the weekdays in display
 * order, the weeks that cover a month, and the ends of a week (the Home and End keys). Plain functions, no DOM.
 */
import { memo } from '../../core/memo.js';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  type IsoWeekday,
  type PlainDate,
} from '../../core/date/plain-date.js';

interface WeekInfo {
  firstDay?: number;
}
interface LocaleWithWeekInfo extends Intl.Locale {
  getWeekInfo?: () => WeekInfo;
  readonly weekInfo?: WeekInfo;
}

/**
 * The first day of the week for `lang` as an ISO weekday, from `Intl.Locale#getWeekInfo()` or the older
 * `weekInfo` getter; Monday (1) where the browser has neither (Firefox) or the tag is not valid.
 * be and ru give Monday; en gives Sunday (7) in Chromium.
 */
export function weekStart(lang: string): IsoWeekday {
  return memo(`week|${lang}`, () => {
    try {
      const locale = new Intl.Locale(lang) as LocaleWithWeekInfo;
      const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
      const first = info?.firstDay;
      if (typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= 7) return first as IsoWeekday;
    } catch {
      // An invalid language tag: fall through to Monday.
    }
    return 1;
  });
}

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
