/**
 * The library's own date code for Node (built as dist/date.js): the CLI (bin/render.js) reads and writes dates,
 * finds "today" in Minsk and dates the holidays' schema.org events with the functions the elements use, not with
 * copies of them. No DOM and no Lit.
 */
export { formatIsoDate, isValidMonthDay, parseIsoDate, type MonthDay, type PlainDate } from './core/date/plain-date.js';
export { DEFAULT_TIME_ZONE, todayInZone } from './core/date/zone.js';
export { nextOccurrence } from './components/holiday-calendar/holidays.js';
