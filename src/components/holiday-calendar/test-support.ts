/** What the test files of <mes-holiday-calendar> share: the fixture, the ways to read it, keys, the clock. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import './mes-holiday-calendar.js';
import { MesHolidayCalendar } from './mes-holiday-calendar.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Content } from '../../content/types.js';
import { visibleText } from '../../test/helpers.js';
import { pressKeys } from '../../test/commands.js';

export interface Opts {
  lang?: string;
  today?: string;
  timeZone?: string;
  level?: string;
  src?: string;
}

export async function calendar(o: Opts = {}): Promise<MesHolidayCalendar> {
  return fixture<MesHolidayCalendar>(html`<mes-holiday-calendar
    lang=${o.lang ?? 'en'}
    today=${ifDefined(o.today)}
    time-zone=${ifDefined(o.timeZone)}
    heading-level=${ifDefined(o.level)}
    src=${ifDefined(o.src)}
  ></mes-holiday-calendar>`);
}

export const root = (el: Element) => el.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(el: Element, sel: string) =>
  root(el).querySelector<E>(sel as string) as E;
export const $$ = <E extends Element = HTMLElement>(el: Element, sel: string) =>
  [...root(el).querySelectorAll<E>(sel as string)] as E[];
export const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const cell = (el: Element, iso: string) => $(el, `td[data-date="${iso}"]`);
export const caption = (el: Element) => text($(el, '#month-label'));
/** The list item of the next holiday, as seen. */
export const nextText = (el: Element) => visibleText($(el, '[part~="next-item"]'));
export const nextName = (el: Element) =>
  $$(el, '[part~="next-item"] .holiday-name')
    .map((n) => text(n))
    .join(', ');
export const nextRelative = (el: Element) => text($(el, '[part~="next"] .relative'));
export const todayCell = (el: Element) => $$(el, 'td[aria-current="date"]');
export const tabbable = (el: Element) => $$(el, 'table td[tabindex="0"]');
export const focusedDate = (el: Element) => root(el).activeElement?.getAttribute('data-date') ?? null;
export const listItems = (el: Element) =>
  $$(el, '[part~="list"] > li').map((li) => ({
    name: text(li.querySelector('.holiday-name')),
    date: text(li.querySelector('.holiday-date')),
  }));
export const prevButton = (el: Element) => $<HTMLButtonElement>(el, 'button.prev');
export const nextButton = (el: Element) => $<HTMLButtonElement>(el, 'button.next-month');
export const details = (el: Element) => visibleText($(el, '[part~="details"]'));
export const headingOf = (el: Element) => $(el, '[part="heading"]');
export const tick = () => new Promise((r) => setTimeout(r, 0));

/** Presses keys as a person would: "ArrowRight", or a chord such as "Shift+PageDown" (modifiers held down). */
export async function press(el: MesHolidayCalendar, ...keys: string[]) {
  for (const chord of keys) {
    await pressKeys(chord);
    await el.updateComplete;
  }
}

export async function focusDay(el: MesHolidayCalendar, iso: string) {
  const c = cell(el, iso);
  expect(c, `cell ${iso}`).not.to.equal(null);
  c.focus();
  await el.updateComplete;
}

/** Decodes the .ics text behind the download link. */
export async function icsText(el: Element): Promise<string> {
  const a = $<HTMLAnchorElement>(el, 'a[part~="download"]');
  // As a keyboard user reaches it: the link fetches the iCalendar writer, then carries its file.
  a.focus();
  await waitUntil(() => a.getAttribute('href')?.startsWith('data:'), 'the download link carries no file');
  const href = a.getAttribute('href')!;
  const prefix = 'data:text/calendar;charset=utf-8,';
  expect(href.startsWith(prefix)).to.equal(true);
  return decodeURIComponent(href.slice(prefix.length));
}

/** Fixes the clock that the element reads "today" from. */
export function setClock(iso: string) {
  const ms = Date.parse(iso);
  MesHolidayCalendar.clock = () => ms;
}
export const realClock = MesHolidayCalendar.clock;

export const contents: Content[] = [en, ru, be];
