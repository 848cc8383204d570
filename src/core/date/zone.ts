/**
 * "Today" where the holidays are kept: the calendar date in an explicit IANA time zone (Europe/Minsk by default)
 * at an instant, and when that date next changes. The only date code that deals with instants; it reads the wall
 * clock of the zone through `Intl.DateTimeFormat`, never the visitor's own zone. No DOM: Node runs it too.
 */
import { memo } from '../memo.js';
import { compareDates, MS_PER_DAY, type PlainDate } from './plain-date.js';

/** The zone the ministry's holidays are kept in: Belarus, UTC+3 all year. */
export const DEFAULT_TIME_ZONE = 'Europe/Minsk';

/** A formatter that gives the wall-clock date in `timeZone`, in Latin digits and the Gregorian calendar. */
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  const make = () =>
    new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      era: 'short',
    });
  return memo(`zone|${timeZone}`, make);
}

/** Whether `tz` is a time zone this engine's `Intl` knows (an IANA name such as `Europe/Minsk`, or `UTC`). */
export function isValidTimeZone(tz: string): boolean {
  try {
    return typeof tz === 'string' && tz !== '' && !!zoneFormat(tz);
  } catch {
    return false;
  }
}

/**
 * The calendar date in `timeZone` at instant `now`, whatever the visitor's own zone is.
 * Throws a `RangeError` for a time zone `Intl` does not know (check with {@link isValidTimeZone}).
 */
export function todayInZone(timeZone: string = DEFAULT_TIME_ZONE, now: Date | number = new Date()): PlainDate {
  const fields: Record<string, string> = {};
  // An invalid instant throws a RangeError here.
  for (const part of zoneFormat(timeZone).formatToParts(now)) fields[part.type] = part.value;
  const year = Number(fields['year']);
  // Before year 1 the formatter counts years "BC": 1 BC is ISO year 0.
  return {
    year: fields['era'] === 'BC' || fields['era'] === 'B' ? 1 - year : year,
    month: Number(fields['month']),
    day: Number(fields['day']),
  };
}

/**
 * Milliseconds from `now` until the calendar date in `timeZone` next changes: its next midnight, or whatever
 * instant starts the next day where a clock change skips or repeats midnight. Always > 0: at exactly midnight it
 * is a full day. For Europe/Minsk (UTC+3, no DST) that is the next 21:00 UTC.
 *
 * The first instant of a later date is searched for, to the millisecond, within two days (a date lasts 25 hours at
 * most): about 28 readings of the date, once a day, rather than arithmetic on offsets that clock changes break.
 */
export function msUntilNextMidnight(timeZone: string = DEFAULT_TIME_ZONE, now: Date | number = new Date()): number {
  const t = +now;
  const today = todayInZone(timeZone, t);
  const isLater = (ms: number) => compareDates(todayInZone(timeZone, ms), today) > 0;
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
