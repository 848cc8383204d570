/**
 * Server rendering of mes-components (Node): an element as static HTML, its shadow root written as declarative
 * shadow DOM with @lit-labs/ssr, readable with JavaScript off and by search engines, followed by schema.org
 * JSON-LD about the ministry (and its holidays, for the elements that show them).
 *
 * On a page, the library takes the static HTML over when it loads: dist/cdn/mes-components-hydrate.js
 * (or `@lit-labs/ssr-client/lit-element-hydrate-support.js` imported before mes-components) hydrates it in place.
 *
 * Used by `npm run build` (scripts/prerender.mjs, dist/static/) and by `mes-components render` (bin/).
 */
// The DOM shim must be in place before Lit and the elements are loaded.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const library = await import('../dist/index.js');
/** The library's registry of its elements and languages (src/elements.ts). */
const registry = await import('../dist/elements.js');

/** The built-in content in a language (the library's `loadContent`). */
export const loadContent = (lang) => library.loadContent(lang);

/** The elements, in the order of the README (the library's registry, src/elements.ts). */
export const TAGS = Object.freeze([...registry.TAGS]);

/** The languages. */
export const LANGS = Object.freeze([...registry.LANGS]);

/** The elements that show the holidays (their static HTML carries an `Event` for each). */
const HOLIDAY_TAGS = new Set(registry.ELEMENTS.filter((e) => e.holidays).map((e) => e.tag));

/** The elements that depend on the date (they get `prerendered-today`). */
const DATED_TAGS = new Set(registry.ELEMENTS.filter((e) => e.dated).map((e) => e.tag));

/** Belarus, in each language (the holidays' location). */
const BELARUS = { be: 'Беларусь', ru: 'Беларусь', en: 'Belarus' };

/** The time zone of "today". */
export const TIME_ZONE = 'Europe/Minsk';

/** Whether `s` is a date that exists, written `YYYY-MM-DD`. */
export function isIsoDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(s));
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Today's date in Minsk, `YYYY-MM-DD`. */
export function todayInMinsk(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The first date on or after `today` (`YYYY-MM-DD`) that falls on `month`/`day` (29 February: in a leap year). */
export function nextOccurrence(month, day, today) {
  const [year] = today.split('-').map(Number);
  for (let y = year; y <= year + 8; y++) {
    const date = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isIsoDate(date) && date >= today) return date;
  }
  return null;
}

/** JSON for a `<script>` element: `<`, `>` and `&` escaped, so that no text in it can end the script or open a comment. */
export function scriptJson(value) {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The schema.org description of what an element shows: the ministry (`GovernmentOrganization`) and, for the
 * elements that show the holidays, an `Event` for each holiday on its next date from `today`, repeated yearly.
 */
export function structuredData(tag, content, today) {
  const { ministry } = content;
  const organizationId = `${new URL(ministry.url).origin}/#organization`;
  const graph = [
    {
      '@type': 'GovernmentOrganization',
      '@id': organizationId,
      name: ministry.name,
      alternateName: ministry.abbreviation,
      url: ministry.url,
      areaServed: { '@type': 'Country', name: BELARUS[content.lang] },
    },
  ];
  if (HOLIDAY_TAGS.has(tag)) {
    for (const holiday of content.holidays.items) {
      const startDate = nextOccurrence(holiday.month, holiday.day, today);
      if (!startDate) continue;
      graph.push({
        '@type': 'Event',
        name: holiday.name,
        ...(holiday.description ? { description: holiday.description } : {}),
        inLanguage: content.lang,
        startDate,
        endDate: startDate,
        eventSchedule: {
          '@type': 'Schedule',
          repeatFrequency: 'P1Y',
          byMonth: holiday.month,
          byMonthDay: holiday.day,
          startDate,
          scheduleTimezone: TIME_ZONE,
        },
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: { '@type': 'Country', name: BELARUS[content.lang] },
        organizer: { '@id': organizationId },
      });
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** A usage error (a bad tag, language, date or heading level). */
export class UsageError extends Error {}

/**
 * Checks what to render; throws a `UsageError` that says what is wrong.
 * @returns {{ tag: string, lang: string, today: string, headingLevel: number | undefined }}
 */
export function checkOptions(tag, { lang = 'en', today = todayInMinsk(), headingLevel } = {}) {
  if (!TAGS.includes(tag)) throw new UsageError(`unknown element "${tag}"; one of: ${TAGS.join(', ')}`);
  if (!LANGS.includes(lang)) throw new UsageError(`--lang "${lang}" is not one of ${LANGS.join(', ')}`);
  if (!isIsoDate(today)) throw new UsageError(`--today "${today}" is not a date that exists, written YYYY-MM-DD`);
  if (headingLevel !== undefined && !/^[1-6]$/.test(String(headingLevel).trim())) {
    throw new UsageError(`--heading-level "${headingLevel}" is not a whole number from 1 to 6`);
  }
  return { tag, lang, today, headingLevel: headingLevel === undefined ? undefined : Number(headingLevel) };
}

/**
 * The static HTML of an element: `<tag lang=… [heading-level=…] [prerendered-today=…]>` with its shadow root as
 * declarative shadow DOM, then a `<script type="application/ld+json">` (data, not run: a strict CSP allows it).
 *
 * @param {string} tag - One of `TAGS`.
 * @param {{ lang?: string, today?: string, headingLevel?: number | string }} [options] - `lang` (default `en`),
 *   `today` (`YYYY-MM-DD`, default: today in Minsk) and `headingLevel` (1–6, default: the element's, 2).
 * @returns {Promise<string>}
 */
export async function renderElement(tag, options = {}) {
  const { lang, today, headingLevel } = checkOptions(tag, options);
  const content = await library.loadContent(lang);
  // Every value below was checked above: they are safe as static HTML.
  const attributes = [`lang="${lang}"`];
  if (headingLevel !== undefined) attributes.push(`heading-level="${headingLevel}"`);
  if (DATED_TAGS.has(tag)) attributes.push(`prerendered-today="${today}"`);
  const name = unsafeStatic(tag);
  // A static template (lit/static-html.js): the tag is one of TAGS, the attributes were checked.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${name} ${unsafeStatic(attributes.join(' '))}></${name}>`;
  const element = (await collectResult(render(template)))
    // The part markers of this outer template (nothing hydrates it; the element hydrates its own shadow root).
    .replace(/^<!--lit-part[^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '');
  const jsonLd = scriptJson(structuredData(tag, content, today));
  return `${element}\n<script type="application/ld+json">\n${jsonLd}\n</script>\n`;
}
