/**
 * Calendar-date logic for the holiday calendar: plain functions, no DOM, no Lit.
 *
 * A calendar date is a {@link PlainDate} (`{ year, month, day }`, month 1–12), never a JS `Date` in local time:
 * date arithmetic goes through UTC midnights internally, so the visitor's own time zone can never shift a day.
 * Only {@link todayInZone} and {@link msUntilNextMidnight} deal with instants, and they read the date in an
 * explicit IANA time zone (Europe/Minsk by default) through `Intl.DateTimeFormat`.
 *
 * Weekdays are ISO weekdays everywhere: 1 = Monday … 7 = Sunday.
 */
import { belarusianDateWords } from '../content/store.js';
import { memo } from './memo.js';
import type { DateWords } from '../content/types.js';

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

/** The zone the ministry's holidays are kept in: Belarus, UTC+3 all year. */
export const DEFAULT_TIME_ZONE = 'Europe/Minsk';

const MS_PER_DAY = 86_400_000;

/* ------------------------------------------------------------------------------------------------------------ */
/* Basic calendar arithmetic                                                                                    */
/* ------------------------------------------------------------------------------------------------------------ */

/** Gregorian leap year (proleptic): divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The number of days of `month` (1–12) in `year`; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
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
function toUtcMs(d: PlainDate): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return t.getTime();
}

function fromUtcMs(ms: number): PlainDate {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Days since 1970-01-01 (negative before). */
function epochDay(d: PlainDate): number {
  return Math.round(toUtcMs(d) / MS_PER_DAY);
}

function pad(n: number, width: number): string {
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

/* ------------------------------------------------------------------------------------------------------------ */
/* Time zones: "today" where the holidays are kept                                                              */
/* ------------------------------------------------------------------------------------------------------------ */

/** Whether `tz` is a time zone this browser's `Intl` knows (an IANA name such as `Europe/Minsk`, or `UTC`). */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A formatter that gives the wall-clock date and time in `timeZone`, in Latin digits and the Gregorian calendar. */
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  const make = () =>
    new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
  return memo(`zone|${timeZone}`, make);
}

/** Wall-clock fields in `timeZone` at instant `ms` (whole seconds). */
function wallClock(timeZone: string, ms: number): PlainDate & { hour: number; minute: number; second: number } {
  const fields: Record<string, string> = {};
  for (const part of zoneFormat(timeZone).formatToParts(ms)) fields[part.type] = part.value;
  let year = Number(fields['year']);
  // Before year 1 the formatter counts years "BC": 1 BC is ISO year 0.
  if (fields['era'] === 'BC' || fields['era'] === 'B') year = 1 - year;
  return {
    year,
    month: Number(fields['month']),
    day: Number(fields['day']),
    // Some engines wrote midnight as "24" with h23 in the past.
    hour: Number(fields['hour']) % 24,
    minute: Number(fields['minute']),
    second: Number(fields['second']),
  };
}

function toMs(now: Date | number): number {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant');
  return ms;
}

/**
 * The calendar date in `timeZone` at instant `now`, whatever the visitor's own zone is.
 * Throws a `RangeError` for a time zone `Intl` does not know (check with {@link isValidTimeZone}).
 */
export function todayInZone(timeZone: string = DEFAULT_TIME_ZONE, now: Date | number = new Date()): PlainDate {
  const { year, month, day } = wallClock(timeZone, toMs(now));
  return { year, month, day };
}

/** The zone's offset from UTC in milliseconds at instant `ms` (positive east of Greenwich). */
function zoneOffset(timeZone: string, ms: number): number {
  const w = wallClock(timeZone, ms);
  const wallMs = toUtcMs(w) + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return wallMs - wholeSecond;
}

/**
 * Milliseconds from `now` until the calendar date in `timeZone` next changes (its next midnight, or whatever
 * instant starts the next day where a daylight-saving change skips midnight). Always > 0: at exactly midnight
 * it is a full day. For Europe/Minsk (UTC+3, no DST) that is the next 21:00 UTC.
 */
export function msUntilNextMidnight(timeZone: string = DEFAULT_TIME_ZONE, now: Date | number = new Date()): number {
  const t = toMs(now);
  const today = todayInZone(timeZone, t);
  const isLater = (ms: number) => compareDates(todayInZone(timeZone, ms), today) > 0;
  const midnight = toUtcMs(addDays(today, 1));

  // Midnight in local wall-clock time, converted with the offset at now, then with the offset at that guess.
  let guess = midnight - zoneOffset(timeZone, t);
  guess = midnight - zoneOffset(timeZone, guess);
  if (guess > t && isLater(guess) && !isLater(guess - 1)) return guess - t;

  // Midnight is skipped or repeated by a clock change: search for the first instant of a later date.
  let lo = t; // not later
  let hi = t + 2 * MS_PER_DAY;
  if (!isLater(hi)) return MS_PER_DAY; // cannot happen with real zones; keep a timer going anyway
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (isLater(mid)) hi = mid;
    else lo = mid;
  }
  return hi - t;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Yearly holidays                                                                                              */
