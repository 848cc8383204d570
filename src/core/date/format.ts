/**
 * Dates in words, through `Intl`: the day and month, the full date, the month and year, weekday names and "in 5
 * days". Each function takes the language to write in as a {@link DateLocale}: an element passes the content it
 * shows, so that dates are in the language of the text around them, with that content's words for dates where the
 * engine's `Intl` lacks the language.
 *
 * Belarusian without Intl data: Chrome's ICU data holds only the languages of Chrome's own interface, and
 * Belarusian is not one of them: there `Intl.DateTimeFormat('be')` and `Intl.RelativeTimeFormat('be')` quietly
 * fall back to the browser's language (English). Firefox and Safari have it. Where the engine lacks it, the
 * Belarusian content's CLDR words (`dateWords`) are used instead.
 */
import type { DateWords } from '../../content/types.js';
import { memo } from '../memo.js';
import { dayOfWeek, fromUtcMs, toUtcMs, type MonthDay, type PlainDate } from './plain-date.js';

/** The language to write dates in, and its words for dates where `Intl` may lack it (an element's content). */
export interface DateLocale {
  lang: string;
  dateWords?: DateWords | undefined;
}

/** `lang` if `Intl` accepts it, else English (the library's fallback language). */
function canonical(lang: string): string {
  return memo(`locale|${lang}`, () => {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

/** The locale's own words when it has some and this engine's `Intl[api]` lacks its language; else `undefined`. */
function wordsWithoutIntl(
  { lang, dateWords }: DateLocale,
  api: 'DateTimeFormat' | 'RelativeTimeFormat',
): DateWords | undefined {
  if (!dateWords) return undefined;
  const tag = canonical(lang);
  return memo(`${api}|${tag}`, () => Intl[api].supportedLocalesOf([tag]).length === 0) ? dateWords : undefined;
}

/** CLDR's Belarusian plural category of a count (the only words for dates the library carries are Belarusian). */
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
  const make = () => new Intl.DateTimeFormat(canonical(lang), { ...options, timeZone: 'UTC' });
  return memo(`date|${lang}|${JSON.stringify(options)}`, make);
}

/**
 * "today", "tomorrow", "in 55 days" (en); "сегодня", "завтра", "через 5 дней" (ru); "сёння", "заўтра",
 * "праз 5 дзён" (be). Negative `days` give the past ("yesterday").
 */
export function relativeDays(days: number, locale: DateLocale): string {
  const words = wordsWithoutIntl(locale, 'RelativeTimeFormat');
  if (words && Number.isFinite(days)) {
    const word = words.days[String(days === 0 ? 0 : days)];
    if (word) return word;
    const abs = Math.abs(days);
    const pattern = (days < 0 ? words.past : words.future)[belarusianPlural(abs)];
    return pattern.replace('{0}', belarusianNumber(abs));
  }
  const { lang } = locale;
  return memo(`relative|${lang}`, () => new Intl.RelativeTimeFormat(canonical(lang), { numeric: 'auto' })).format(
    days,
    'day',
  );
}

/**
 * The day and month in words: "January 19" (en), "19 января" (ru), "19 студзеня" (be).
 * Without a year, a leap year is used so that 29 February can be written.
 */
export function formatMonthDay(d: PlainDate | MonthDay, locale: DateLocale): string {
  const date = { year: 'year' in d ? d.year : 2000, month: d.month, day: d.day };
  const words = wordsWithoutIntl(locale, 'DateTimeFormat');
  if (words) {
    const x = fromUtcMs(toUtcMs(date));
    return `${x.day} ${words.monthsFormat[x.month - 1]}`;
  }
  return dateFormat(locale.lang, { month: 'long', day: 'numeric' }).format(toUtcMs(date));
}

/**
 * The full date with weekday, for a grid cell's accessible name: "Monday, January 19, 2026",
 * "понедельник, 19 января 2026 г.", "панядзелак, 19 студзеня 2026 г.".
 */
export function formatFullDate(d: PlainDate, locale: DateLocale): string {
  const words = wordsWithoutIntl(locale, 'DateTimeFormat');
  if (words) {
    const x = fromUtcMs(toUtcMs(d));
    return `${words.weekdays.long[dayOfWeek(x) - 1]}, ${x.day} ${words.monthsFormat[x.month - 1]} ${x.year} г.`;
  }
  return dateFormat(locale.lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    toUtcMs(d),
  );
}

/**
 * The date in words, without weekday: "December 4, 2026", "4 декабря 2026 г.", "4 снежня 2026 г.".
 */
export function formatDate(d: PlainDate, locale: DateLocale): string {
  const words = wordsWithoutIntl(locale, 'DateTimeFormat');
  if (words) {
    const x = fromUtcMs(toUtcMs(d));
    return `${x.day} ${words.monthsFormat[x.month - 1]} ${x.year} г.`;
  }
  return dateFormat(locale.lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(toUtcMs(d));
}

/**
 * The month and year for the grid caption, the month in the nominative, with a capital letter:
 * "January 2026", "Январь 2026", "Студзень 2026". Literal text before the first and after the last field
 * (Russian's " г.") is dropped.
 */
export function formatMonthYear(year: number, month: number, locale: DateLocale): string {
  const { lang } = locale;
  const date = fromUtcMs(toUtcMs({ year, month, day: 1 }));
  const words = wordsWithoutIntl(locale, 'DateTimeFormat');
  if (words) {
    return capitalize(`${words.monthsStandalone[date.month - 1]} ${date.year}`, lang);
  }
  const parts = dateFormat(lang, { month: 'long', year: 'numeric' }).formatToParts(toUtcMs(date));
  const isField = (p: Intl.DateTimeFormatPart) => p.type !== 'literal';
  const first = parts.findIndex(isField);
  const last = parts.length - 1 - [...parts].reverse().findIndex(isField);
  const text =
    first < 0
      ? parts.map((p) => p.value).join('')
      : parts
          .slice(first, last + 1)
          .map((p) => p.value)
          .join('');
  return capitalize(text.trim(), lang);
}

function capitalize(s: string, lang: string): string {
  const code = s.codePointAt(0);
  if (code === undefined) return s;
  const first = String.fromCodePoint(code);
  return first.toLocaleUpperCase(canonical(lang)) + s.slice(first.length);
}

/**
 * The names of the weekdays indexed by ISO weekday: `names[1]` is Monday … `names[7]` Sunday (`names[0]` is '').
 * `width` as in `Intl.DateTimeFormat`'s `weekday` option.
 */
export function weekdayNames(locale: DateLocale, width: 'short' | 'long' | 'narrow' = 'short'): string[] {
  const words = wordsWithoutIntl(locale, 'DateTimeFormat');
  if (words) return ['', ...words.weekdays[width]];
  const f = dateFormat(locale.lang, { weekday: width });
  // 2024-01-01 is a Monday.
  return ['', ...Array.from({ length: 7 }, (_, i) => f.format(toUtcMs({ year: 2024, month: 1, day: 1 + i })))];
}
