/**
 * A calendar date without time or zone, and what can be done with one: plain functions, no DOM, no Lit, no `Intl`.
 *
 * A calendar date is a {@link PlainDate} (`{ year, month, day }`, month 1–12), never a JS `Date` in local time:
 * date arithmetic goes through UTC midnights internally, so the visitor's own time zone can never shift a day.
 * Weekdays are ISO weekdays everywhere: 1 = Monday … 7 = Sunday.
 */

/** A calendar date without time or zone. `month` is 1–12, `day` 1–31. */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

/** A day of a month, without the year (a yearly holiday). */
export interface MonthDay {
  month: number;
  day: number;
}

/** An ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MS_PER_DAY = 86_400_000;

/** The number of days of `month` (1–12) in `year` (Gregorian, proleptic); 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return Number.isInteger(month) && month >= 1 && month <= 12
    ? fromUtcMs(toUtcMs({ year, month: month + 1, day: 0 })).day
    : 0;
}

/** Gregorian leap year (proleptic): divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

/** Whether `month`/`day` can be a yearly holiday: a day that exists in some year (29 February counts). */
export function isValidMonthDay(month: number, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(2000, month);
}

/** Whether `d` is a real date (integers, month 1–12, a day that exists in that month of that year). */
export function isValidDate(d: PlainDate): boolean {
  return Number.isInteger(d.year) && Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/**
 * Milliseconds of UTC midnight of `d`. `setUTCFullYear` rather than `Date.UTC`, which would read years 0–99 as
 * 1900–1999. Out-of-range months and days roll over, as `Date.UTC` does.
 */
export function toUtcMs(d: PlainDate): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return t.getTime();
}

/** The UTC date of an instant. */
export function fromUtcMs(ms: number): PlainDate {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Days since 1970-01-01 (negative before). */
function epochDay(d: PlainDate): number {
  return Math.round(toUtcMs(d) / MS_PER_DAY);
}

/** `n` in at least `width` digits, zeros in front (a minus sign before them): `pad(7, 2)` is "07". */
export function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** Parses a strict `YYYY-MM-DD` (four-digit year). Anything else, or a date that does not exist, gives `null`. */
export function parseIsoDate(s: string): PlainDate | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : null;
}

/** `YYYY-MM-DD` (the year padded to four digits). */
export function formatIsoDate(d: PlainDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** `d` plus `n` days (`n` may be negative). */
export function addDays(d: PlainDate, n: number): PlainDate {
  return fromUtcMs(toUtcMs(d) + Math.trunc(n) * MS_PER_DAY);
}

/** `d` plus `n` months, the day clamped to the end of the month: 31 January + 1 month = 28 (29) February. */
export function addMonths(d: PlainDate, n: number): PlainDate {
  const total = d.year * 12 + (d.month - 1) + Math.trunc(n);
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** `d` plus `n` years; 29 February becomes 28 February in a common year. */
export function addYears(d: PlainDate, n: number): PlainDate {
  return addMonths(d, Math.trunc(n) * 12);
}

/** Negative when `a` is before `b`, 0 when the same day, positive when after (a comparator for `sort`). */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether `a` and `b` are the same day. */
export function isSameDate(a: PlainDate, b: PlainDate): boolean {
  return compareDates(a, b) === 0;
}

/** Days from `a` to `b`: positive when `b` is after `a`. */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return epochDay(b) - epochDay(a);
}

/** The ISO weekday of `d`: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(d: PlainDate): IsoWeekday {
  const js = new Date(toUtcMs(d)).getUTCDay(); // 0 = Sunday
  return (js === 0 ? 7 : js) as IsoWeekday;
}
