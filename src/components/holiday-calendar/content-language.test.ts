// A page of its own: the Russian chunk must not have been loaded before the test makes it fail.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './mes-holiday-calendar.js';
import type { MesHolidayCalendar } from './mes-holiday-calendar.js';
import { en } from '../../content/en.js';
import { loaders } from '../../content/store.js';
import { captureWarnings } from '../../test/helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<mes-holiday-calendar>: dates in the language of the text shown', () => {
  const realLoader = loaders.ru;
  afterEach(() => {
    loaders.ru = realLoader;
  });

  it('writes dates in English with the English text when the Russian content cannot be loaded', async () => {
    loaders.ru = () => Promise.reject(new Error('offline'));
    const warnings = captureWarnings();
    let el: MesHolidayCalendar;
    try {
      el = await fixture<MesHolidayCalendar>(
        html`<mes-holiday-calendar lang="ru" today="2026-01-18"></mes-holiday-calendar>`,
      );
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.contain('the ru content could not be loaded');
    // The text is English, and so is everything about dates: never "19 января" beside "Rescuer’s Day".
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
    expect(text($(el, '[part="heading"]'))).to.equal(en.holidays.title);
    expect($$(el, '.holiday-date').map(text)).to.deep.equal(['January 19', 'July 25']);
    expect(text($(el, '.next .relative'))).to.equal('tomorrow');
    expect(text($(el, '#month-label'))).to.equal('January 2026');
    expect($(el, 'td[data-date="2026-01-19"]').getAttribute('aria-label')).to.equal(
      'Monday, January 19, 2026 — Rescuer’s Day',
    );
    expect($$(el, 'th').map((th) => th.getAttribute('aria-label'))).to.include('Monday');
    // The .ics file says its names are English.
    const link = $(el, 'a[part~="download"]');
    link.focus();
    await waitUntil(() => link.getAttribute('href')?.startsWith('data:'), 'the download link carries no file');
    const href = decodeURIComponent(link.getAttribute('href')!);
    expect(href).to.contain('SUMMARY;LANGUAGE=en:Rescuer’s Day');
  });
});
