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
// The elements' own date code (dist/date.js: no DOM, no Lit), so that the CLI counts days exactly as they do.
import {
  DEFAULT_TIME_ZONE,
  formatIsoDate,
  isValidMonthDay,
  nextOccurrence as nextDate,
  parseIsoDate,
  todayInZone,
} from '../dist/date.js';

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

/** The time zone of "today" (the elements' default). */
export const TIME_ZONE = DEFAULT_TIME_ZONE;

/** Whether `s` is a date that exists, written `YYYY-MM-DD`. */
export function isIsoDate(s) {
  return parseIsoDate(String(s)) !== null;
}

/** Today's date in Minsk, `YYYY-MM-DD`. */
export function todayInMinsk(now = new Date()) {
  return formatIsoDate(todayInZone(TIME_ZONE, now));
}

/**
 * The first date on or after `today` (`YYYY-MM-DD`) that falls on `month`/`day` (29 February: in a leap year);
 * `null` for a day that never exists or a `today` that is not a date.
 */
export function nextOccurrence(month, day, today) {
  const from = parseIsoDate(String(today));
  return from && isValidMonthDay(month, day) ? formatIsoDate(nextDate({ month, day }, from)) : null;
}

/** JSON for a `<script>` element: `<`, `>` and `&` escaped, so that no text in it can end the script or open a comment. */
export function scriptJson(value) {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
