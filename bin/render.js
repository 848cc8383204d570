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
import { checkStylesHref, linkStyles } from './styles.js';
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
// The calendar's download link carries its iCalendar file only once the writer is loaded (a chunk on demand).
await library.MesHolidayCalendar.prepareDownload();
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

/**
 * The opening tag of a declarative shadow root as @lit-labs/ssr 4 writes it: always with the `shadowroot` attribute
 * of the first, non-standard version of declarative shadow DOM beside the standard `shadowrootmode`. No browser that
 * runs the library reads `shadowroot` (Chromium dropped it in version 119; the others never had it) and HTML does not
 * allow it on `<template>`. The renderer writes this tag as a chunk of its own (render-value.js,
 * `custom-element-shadow`), so a chunk that is exactly this tag is a shadow root's tag, never content.
 */
const LEGACY_SHADOW_ROOT_TAG = /^<template shadowroot="(open|closed)" shadowrootmode="\1"((?: shadowroot[a-z]+)*)>$/;

/**
 * A render result as a string, like @lit-labs/ssr's `collectResult` (the same walk: thunks called, promises awaited,
 * nested results joined, in order), with each declarative shadow root opened by `<template shadowrootmode>` alone.
 * @param {Iterable<unknown>} result
 * @returns {Promise<string>}
 */
export async function collectHtml(result) {
  let html = '';
  for (const chunk of result) {
    let value = chunk;
    while (value !== undefined) {
      while (typeof value === 'function') value = value();
      if (value === undefined) break;
      if (typeof value === 'string') {
        html += value.replace(LEGACY_SHADOW_ROOT_TAG, '<template shadowrootmode="$1"$2>');
        break;
      }
      if (Array.isArray(value) || typeof value[Symbol.iterator] === 'function') {
        html += await collectHtml(value);
        break;
      }
      if (typeof value.then !== 'function') throw new Error(`Unexpected value in a render result: ${String(value)}`);
      value = await value;
    }
  }
  return html;
}

