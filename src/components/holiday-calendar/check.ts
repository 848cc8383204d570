/** The check of `<mes-holiday-calendar>` content from outside (a chunk of its own: only pages that give content load it). */
import type { HolidayContent } from '../../content/types.js';
import { describedBy, integer, list, object, schemaOf, text, type Check } from '../../content/validate.js';
import { sourceCheck } from '../../content/source-check.js';
import { isValidMonthDay, pad } from '../../core/date/plain-date.js';
import type { HolidayCalendarContent } from './holidays.js';

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
      {
        if: { properties: { month: { enum: [4, 6, 9, 11] } } },
        then: { properties: { day: { type: 'integer', maximum: 30 } } },
      },
      { if: { properties: { month: { const: 2 } } }, then: { properties: { day: { type: 'integer', maximum: 29 } } } },
    ],
  }),
);

/**
 * The partner's list of holidays: entries that fail (an impossible date, a missing name…) are reported and
 * dropped; an entry without a usable `id` gets `holiday-MM-DD`; ids are made unique (`-2`, `-3`…).
 */
const holidayList: Check<HolidayContent[]> = (value, path, problems) => {
  const items = list(holidayItem)(value, path, problems);
  if (!items) return undefined;
  const seen = new Set<string>();
  return items.map((h) => {
    const base = h.id ?? `holiday-${pad(h.month!, 2)}-${pad(h.day!, 2)}`;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return { ...h, id } as HolidayContent;
  });
};
holidayList.schema = () => schemaOf(list(holidayItem));

/** The check of `<mes-holiday-calendar>` content: `{ title?, items?, extend? }`. */
export const holidayCalendarCheck: Check<Partial<HolidayCalendarContent>> = object<HolidayCalendarContent>({
  source: sourceCheck,
  title: text,
  items: holidayList,
  extend: flag,
});