/* ------------------------------------------------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------------------------------------------------ */
/* The month grid                                                                                               */
/* ------------------------------------------------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------------------------------------------------ */
/* Words: Intl formatting                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

/** `lang` if `Intl` accepts it, else English (the library's fallback language). */
function locale(lang: string): string {
  return memo(`locale|${lang}`, () => {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

/*
 * Belarusian without Intl data. Chrome's ICU data holds only the languages of Chrome's own interface, and
 * Belarusian is not one of them: there `Intl.DateTimeFormat('be')` and `Intl.RelativeTimeFormat('be')` quietly
 * fall back to the browser's language (English). Firefox and Safari have it. Where the engine lacks it, CLDR's
 * Belarusian words are used instead (`DateWords`, in the Belarusian content chunk: they load with it).
 */
/**
 * The Belarusian words for dates when `lang` is Belarusian and this engine's `Intl.DateTimeFormat` (or
 * `RelativeTimeFormat`) lacks it, once the Belarusian content is loaded; otherwise `undefined` (use `Intl`).
 */
function belarusianWithoutIntl(lang: string, api: 'DateTimeFormat' | 'RelativeTimeFormat'): DateWords | undefined {
  const tag = locale(lang);
  if (tag.split('-')[0]?.toLowerCase() !== 'be') return undefined;
  const missing = memo(`${api}|${tag}`, () => Intl[api].supportedLocalesOf([tag]).length === 0);
  return missing ? belarusianDateWords() : undefined;
}

/** CLDR's Belarusian plural category of a count. */
function belarusianPlural(n: number): 'one' | 'few' | 'many' | 'other' {
  if (!Number.isInteger(n)) return 'other';
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'one';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
  return 'many';
}

/** A number as Belarusian writes it: "1096", "10 000" (no-break space from five digits), "1,5". */
function belarusianNumber(n: number): string {
  const [int = '0', frac] = String(Math.round(n * 1000) / 1000).split('.');
  const grouped = int.length >= 5 ? int.replace(/\B(?=(\d{3})+$)/g, '\u00a0') : int;
  return frac ? `${grouped},${frac}` : grouped;
}

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const make = () => new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' });
  return memo(`date|${lang}|${JSON.stringify(options)}`, make);
}

/**
 * "today", "tomorrow", "in 55 days" (en); "сегодня", "завтра", "через 5 дней" (ru); "сёння", "заўтра",
 * "праз 5 дзён" (be). Negative `days` give the past ("yesterday").
 */
export function relativeDays(days: number, lang: string): string {
  const BE = belarusianWithoutIntl(lang, 'RelativeTimeFormat');
  if (BE && Number.isFinite(days)) {
    const word = BE.days[String(days === 0 ? 0 : days)];
    if (word) return word;
    const abs = Math.abs(days);
    const pattern = (days < 0 ? BE.past : BE.future)[belarusianPlural(abs)];
    return pattern.replace('{0}', belarusianNumber(abs));
  }
  return memo(`relative|${lang}`, () => new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' })).format(days, 'day');
}

/**
 * The day and month in words: "January 19" (en), "19 января" (ru), "19 студзеня" (be).
 * Without a year, a leap year is used so that 29 February can be written.
 */
export function formatMonthDay(d: PlainDate | MonthDay, lang: string): string {
  const date = { year: 'year' in d ? d.year : 2000, month: d.month, day: d.day };
  const BE = belarusianWithoutIntl(lang, 'DateTimeFormat');
  if (BE) {
    const x = fromUtcMs(toUtcMs(date));
    return `${x.day} ${BE.monthsFormat[x.month - 1]}`;
  }
  return dateFormat(lang, { month: 'long', day: 'numeric' }).format(toUtcMs(date));
}

/**
 * The full date with weekday, for a grid cell's accessible name: "Monday, January 19, 2026",
 * "понедельник, 19 января 2026 г.", "панядзелак, 19 студзеня 2026 г.".
 */
export function formatFullDate(d: PlainDate, lang: string): string {
  const BE = belarusianWithoutIntl(lang, 'DateTimeFormat');
  if (BE) {
    const x = fromUtcMs(toUtcMs(d));
    return `${BE.weekdays.long[dayOfWeek(x) - 1]}, ${x.day} ${BE.monthsFormat[x.month - 1]} ${x.year} г.`;
  }
  return dateFormat(lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(toUtcMs(d));
}

/**
 * The month and year for the grid caption, the month in the nominative, with a capital letter:
 * "January 2026", "Январь 2026", "Студзень 2026". Literal text before the first and after the last field
 * (Russian's " г.") is dropped.
 */
export function formatMonthYear(year: number, month: number, lang: string): string {
  const date = fromUtcMs(toUtcMs({ year, month, day: 1 }));
  const BE = belarusianWithoutIntl(lang, 'DateTimeFormat');
  if (BE) {
    return capitalize(`${BE.monthsStandalone[date.month - 1]} ${date.year}`, lang);
  }
  const parts = dateFormat(lang, { month: 'long', year: 'numeric' }).formatToParts(toUtcMs(date));
  const isField = (p: Intl.DateTimeFormatPart) => p.type !== 'literal';
  const first = parts.findIndex(isField);
  const last = parts.length - 1 - [...parts].reverse().findIndex(isField);
  const text = first < 0 ? parts.map((p) => p.value).join('') : parts.slice(first, last + 1).map((p) => p.value).join('');
  return capitalize(text.trim(), lang);
}

function capitalize(s: string, lang: string): string {
  const code = s.codePointAt(0);
  if (code === undefined) return s;
  const first = String.fromCodePoint(code);
  return first.toLocaleUpperCase(locale(lang)) + s.slice(first.length);
}

/**
 * The names of the weekdays indexed by ISO weekday: `names[1]` is Monday … `names[7]` Sunday (`names[0]` is '').
 * `width` as in `Intl.DateTimeFormat`'s `weekday` option.
 */
export function weekdayNames(lang: string, width: 'short' | 'long' | 'narrow' = 'short'): string[] {
  const BE = belarusianWithoutIntl(lang, 'DateTimeFormat');
  if (BE) return ['', ...BE.weekdays[width]];
  const f = dateFormat(lang, { weekday: width });
  // 2024-01-01 is a Monday.
  return ['', ...Array.from({ length: 7 }, (_, i) => f.format(toUtcMs({ year: 2024, month: 1, day: 1 + i })))];
}