/** The elements whose content is raw text: what is in them is not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** A start tag: its name, its attributes (each with the whitespace before it), and the end (`>` or `/>`). */
const START_TAG =
  /<([a-zA-Z][^\s/>]*)((?:[\t\n\f\r ]+[^\t\n\f\r "'>/=]+(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'=<>`]+))?)*)[\t\n\f\r ]*(\/?)>/y;

/** One attribute of a start tag (the whitespace before it left out). */
const ATTRIBUTE = /[^\t\n\f\r "'>/=]+(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'=<>`]+))?/g;

/**
 * The HTML of @lit-labs/ssr made valid and tidy. One space between a start tag's name and each of its attributes
 * and none before its `>`: the renderer leaves the template's whitespace where it writes nothing, before the
 * attributes of a custom element (which it writes itself) and around a binding that renders no attribute
 * (`nothing`), so tags come out as `<mes-x   lang="en">` or `<h3 class="subheading"  >`. And without the `<?>` the
 * renderer copies from Lit's template of a template that ends with a binding. Text, comments, attribute values and
 * the content of raw-text elements (`<style>`, `<script>`) are left as they are (a `<` in text or in an attribute
 * value is written `&lt;`).
 * @param {string} html
 * @returns {string}
 */
export function tidyHtml(html) {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      out += html.slice(lt, i);
      continue;
    }
    if (html.startsWith('<?>', lt)) {
      // Lit's placeholder at the end of a template that ends with a binding: in the browser a comment that nothing
      // refers to (hydration goes by the `lit-part` and `lit-node` comments), in HTML a parse error.
      i = lt + 3;
      continue;
    }
    START_TAG.lastIndex = lt;
    const tag = START_TAG.exec(html);
    if (!tag) {
      // An end tag, a doctype, or a `<` that starts nothing: as it is.
      out += '<';
      i = lt + 1;
      continue;
    }
    const [whole, name, attributes, selfClosing] = tag;
    out += `<${name}${(attributes.match(ATTRIBUTE) ?? []).map((a) => ` ${a}`).join('')}${selfClosing}>`;
    i = lt + whole.length;
    if (RAW_TEXT.has(name.toLowerCase())) {
      // Up to the end tag of this element (HTML ignores a `/` on its start tag), as it is. Its name is one of
      // RAW_TEXT: letters only.
      const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
      end.lastIndex = i;
      const stop = end.exec(html)?.index ?? html.length;
      out += html.slice(i, stop);
      i = stop;
    }
  }
  return out;
}

/** A usage error (a bad tag, language, date or heading level). */
export class UsageError extends Error {}

/**
 * Checks what to render; throws a `UsageError` that says what is wrong.
 * @returns {{ tag: string, lang: string, today: string, headingLevel: number | undefined,
 *   stylesHref: string | undefined }}
 */
export function checkOptions(tag, { lang = 'en', today = todayInMinsk(), headingLevel, stylesHref } = {}) {
  if (!TAGS.includes(tag)) throw new UsageError(`unknown element "${tag}"; one of: ${TAGS.join(', ')}`);
  if (!LANGS.includes(lang)) throw new UsageError(`--lang "${lang}" is not one of ${LANGS.join(', ')}`);
  if (!isIsoDate(today)) throw new UsageError(`--today "${today}" is not a date that exists, written YYYY-MM-DD`);
  if (headingLevel !== undefined && !/^[1-6]$/.test(String(headingLevel).trim())) {
    throw new UsageError(`--heading-level "${headingLevel}" is not a whole number from 1 to 6`);
  }
  let folder;
  if (stylesHref !== undefined) {
    try {
      folder = checkStylesHref(stylesHref);
    } catch (e) {
      throw new UsageError(e.message);
    }
  }
  return {
    tag,
    lang,
    today,
    headingLevel: headingLevel === undefined ? undefined : Number(headingLevel),
    stylesHref: folder,
  };
}

/** Renders one at a time: each sets the library's clock (one for the whole process) for as long as it runs. */
let rendering = Promise.resolve();

/**
 * Runs `task` with the library's clock at the start of `date` in Minsk (UTC+3 all year), so that what depends on the
 * instant (the calendar's iCalendar file stamps it as DTSTAMP) is the same in every rendering for that date: the same
 * options give the same bytes. The clock is restored after; tasks run one after another, never interleaved.
 * @template T
 * @param {string} date
 * @param {() => Promise<T>} task
 * @returns {Promise<T>}
 */
function withClockAt(date, task) {
  const run = rendering.then(async () => {
    const clock = library.MesHolidayCalendar.clock;
    library.MesHolidayCalendar.clock = () => Date.parse(`${date}T00:00:00+03:00`);
    try {
      return await task();
    } finally {
      library.MesHolidayCalendar.clock = clock;
    }
  });
  rendering = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/**
 * The static HTML of an element: `<tag lang=… [heading-level=…] [prerendered-today=…]>` with its shadow root as
 * declarative shadow DOM, then a `<script type="application/ld+json">` (data, not run: a strict CSP allows it).
 *
 * Each shadow root carries its element's CSS in a `<style>` (allowed under a strict CSP by the hashes of
 * dist/static/csp-style-src.txt); with `stylesHref`, a `<link rel="stylesheet">` to the file of dist/static/styles/
 * that holds the same CSS, in the folder at that URL (bin/styles.js): a few dozen bytes an instance instead of
 * kilobytes, for pages with many instances (`style-src 'self'`, or the folder's origin, and the hash of the small guard
 * before each link, under a CSP).
 *
 * @param {string} tag - One of `TAGS`.
 * @param {{ lang?: string, today?: string, headingLevel?: number | string, stylesHref?: string }} [options] -
 *   `lang` (default `en`), `today` (`YYYY-MM-DD`, default: today in Minsk), `headingLevel` (1–6, default: the
 *   element's, 2) and `stylesHref` (the URL of the folder that serves dist/static/styles/; default: inline styles).
 * @returns {Promise<string>}
 */
export async function renderElement(tag, options = {}) {
  const { lang, today, headingLevel, stylesHref } = checkOptions(tag, options);
  const content = await library.loadContent(lang);
  // Every value below was checked above: they are safe as static HTML.
  const attributes = [`lang="${lang}"`];
  if (headingLevel !== undefined) attributes.push(`heading-level="${headingLevel}"`);
  if (DATED_TAGS.has(tag)) attributes.push(`prerendered-today="${today}"`);
  const name = unsafeStatic(tag);
  // A static template (lit/static-html.js): the tag is one of TAGS, the attributes were checked.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${name} ${unsafeStatic(attributes.join(' '))}></${name}>`;
  const rendered = await withClockAt(today, () => collectHtml(render(template)));
  const inline = tidyHtml(rendered)
    // The part markers of this outer template (nothing hydrates it; the element hydrates its own shadow root).
    .replace(/^<!--lit-part[^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '');
  const element = stylesHref === undefined ? inline : linkStyles(inline, stylesHref);
  const jsonLd = scriptJson(structuredData(tag, content, today));
  return `${element}\n<script type="application/ld+json">\n${jsonLd}\n</script>\n`;
}
