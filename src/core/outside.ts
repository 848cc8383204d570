/**
 * Content from outside: the `content` property and JSON from `src`, checked against the element's content
 * check and reported when refused. A chunk of its own, with every element's check: a page that shows the
 * built-in content never downloads it.
 */
import type { Check, Problems } from '../content/validate.js';
import { matchLang } from './lang.js';
import type { ContentErrorDetail, ContentLoadDetail, MesElement, Overrides } from './mes-element.js';

export { listContentCheck } from '../components/list-check.js';
export { strategyCheck } from '../components/strategy-goals/check.js';
export { structureContentCheck } from '../components/structure-nav/check.js';
export { holidayCalendarCheck } from '../components/holiday-calendar/check.js';
export { internationalCooperationCheck } from '../components/international-cooperation/check.js';

/** Whether every key of an object is a language tag the library ships (`{ "en": …, "ru-BY": … }`). */
function isLanguageMap(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // `$schema` names the file's JSON Schema for editors; it is not content.
  const keys = Object.keys(value).filter((k) => k !== '$schema');
  return keys.length > 0 && keys.every((k) => matchLang(k) !== null);
}


/** The valid part of a value (one object, or one per language), by the element's check; what is refused is reported. */
async function check<T extends object>(
  el: MesElement<T>,
  value: unknown,
  current: () => boolean,
  source: ContentErrorDetail['source'],
  src?: string,
): Promise<Overrides<T>> {
  const problems: Problems = [];
  const out: Overrides<T> = {};
  const detail = { source, ...(src ? { src } : {}) };
  let contentCheck: Check<Partial<T>>;
  try {
    contentCheck = await el.contentCheck();
  } catch (e) {
    if (current()) el.reportContentError({ ...detail, problems: [`the content could not be checked (${String(e)})`] });
    return out;
  }
  if (isLanguageMap(value)) {
    for (const [key, entry] of Object.entries(value)) {
      if (key === '$schema') continue;
      const checked = contentCheck(entry, key, problems);
      if (checked) out[matchLang(key)!] = checked;
    }
  } else {
    const checked = contentCheck(value, '', problems);
    if (checked) out.any = checked;
  }
  // A value replaced meanwhile is not reported: it was never going to be shown.
  if (problems.length > 0 && current()) el.reportContentError({ ...detail, problems });
  return out;
}

/** Checks the element's `content` property until the value checked is the one set (it may change meanwhile). */
export async function checkContentProperty<T extends object>(el: MesElement<T>): Promise<void> {
  const outside = el.outside;
  while (el.content !== outside.checked) {
    const value = (outside.checked = el.content);
    const overrides = value == null ? {} : await check(el, value, () => el.content === value, 'content');
    if (el.content === value) outside.property = overrides;
  }
}

/** Fetches, parses and checks the JSON of `src`, then shows it; a failure is reported and the built-in content stays. */
export async function loadSrc<T extends object>(el: MesElement<T>, src: string): Promise<void> {
  const outside = el.outside;
  // Removed, or another src, while this module loaded.
  if (outside.loadingSrc !== src) return;
  if (el.src !== src) {
    outside.loadingSrc = null;
    return;
  }
  outside.abort?.abort();
  const abort = (outside.abort = new AbortController());
  const done = () => {
    outside.abort = outside.loadingSrc = null;
    outside.loadedSrc = src;
  };
  const current = () => !abort.signal.aborted && el.src === src;
  /** Gives up on this load (src changed, or the element was removed): it no longer blocks loading this src again. */
  const drop = () => {
    if (outside.abort === abort) outside.abort = outside.loadingSrc = null;
  };
  let json: unknown;
  try {
    const response = await fetch(new URL(src, document.baseURI), { signal: abort.signal, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const body = await response.text();
    try {
      json = JSON.parse(body);
    } catch (e) {
      throw new Error(`the file is not valid JSON (${(e as Error).message})`);
    }
  } catch (e) {
    if (abort.signal.aborted) return drop(); // removed, or src changed: the answer no longer matters
    done();
    const message = e instanceof TypeError ? `it could not be fetched (${e.message})` : (e as Error).message;
    el.reportContentError({ source: 'src', src, problems: [message] });
    return;
  }
  if (!current()) return drop();
  const overrides = await check(el, json, current, 'src', src);
  if (!current()) return drop();
  done();
  outside.src = overrides;
  el.requestUpdate();
  await el.updateComplete;
  // Announced only when something of the file is shown.
  if (Object.values(overrides).some((o) => o && Object.keys(o).length > 0)) {
    el.dispatchEvent(new CustomEvent<ContentLoadDetail>('mes-content-load', { detail: { src }, bubbles: true, composed: true }));
  }
}
