/**
 * The pure logic of `<mes-holiday-calendar>` that `dates.ts` and `ics.ts` do not cover: which date a key of
 * the WAI-ARIA date grid moves to, which holidays fall on a date, how a partner's holidays join the built-in
 * ones, and the check of holiday content from outside. Plain functions, no DOM.
 */

import type { HolidayContent, HolidaysContent } from '../../content/types.js';
import { describedBy, integer, list, object, schemaOf, text, type Check } from '../../content/validate.js';
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
} from './dates.js';

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

/** `true` or `false`. */
const flag: Check<boolean> = (value, path, problems) => {
  if (typeof value === 'boolean') return value;
  problems.push(`${path || 'value'}: expected true or false, got ${value === null ? 'null' : typeof value}`);
  return undefined;
};
flag.schema = () => ({ type: 'boolean' });

/** An identifier for iCalendar UIDs and `data-holiday`: letters, digits, `-`, `_` and `.`. */
const identifier: Check<string> = (value, path, problems) => {
  const s = text(value, path, problems);
  if (s === undefined) return undefined;
  if (!/^[A-Za-z0-9._-]+$/.test(s)) {
    problems.push(`${path}: use only Latin letters, digits, "-", "_" and "." (an id is made from the date instead)`);
    return undefined;
  }
  return s;
};
identifier.schema = () => ({ type: 'string', pattern: '^[A-Za-z0-9._-]+$' });

/** One holiday: `month`, `day` and `name` required; the day must exist in that month (29 February does). */
const holidayItem = describedBy(
  object<HolidayContent>(
    { id: identifier, month: integer(1, 12), day: integer(1, 31), name: text, description: text },
    ['month', 'day', 'name'],
    (h, path, problems) => {
      if (isValidMonthDay(h.month!, h.day!)) return true;
      problems.push(`${path || 'item'}: month ${h.month} has no day ${h.day}, so the holiday is skipped`);
      return false;
    },
  ),
  // The same rule for editors: April, June, September and November have 30 days; February 29 (kept in leap years).
  (own) => ({
    ...own,
    allOf: [
      { if: { properties: { month: { enum: [4, 6, 9, 11] } } }, then: { properties: { day: { type: 'integer', maximum: 30 } } } },
      { if: { properties: { month: { const: 2 } } }, then: { properties: { day: { type: 'integer', maximum: 29 } } } },
    ],
  }),
);

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The partner's list of holidays: entries that fail (an impossible date, a missing name…) are reported and
 * dropped; an entry without a usable `id` gets `holiday-MM-DD`; ids are made unique (`-2`, `-3`…).
 */
const holidayList: Check<HolidayContent[]> = (value, path, problems) => {
  const items = list(holidayItem)(value, path, problems);
  if (!items) return undefined;
  const seen = new Set<string>();
  return items.map((h) => {
    const base = h.id ?? `holiday-${pad2(h.month!)}-${pad2(h.day!)}`;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return { ...h, id } as HolidayContent;
  });
};
holidayList.schema = () => schemaOf(list(holidayItem));

/** The check of `<mes-holiday-calendar>` content: `{ title?, items?, extend? }`. */
export const holidayCalendarCheck: Check<Partial<HolidayCalendarContent>> = object<HolidayCalendarContent>({
  title: text,
  items: holidayList,
  extend: flag,
});
