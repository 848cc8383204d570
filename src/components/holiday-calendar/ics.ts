/**
 * An iCalendar (RFC 5545) writer for yearly holidays: one all-day VEVENT per holiday, repeating every year.
 * Plain functions, no DOM.
 *
 * - Lines end with CRLF, the last one too.
 * - Lines are folded at 75 octets (UTF-8 bytes, not characters: a Cyrillic letter is 2, an emoji 4), never
 *   inside a character; continuation lines begin with one space, which counts toward the 75.
 * - Text values escape `\`, `;`, `,` and write newlines as `\n`.
 * - UIDs are `<id>.<lang>@mes-components`: stable across runs and across changes of date or wording, one per
 *   holiday and language (so a calendar that imports the Russian and the English file keeps both, and importing
 *   the same file again updates the events instead of duplicating them).
 */

import { formatIsoDate, isValidMonthDay, pad } from '../../core/date/plain-date.js';
import { nextOccurrence } from './holidays.js';

/** A yearly holiday as the writer needs it (the shape of `HolidayContent`). */
export interface IcsHoliday {
  id: string;
  month: number;
  day: number;
  name: string;
  description?: string;
}

export interface IcsOptions {
  /** The language of the names, e.g. `ru`: written as the LANGUAGE parameter, in the UIDs and in the PRODID. */
  lang: string;
  /** The whole PRODID value; default `-//mes-components//Holidays//<LANG>` (the language uppercased). */
  prodId?: string;
  /** The instant written as DTSTAMP; default now. */
  now?: Date;
  /** Written as X-WR-CALNAME (the name calendar apps show for the imported calendar). */
  calendarName?: string;
  /** The first year of the events: each starts on its first date on or after 1 January of this year. */
  startYear: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD, 3 bytes, as TextEncoder does). */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (without its CRLF) into lines of at most 75 octets joined by CRLF + space, never
 * splitting a UTF-8 character. A line that fits is returned as it is.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/**
 * Escapes a TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, a newline (CRLF, CR or LF) → `\n`. Other control
 * characters, which TEXT may not hold, are dropped (a tab is kept).
 */
export function escapeText(s: string): string {
  let out = '';
  const text = s.replace(/\r\n?/g, '\n');
  for (const ch of text) {
    if (ch === '\\' || ch === ';' || ch === ',') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t' || (ch >= ' ' && ch !== '\u007f')) out += ch;
    // Other control characters are dropped.
  }
  return out;
}

/** An instant as a UTC DATE-TIME: `YYYYMMDDTHHMMSSZ`. */
export function formatUtcDateTime(d: Date): string {
  if (!Number.isFinite(d.getTime())) throw new RangeError('Invalid DTSTAMP date');
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}Z`
  );
}

/** The language tag, canonical (`ru`, `be`, `en-GB`); a `RangeError` for a tag that is not valid. */
function languageTag(lang: string): string {
  const tag = Intl.getCanonicalLocales(lang)[0];
  if (!tag) throw new RangeError(`Invalid language tag: ${lang}`);
  return tag;
}

/**
 * Writes an iCalendar file with one yearly all-day event per holiday, in the order given.
 * Throws a `RangeError` for an invalid language tag, a non-integer `startYear`, or a holiday whose day never
 * exists (31 April).
 */
export function buildIcs(holidays: readonly IcsHoliday[], options: IcsOptions): string {
  const lang = languageTag(options.lang);
  if (!Number.isInteger(options.startYear)) throw new RangeError(`Invalid startYear: ${options.startYear}`);
  const stamp = formatUtcDateTime(options.now ?? new Date());
  const start = { year: options.startYear, month: 1, day: 1 };

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId ?? `-//mes-components//Holidays//${lang.toUpperCase()}`)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);

  for (const h of holidays) {
    if (!isValidMonthDay(h.month, h.day)) {
      throw new RangeError(`Holiday "${h.id}" has a day that never exists: ${h.month}/${h.day}`);
    }
    const first = nextOccurrence(h, start);
    const leapDay = h.month === 2 && h.day === 29;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${h.id}.${lang.toLowerCase()}@mes-components`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${formatIsoDate(first).replace(/-/g, '')}`,
      // 29 February: only in leap years (RFC 5545 ignores the dates that do not exist).
      leapDay ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29' : 'RRULE:FREQ=YEARLY',
      `SUMMARY;LANGUAGE=${lang}:${escapeText(h.name)}`,
    );
    if (h.description) lines.push(`DESCRIPTION;LANGUAGE=${lang}:${escapeText(h.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }

  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A `data:` URL for a download link: `data:text/calendar;charset=utf-8,` and the text, percent-encoded. */
export function icsDataUrl(text: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
}
