import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import './mes-holiday-calendar.js';
import { MesHolidayCalendar, type HolidaySelectDetail } from './mes-holiday-calendar.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Content } from '../../content/types.js';
import { captureWarnings, jsonUrl, nextContentError, visibleText } from '../../test/helpers.js';
import { emulateTimeZone, pressKeys, resetTimeZone } from '../../test/commands.js';

/* ---------------------------------------------------------------------------------------------------------- */
/* Helpers                                                                                                    */
/* ---------------------------------------------------------------------------------------------------------- */

interface Opts {
  lang?: string;
  today?: string;
  timeZone?: string;
  level?: string;
  src?: string;
}

async function calendar(o: Opts = {}): Promise<MesHolidayCalendar> {
  return fixture<MesHolidayCalendar>(html`<mes-holiday-calendar
    lang=${o.lang ?? 'en'}
    today=${ifDefined(o.today)}
    time-zone=${ifDefined(o.timeZone)}
    heading-level=${ifDefined(o.level)}
    src=${ifDefined(o.src)}
  ></mes-holiday-calendar>`);
}

const root = (el: Element) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<E>(sel as string) as E;
const $$ = <E extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<E>(sel as string)] as E[];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cell = (el: Element, iso: string) => $(el, `td[data-date="${iso}"]`);
const caption = (el: Element) => text($(el, '#month-label'));
const nextText = (el: Element) => visibleText($(el, '[part~="next"]'));
const nextName = (el: Element) => text($(el, '.next-name'));
const nextRelative = (el: Element) => text($(el, '.next .relative'));
const todayCell = (el: Element) => $$(el, 'td[aria-current="date"]');
const tabbable = (el: Element) => $$(el, 'table td[tabindex="0"]');
const focusedDate = (el: Element) => root(el).activeElement?.getAttribute('data-date') ?? null;
const listItems = (el: Element) =>
  $$(el, '[part~="list"] > li').map((li) => ({ name: text(li.querySelector('.holiday-name')), date: text(li.querySelector('.holiday-date')) }));
const prevButton = (el: Element) => $<HTMLButtonElement>(el, 'button.prev');
const nextButton = (el: Element) => $<HTMLButtonElement>(el, 'button.next-month');
const details = (el: Element) => visibleText($(el, '[part~="details"]'));
const headingOf = (el: Element) => $(el, '[part="heading"]');
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Presses keys as a person would: "ArrowRight", or a chord such as "Shift+PageDown" (modifiers held down). */
async function press(el: MesHolidayCalendar, ...keys: string[]) {
  for (const chord of keys) {
    await pressKeys(chord);
    await el.updateComplete;
  }
}

async function focusDay(el: MesHolidayCalendar, iso: string) {
  const c = cell(el, iso);
  expect(c, `cell ${iso}`).not.to.equal(null);
  c.focus();
  await el.updateComplete;
}

/** Decodes the .ics text behind the download link. */
function icsText(el: Element): string {
  const a = $<HTMLAnchorElement>(el, 'a[part~="download"]');
  const href = a.getAttribute('href')!;
  const prefix = 'data:text/calendar;charset=utf-8,';
  expect(href.startsWith(prefix)).to.equal(true);
  return decodeURIComponent(href.slice(prefix.length));
}

/** Fixes the clock that the element reads "today" from. */
function setClock(iso: string) {
  const ms = Date.parse(iso);
  MesHolidayCalendar.clock = () => ms;
}
const realClock = MesHolidayCalendar.clock;

const contents: Content[] = [en, ru, be];
const dates: Record<string, [string, string]> = {
  en: ['January 19', 'July 25'],
  ru: ['19 января', '25 июля'],
  be: ['19 студзеня', '25 ліпеня'],
};

/* ---------------------------------------------------------------------------------------------------------- */
/* The tests that must give the same answer whatever zone the browser is in                                   */
/* ---------------------------------------------------------------------------------------------------------- */

function zoneIndependentTests() {
  afterEach(() => {
    MesHolidayCalendar.clock = realClock;
  });

  const cases: [string, string, string, string][] = [
    ['2026-01-19', 'en', 'Rescuer’s Day', 'today'],
    ['2026-01-18', 'en', 'Rescuer’s Day', 'tomorrow'],
    ['2026-05-31', 'en', 'Fire Service Day', 'in 55 days'],
    ['2026-12-31', 'en', 'Rescuer’s Day', 'in 19 days'],
    ['2026-07-24', 'ru', 'День пожарной службы', 'завтра'],
    ['2026-07-20', 'ru', 'День пожарной службы', 'через 5 дней'],
    ['2026-01-19', 'ru', 'День спасателя', 'сегодня'],
    ['2026-07-24', 'be', 'Дзень пажарнай службы', 'заўтра'],
    ['2026-01-14', 'be', 'Дзень ратавальніка', 'праз 5 дзён'],
  ];
  for (const [today, lang, name, relative] of cases) {
    it(`says the next holiday on ${today} in ${lang} is ${name}, "${relative}"`, async () => {
      const el = await calendar({ lang, today });
      expect(nextName(el)).to.equal(name);
      expect(nextRelative(el)).to.equal(relative);
      expect(nextText(el)).to.contain(contents.find((c) => c.lang === lang)!.ui.calendar.nextHoliday);
    });
  }

  it('marks today in the grid and opens on its month', async () => {
    const el = await calendar({ today: '2026-12-31' });
    expect(todayCell(el).map((c) => c.dataset.date)).to.deep.equal(['2026-12-31']);
    expect(caption(el)).to.equal('December 2026');
    expect(tabbable(el).map((c) => c.dataset.date)).to.deep.equal(['2026-12-31']);
  });

  it('crosses month and year boundaries with the keys', async () => {
    const el = await calendar({ today: '2026-12-31' });
    await focusDay(el, '2026-12-31');
    await press(el, 'ArrowRight');
    expect(focusedDate(el)).to.equal('2027-01-01');
    expect(caption(el)).to.equal('January 2027');
    await press(el, 'ArrowUp');
    expect(focusedDate(el)).to.equal('2026-12-25');
    expect(caption(el)).to.equal('December 2026');
    await press(el, 'Shift+PageDown');
    expect(focusedDate(el)).to.equal('2027-12-25');
  });

  it('reads today in Europe/Minsk from the clock, and in another zone with time-zone', async () => {
    // 20:30 UTC on 18 January: 23:30 in Minsk, 15:30 in New York, already 10:30 on the 19th in Kiritimati.
    setClock('2026-01-18T20:30:00Z');
    const minsk = await calendar();
    expect(todayCell(minsk)[0]!.dataset.date).to.equal('2026-01-18');
    expect(nextRelative(minsk)).to.equal('tomorrow');
    const kiritimati = await calendar({ timeZone: 'Pacific/Kiritimati' });
    expect(todayCell(kiritimati)[0]!.dataset.date).to.equal('2026-01-19');
    expect(nextRelative(kiritimati)).to.equal('today');
    const newYork = await calendar({ timeZone: 'America/New_York' });
    expect(todayCell(newYork)[0]!.dataset.date).to.equal('2026-01-18');
    // 21:30 UTC on 19 January: the 20th in Minsk, still the 19th in New York.
    setClock('2026-01-19T21:30:00Z');
    const minskLater = await calendar();
    expect(todayCell(minskLater)[0]!.dataset.date).to.equal('2026-01-20');
    expect(nextName(minskLater)).to.equal('Fire Service Day');
    const newYorkLater = await calendar({ timeZone: 'America/New_York' });
    expect(todayCell(newYorkLater)[0]!.dataset.date).to.equal('2026-01-19');
    expect(nextRelative(newYorkLater)).to.equal('today');
  });

  it('writes the holidays on their days in the .ics file', async () => {
    const el = await calendar({ today: '2026-03-01' });
    const ics = icsText(el);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20260119');
    expect(ics).to.contain('DTSTART;VALUE=DATE:20260725');
  });
}

/* ---------------------------------------------------------------------------------------------------------- */

describe('<mes-holiday-calendar>', () => {
  afterEach(() => {
    MesHolidayCalendar.clock = realClock;
  });

  describe('holidays in every language', () => {
    for (const c of contents) {
      it(`shows the title, the holidays and their dates in ${c.lang}`, async () => {
        const el = await calendar({ lang: c.lang, today: '2026-03-01' });
        expect(text(headingOf(el))).to.equal(c.holidays.title);
        const [jan, jul] = dates[c.lang]!;
        expect(listItems(el)).to.deep.equal([
          { name: c.holidays.items[0]!.name, date: jan },
          { name: c.holidays.items[1]!.name, date: jul },
        ]);
        const list = $(el, '[part~="list"]');
        expect(list.localName).to.equal('ul');
        expect(list.getAttribute('role')).to.equal('list');
        expect($(el, '[part="base"]').getAttribute('lang')).to.equal(c.lang);
        // Each holiday has its small calendar icon, hidden from assistive technology.
        for (const li of $$(el, '[part~="list"] > li')) {
          expect(li.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        }
        const visible = visibleText(el);
        expect(visible).to.contain(`${c.holidays.items[0]!.name} ${jan}`);
        expect(visible).to.contain(c.ui.calendar.addToCalendar);
        expect(visible).to.contain(c.ui.calendar.nextHoliday);
      });

      it(`is accessible in ${c.lang}`, async () => {
        const el = await calendar({ lang: c.lang, today: '2026-07-24' });
        await expect(el).to.be.accessible();
      });
    }

    it('shows the built-in holidays in "Rescuer’s Day" wording (en) with the ministry’s dates', async () => {
      const el = await calendar({ today: '2026-03-01' });
      expect(visibleText(el)).to.contain('Rescuer’s Day January 19');
      expect(visibleText(el)).to.contain('Fire Service Day July 25');
    });

    it('keeps the focus on the same day when a change of language starts the week on another day', async () => {
      const el = await calendar({ lang: 'ru', today: '2026-11-19' });
      await focusDay(el, '2026-11-19');
      el.lang = 'en';
      await tick();
      await el.updateComplete;
      expect(focusedDate(el)).to.equal('2026-11-19');
      expect(tabbable(el).map((c) => c.dataset.date)).to.deep.equal(['2026-11-19']);
    });
  });

  describe('next holiday', () => {
    zoneIndependentTests();

    it('highlights the card on the day of a holiday', async () => {
      const el = await calendar({ today: '2026-07-25' });
      expect($(el, '[part~="next"]').classList.contains('is-today')).to.equal(true);
      expect(nextText(el)).to.equal('Next holiday Fire Service Day July 25 today');
      const other = await calendar({ today: '2026-07-24' });
      expect($(other, '[part~="next"]').classList.contains('is-today')).to.equal(false);
    });
  });

  describe('month grid', () => {
    it('is a grid labelled by the month and year, with localized weekday headers', async () => {
      const el = await calendar({ today: '2026-01-19' });
      const grid = $(el, 'table');
      expect(grid.getAttribute('role')).to.equal('grid');
      expect(grid.getAttribute('aria-labelledby')).to.equal('month-label');
      expect(caption(el)).to.equal('January 2026');
      const headers = $$(el, 'thead th');
      expect(headers.map((th) => text(th))).to.deep.equal(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
      expect(headers.map((th) => th.getAttribute('aria-label'))).to.deep.equal([
        'Sunday',
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
      ]);
      expect(headers.every((th) => th.getAttribute('scope') === 'col' && th.getAttribute('abbr') === th.getAttribute('aria-label'))).to.equal(true);
    });

    it('names the grid by its month label, and each day cell by its full date', async () => {
      const el = await calendar({ today: '2026-01-19' });
      const label = root(el).getElementById($(el, 'table').getAttribute('aria-labelledby')!)!;
      expect(text(label)).to.equal('January 2026');
      expect(label.closest('[aria-live]')!.getAttribute('aria-live')).to.equal('polite');
      expect(cell(el, '2026-01-19').getAttribute('aria-label')).to.equal('Monday, January 19, 2026 — Rescuer’s Day');
      expect(cell(el, '2026-01-20').getAttribute('aria-label')).to.equal('Tuesday, January 20, 2026');
      // The visible number is part of the name (WCAG 2.5.3, label in name).
      expect(text(cell(el, '2026-01-20'))).to.equal('20');
    });

    it('starts the week on Monday for ru and be, on Sunday for en', async () => {
      const ruEl = await calendar({ lang: 'ru', today: '2026-01-19' });
      expect($$(ruEl, 'thead th').map((th) => th.getAttribute('aria-label'))).to.deep.equal([
        'понедельник',
        'вторник',
        'среда',
        'четверг',
        'пятница',
        'суббота',
        'воскресенье',
      ]);
      expect(text($(ruEl, 'thead th'))).to.equal('пн');
      expect(caption(ruEl)).to.equal('Январь 2026');
      const beEl = await calendar({ lang: 'be', today: '2026-01-19' });
      expect($$(beEl, 'thead th').map((th) => th.getAttribute('aria-label'))).to.deep.equal([
        'панядзелак',
        'аўторак',
        'серада',
        'чацвер',
        'пятніца',
        'субота',
        'нядзеля',
      ]);
      expect(caption(beEl)).to.equal('Студзень 2026');
      // January 2026 begins on a Thursday: three blank days before it in a Monday-first grid.
      const firstRow = $$(beEl, 'tbody tr')[0]!;
      expect([...firstRow.children].map((td) => td.getAttribute('data-date'))).to.deep.equal([
        null,
        null,
        null,
        '2026-01-01',
        '2026-01-02',
        '2026-01-03',
        '2026-01-04',
      ]);
      const enEl = await calendar({ lang: 'en', today: '2026-01-19' });
      expect($(enEl, 'thead th').getAttribute('aria-label')).to.equal('Sunday');
    });

    it('marks today with aria-current="date" and puts only today in the tab order', async () => {
      const el = await calendar({ today: '2026-01-19' });
      expect(todayCell(el).map((c) => c.dataset.date)).to.deep.equal(['2026-01-19']);
      expect(todayCell(el)[0]!.classList.contains('is-today')).to.equal(true);
      expect(tabbable(el).map((c) => c.dataset.date)).to.deep.equal(['2026-01-19']);
      expect($$(el, 'td[data-date]')).to.have.length(31);
      expect($$(el, 'td[data-date]').filter((c) => c.getAttribute('tabindex') === '-1')).to.have.length(30);
    });

    it('marks holidays visibly and in the accessible name, with data-date and data-holiday', async () => {
      const el = await calendar({ lang: 'ru', today: '2026-01-05' });
      const c = cell(el, '2026-01-19');
      expect(c.dataset.holiday).to.equal('rescuers-day');
      expect(c.classList.contains('is-holiday')).to.equal(true);
      expect(c.querySelector('.mark')).not.to.equal(null);
      expect(c.getAttribute('aria-label')).to.equal('понедельник, 19 января 2026 г. — День спасателя');
      expect(cell(el, '2026-01-20').getAttribute('aria-label')).to.equal('вторник, 20 января 2026 г.');
      expect(cell(el, '2026-01-20').dataset.holiday).to.equal(undefined);
      expect($$(el, 'td.is-holiday').map((td) => td.dataset.date)).to.deep.equal(['2026-01-19']);
      // The legend names both marks in words.
      expect(visibleText($(el, '[part~="legend"]'))).to.equal('Праздник Сегодня');
    });

    it('leaves the days of the neighbouring months blank and out of the tab order', async () => {
      const el = await calendar({ today: '2026-01-19' });
      const outside = $$(el, 'td.outside');
      // Sunday-first January 2026: 4 days of December before, no day of February after (31 ends on a Saturday).
      expect(outside).to.have.length(4);
      for (const td of outside) {
        expect(text(td)).to.equal('');
        expect(td.hasAttribute('tabindex')).to.equal(false);
        expect(td.hasAttribute('data-date')).to.equal(false);
      }
    });

    describe('keyboard', () => {
      const moves: [string, string, string, string, string][] = [
        // [lang, from, key, to, caption]
        ['en', '2026-01-19', 'ArrowRight', '2026-01-20', 'January 2026'],
        ['en', '2026-01-19', 'ArrowLeft', '2026-01-18', 'January 2026'],
        ['en', '2026-01-19', 'ArrowDown', '2026-01-26', 'January 2026'],
        ['en', '2026-01-19', 'ArrowUp', '2026-01-12', 'January 2026'],
        ['en', '2026-01-21', 'Home', '2026-01-18', 'January 2026'],
        ['en', '2026-01-21', 'End', '2026-01-24', 'January 2026'],
        ['ru', '2026-01-21', 'Home', '2026-01-19', 'Январь 2026'],
        ['ru', '2026-01-21', 'End', '2026-01-25', 'Январь 2026'],
        ['en', '2026-01-19', 'PageDown', '2026-02-19', 'February 2026'],
        ['en', '2026-01-19', 'PageUp', '2025-12-19', 'December 2025'],
        ['en', '2026-01-19', 'Shift+PageDown', '2027-01-19', 'January 2027'],
        ['en', '2026-01-19', 'Shift+PageUp', '2025-01-19', 'January 2025'],
        ['en', '2026-01-31', 'ArrowRight', '2026-02-01', 'February 2026'],
        ['en', '2026-01-01', 'ArrowLeft', '2025-12-31', 'December 2025'],
        ['en', '2026-01-03', 'ArrowUp', '2025-12-27', 'December 2025'],
        ['en', '2026-12-29', 'ArrowDown', '2027-01-05', 'January 2027'],
        ['en', '2026-01-31', 'PageDown', '2026-02-28', 'February 2026'],
        ['en', '2028-02-29', 'Shift+PageUp', '2027-02-28', 'February 2027'],
        ['en', '2026-03-01', 'Home', '2026-03-01', 'March 2026'],
        ['be', '2026-03-01', 'Home', '2026-02-23', 'Люты 2026'],
        ['be', '2026-03-30', 'End', '2026-04-05', 'Красавік 2026'],
      ];
      for (const [lang, from, key, to, cap] of moves) {
        it(`${key} in ${lang} moves from ${from} to ${to} (${cap})`, async () => {
          const el = await calendar({ lang, today: from });
          await focusDay(el, from);
          await press(el, key);
          expect(focusedDate(el)).to.equal(to);
          expect(caption(el)).to.equal(cap);
          expect(tabbable(el).map((c) => c.dataset.date)).to.deep.equal([to]);
          expect(root(el).activeElement).to.equal(tabbable(el)[0]);
        });
      }

      it('keeps the focus in the grid through a long walk and back', async () => {
        const el = await calendar({ today: '2026-01-19' });
        await focusDay(el, '2026-01-19');
        await press(el, 'PageDown', 'PageDown', 'ArrowDown', 'End', 'Shift+PageDown', 'Shift+PageUp', 'Home', 'ArrowUp', 'PageUp', 'PageUp');
        // 19 Jan → 19 Feb → 19 Mar → 26 Mar → Sat 28 Mar → 28 Mar 2027 → 28 Mar 2026 → Sun 22 Mar → 15 Mar → 15 Feb → 15 Jan
        expect(focusedDate(el)).to.equal('2026-01-15');
        expect(caption(el)).to.equal('January 2026');
        expect(tabbable(el)).to.have.length(1);
        // Today is still marked, wherever the focus went.
        expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-19');
      });

      it('leaves keys with Ctrl or Alt to the browser', async () => {
        const el = await calendar({ today: '2026-01-19' });
        await focusDay(el, '2026-01-19');
        await press(el, 'Control+ArrowRight');
        expect(tabbable(el)[0]!.dataset.date).to.equal('2026-01-19');
      });

      it('is accessible after keyboard navigation', async () => {
        const el = await calendar({ today: '2026-01-19' });
        await focusDay(el, '2026-01-19');
        await press(el, 'PageDown', 'ArrowRight');
        await expect(el).to.be.accessible();
      });
    });

    describe('month buttons', () => {
      for (const c of contents) {
        it(`are buttons named "${c.ui.calendar.previousMonth}" and "${c.ui.calendar.nextMonth}" in ${c.lang}`, async () => {
          const el = await calendar({ lang: c.lang, today: '2026-01-19' });
          expect(prevButton(el).getAttribute('type')).to.equal('button');
          expect(prevButton(el).getAttribute('aria-label')).to.equal(c.ui.calendar.previousMonth);
          expect(nextButton(el).getAttribute('aria-label')).to.equal(c.ui.calendar.nextMonth);
          expect(prevButton(el).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        });
      }

      it('show the next and previous months, across years, with the first day or today in the tab order', async () => {
        const el = await calendar({ today: '2026-01-19' });
        nextButton(el).click();
        await el.updateComplete;
        expect(caption(el)).to.equal('February 2026');
        expect(tabbable(el).map((c) => c.dataset.date)).to.deep.equal(['2026-02-01']);
        expect(todayCell(el)).to.have.length(0);
        prevButton(el).click();
        prevButton(el).click();
        await el.updateComplete;
        expect(caption(el)).to.equal('December 2025');
        expect(tabbable(el).map((c) => c.dataset.date)).to.deep.equal(['2025-12-01']);
        nextButton(el).click();
        await el.updateComplete;
        expect(caption(el)).to.equal('January 2026');
        expect(tabbable(el).map((c) => c.dataset.date)).to.deep.equal(['2026-01-19']);
      });

      it('work from the keyboard and keep the focus on the button', async () => {
        const el = await calendar({ today: '2026-07-24' });
        nextButton(el).focus();
        await press(el, 'Enter');
        expect(caption(el)).to.equal('August 2026');
        await press(el, ' ');
        expect(caption(el)).to.equal('September 2026');
        expect(root(el).activeElement).to.equal(nextButton(el));
      });

      it('reach the 29th of February in a leap year only', async () => {
        const el = await calendar({ today: '2028-02-10' });
        expect(cell(el, '2028-02-29')).not.to.equal(null);
        const common = await calendar({ today: '2026-02-10' });
        expect(cell(common, '2026-02-29')).to.equal(null);
        expect($$(common, 'td[data-date]')).to.have.length(28);
      });
    });

    describe('choosing a day', () => {
      for (const key of ['Enter', 'Space']) {
        it(`${key} on a holiday shows its details and fires mes-holiday-select`, async () => {
          const el = await calendar({ today: '2026-01-18' });
          await focusDay(el, '2026-01-18');
          await press(el, 'ArrowRight');
          const event = oneEvent(el, 'mes-holiday-select') as Promise<CustomEvent<HolidaySelectDetail>>;
          await pressKeys(key);
          const e = await event;
          expect(e.bubbles).to.equal(true);
          expect(e.composed).to.equal(true);
          expect(e.detail.date).to.equal('2026-01-19');
          expect(e.detail.holiday).to.deep.equal(en.holidays.items[0]);
          expect(e.detail.holidays).to.deep.equal([en.holidays.items[0]]);
          await el.updateComplete;
          expect(details(el)).to.equal('Rescuer’s Day Monday, January 19, 2026 · tomorrow');
          expect(cell(el, '2026-01-19').getAttribute('aria-selected')).to.equal('true');
          expect($(el, '[part~="details"]').getAttribute('aria-live')).to.equal('polite');
          expect(focusedDate(el)).to.equal('2026-01-19');
        });
      }

      it('a click on a holiday shows its details (with the description) and fires the event', async () => {
        const el = await calendar({ lang: 'ru', today: '2026-07-24' });
        el.content = {
          extend: true,
          items: [{ id: 'fire-service-day', month: 7, day: 25, name: 'День пожарной службы', description: 'С 1853 года.' }],
        };
        await el.updateComplete;
        const event = oneEvent(el, 'mes-holiday-select') as Promise<CustomEvent<HolidaySelectDetail>>;
        cell(el, '2026-07-25').click();
        const e = await event;
        expect(e.detail.date).to.equal('2026-07-25');
        expect(e.detail.holiday.id).to.equal('fire-service-day');
        await el.updateComplete;
        expect(details(el)).to.equal('День пожарной службы суббота, 25 июля 2026 г. · завтра С 1853 года.');
        expect(focusedDate(el)).to.equal('2026-07-25');
      });

      it('shows a past holiday as past', async () => {
        const el = await calendar({ lang: 'be', today: '2026-07-27' });
        cell(el, '2026-07-25').click();
        await el.updateComplete;
        expect(details(el)).to.equal('Дзень пажарнай службы субота, 25 ліпеня 2026 г. · пазаўчора');
      });

      it('does nothing on a day without a holiday but move the focus there (no event, no details)', async () => {
        const el = await calendar({ today: '2026-01-19' });
        let events = 0;
        el.addEventListener('mes-holiday-select', () => events++);
        await focusDay(el, '2026-01-19');
        await press(el, 'ArrowRight', 'Enter', 'Space');
        cell(el, '2026-01-22').click();
        await el.updateComplete;
        await tick();
        expect(events).to.equal(0);
        expect(details(el)).to.equal('');
        expect(focusedDate(el)).to.equal('2026-01-22');
        expect($$(el, 'td[aria-selected]')).to.have.length(0);
      });

      it('keeps the chosen holiday’s details when a plain day is chosen afterwards', async () => {
        const el = await calendar({ today: '2026-01-19' });
        cell(el, '2026-01-19').click();
        await el.updateComplete;
        cell(el, '2026-01-20').click();
        await el.updateComplete;
        expect(details(el)).to.contain('Rescuer’s Day');
      });

      it('is accessible with a holiday chosen', async () => {
        for (const lang of ['en', 'ru', 'be']) {
          const el = await calendar({ lang, today: '2026-01-19' });
          cell(el, '2026-01-19').click();
          await el.updateComplete;
          expect(details(el)).not.to.equal('');
          await expect(el).to.be.accessible();
        }
      });
    });
  });

  describe('add to calendar', () => {
    for (const c of contents) {
      it(`downloads mes-holidays.ics with the holidays in ${c.lang}`, async () => {
        const el = await calendar({ lang: c.lang, today: '2026-03-01' });
        const a = $<HTMLAnchorElement>(el, 'a[part~="download"]');
        expect(a.getAttribute('download')).to.equal('mes-holidays.ics');
        expect(text(a)).to.equal(c.ui.calendar.addToCalendar);
        expect(a.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        const ics = icsText(el);
        expect(ics).to.contain('VERSION:2.0');
        expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
        for (const h of c.holidays.items) expect(ics).to.contain(`SUMMARY;LANGUAGE=${c.lang}:${h.name}`);
        // A strict parser reads it: two yearly events on the right days.
        const cal = new ICAL.Component(ICAL.parse(ics));
        const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
        expect(events.map((e) => e.summary)).to.deep.equal(c.holidays.items.map((h) => h.name));
        expect(events.map((e) => e.startDate.toString())).to.deep.equal(['2026-01-19', '2026-07-25']);
      });
    }

    it('includes a partner’s holidays', async () => {
      const el = await calendar({ today: '2026-03-01' });
      el.content = { extend: true, items: [{ month: 3, day: 10, name: 'Partner Day, "joint"; drill' }] };
      await el.updateComplete;
      const ics = icsText(el);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(3);
      expect(ics).to.contain('SUMMARY;LANGUAGE=en:Partner Day\\, "joint"\\; drill');
    });
  });

  describe('partner content', () => {
    const partner = { month: 3, day: 10, name: 'Partner Day', description: 'Our own day.' };

    it('replaces the built-in holidays with a partner’s items by default', async () => {
      const el = await calendar({ today: '2026-03-01' });
      el.content = { items: [partner] };
      await el.updateComplete;
      expect(listItems(el)).to.deep.equal([{ name: 'Partner Day', date: 'March 10' }]);
      expect(nextName(el)).to.equal('Partner Day');
      expect(nextRelative(el)).to.equal('in 9 days');
    });

    it('adds a partner’s items to the built-in ones with "extend": true, in the order of the year, in list and grid', async () => {
      const el = await calendar({ today: '2026-03-01' });
      el.content = { extend: true, items: [partner] };
      await el.updateComplete;
      expect(listItems(el).map((i) => i.name)).to.deep.equal(['Rescuer’s Day', 'Partner Day', 'Fire Service Day']);
      expect(visibleText(el)).to.contain('Our own day.');
      const c = cell(el, '2026-03-10');
      expect(c.dataset.holiday).to.equal('holiday-03-10');
      expect(c.getAttribute('aria-label')).to.equal('Tuesday, March 10, 2026 — Partner Day');
      expect(c.classList.contains('is-holiday')).to.equal(true);
    });

    it('lets a partner item with a built-in id replace that holiday when extending', async () => {
      const el = await calendar({ today: '2026-03-01' });
      el.content = { extend: true, items: [{ id: 'rescuers-day', month: 1, day: 19, name: 'Rescuers’ Day (ours)' }] };
      await el.updateComplete;
      expect(listItems(el).map((i) => i.name)).to.deep.equal(['Rescuers’ Day (ours)', 'Fire Service Day']);
    });

    it('takes content per language', async () => {
      const el = await calendar({ lang: 'ru', today: '2026-03-01' });
      el.content = {
        en: { extend: true, items: [{ month: 3, day: 10, name: 'Partner Day' }] },
        ru: { extend: true, items: [{ month: 3, day: 10, name: 'День партнёра' }] },
      };
      await el.updateComplete;
      expect(listItems(el)[1]).to.deep.equal({ name: 'День партнёра', date: '10 марта' });
      expect(icsText(el)).to.contain('SUMMARY;LANGUAGE=ru:День партнёра');
    });

    it('loads holidays from src', async () => {
      const src = jsonUrl({ title: 'Our holidays', extend: true, items: [partner] });
      const el = await calendar({ today: '2026-03-01', src });
      await oneEvent(el, 'mes-content-load');
      await el.updateComplete;
      expect(text(headingOf(el))).to.equal('Our holidays');
      expect(listItems(el)).to.have.length(3);
      expect(cell(el, '2026-03-10').dataset.holiday).to.equal('holiday-03-10');
    });

    it('reports impossible dates once and skips them; 29 February is kept and shown in leap years', async () => {
      const warnings = captureWarnings();
      try {
        const el = await calendar({ today: '2028-02-01' });
        let errors = 0;
        el.addEventListener('mes-content-error', () => errors++);
        const reported = nextContentError(el);
        el.content = {
          extend: true,
          items: [
            { month: 2, day: 31, name: 'Thirty-first of February' },
            { month: 13, day: 1, name: 'Month thirteen' },
            { month: 4, day: 0, name: 'Day zero' },
            { month: 4, day: 31, name: 'Thirty-first of April' },
            { month: 2, day: 29, name: 'Leap Day' },
          ],
        };
        const detail = await reported;
        await el.updateComplete;
        expect(errors).to.equal(1);
        const problems = detail.problems.join('\n');
        expect(problems).to.contain('items[0]: month 2 has no day 31');
        expect(problems).to.contain('items[1].month: 13 is outside 1–12');
        expect(problems).to.contain('items[2].day: 0 is outside 1–31');
        expect(problems).to.contain('items[3]: month 4 has no day 31');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<mes-holiday-calendar>');
        expect(listItems(el).map((i) => i.name)).to.deep.equal(['Rescuer’s Day', 'Leap Day', 'Fire Service Day']);
        expect(visibleText(el)).not.to.contain('February 31');
        expect(visibleText(el)).not.to.contain('Month thirteen');
        expect(listItems(el)[1]!.date).to.equal('February 29');
        expect(cell(el, '2028-02-29').getAttribute('aria-label')).to.equal('Tuesday, February 29, 2028 — Leap Day');
        expect(nextName(el)).to.equal('Leap Day');
        expect(nextRelative(el)).to.equal('in 28 days');
        // In a common year there is no 29 February to mark, and the next one is in the next leap year.
        el.today = '2029-02-01';
        await el.updateComplete;
        expect(cell(el, '2029-02-28').dataset.holiday).to.equal(undefined);
        expect(nextName(el)).to.equal('Fire Service Day');
        expect(icsText(el)).to.contain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29');
      } finally {
        warnings.restore();
      }
    });

    it('keeps the built-in holidays when every partner item is impossible', async () => {
      const warnings = captureWarnings();
      try {
        const el = await calendar({ today: '2026-03-01' });
        const reported = nextContentError(el);
        el.content = { items: [{ month: 2, day: 30, name: 'Nope' }] };
        await reported;
        await el.updateComplete;
        expect(listItems(el).map((i) => i.name)).to.deep.equal(['Rescuer’s Day', 'Fire Service Day']);
      } finally {
        warnings.restore();
      }
    });

    it('refuses wrong types and unknown keys, and gives an id to items without a usable one', async () => {
      const warnings = captureWarnings();
      try {
        const el = await calendar({ today: '2026-03-01' });
        const reported = nextContentError(el);
        el.content = {
          extend: 'yes',
          items: [
            { month: '3', day: 10, name: 'String month' },
            { month: 3, day: 11, name: 'Bad id', id: 'has spaces' },
            { month: 3, day: 11, name: 'Same day' },
            { month: 3, day: 12 },
            { month: 3, day: 13, name: 'Typo', descripton: 'x' },
          ],
        };
        const detail = await reported;
        await el.updateComplete;
        const problems = detail.problems.join('\n');
        expect(problems).to.contain('extend: expected true or false');
        expect(problems).to.contain('items[0].month: expected a whole number');
        expect(problems).to.contain('items[1].id: use only Latin letters');
        expect(problems).to.contain('items[3].name: is required');
        expect(problems).to.contain('items[4].descripton: unknown key');
        // "extend" was refused, so the valid items replace the built-in ones.
        expect(listItems(el).map((i) => i.name)).to.deep.equal(['Bad id', 'Same day', 'Typo']);
        expect($$(el, '[part~="list"] > li').map((li) => li.dataset.holiday)).to.deep.equal([
          'holiday-03-11',
          'holiday-03-11-2',
          'holiday-03-13',
        ]);
        expect(cell(el, '2026-03-11').getAttribute('aria-label')).to.equal('Wednesday, March 11, 2026 — Bad id, Same day');
      } finally {
        warnings.restore();
      }
    });

    it('shows markup in a holiday’s name and description as text', async () => {
      const el = await calendar({ today: '2026-03-01' });
      const evil = '<img src=x onerror="window.__pwnedCalendar=1"><b>bold</b>';
      el.content = { title: evil, items: [{ month: 3, day: 2, name: evil, description: evil }] };
      await el.updateComplete;
      cell(el, '2026-03-02').click();
      await el.updateComplete;
      expect(text(headingOf(el))).to.equal(evil);
      expect(listItems(el)[0]!.name).to.equal(evil);
      expect(nextName(el)).to.equal(evil);
      expect(details(el)).to.contain(evil);
      expect(cell(el, '2026-03-02').getAttribute('aria-label')).to.contain(evil);
      expect($$(el, 'img, b')).to.have.length(0);
      await tick();
      expect((window as unknown as { __pwnedCalendar?: number }).__pwnedCalendar).to.equal(undefined);
    });
  });

  describe('today and time-zone', () => {
    for (const bad of ['2026-02-31', '19.01.2026', 'tomorrow', '2026-1-19']) {
      it(`warns about today="${bad}" and uses the date in Europe/Minsk`, async () => {
        setClock('2026-01-18T12:00:00Z');
        const warnings = captureWarnings();
        try {
          const el = await calendar({ today: bad });
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<mes-holiday-calendar>');
          expect(warnings.messages[0]).to.contain(`today="${bad}"`);
          expect(warnings.messages[0]).to.contain('Europe/Minsk');
          expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-18');
          expect(nextRelative(el)).to.equal('tomorrow');
        } finally {
          warnings.restore();
        }
      });
    }

    for (const bad of ['Mars/Olympus', 'GMT+25', 'Minsk']) {
      it(`warns about time-zone="${bad}" and uses Europe/Minsk`, async () => {
        setClock('2026-01-18T21:30:00Z'); // 00:30 on the 19th in Minsk, still the 18th in most of the world
        const warnings = captureWarnings();
        try {
          const el = await calendar({ timeZone: bad });
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<mes-holiday-calendar>');
          expect(warnings.messages[0]).to.contain(`time-zone="${bad}"`);
          expect(warnings.messages[0]).to.contain('using Europe/Minsk');
          expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-19');
          expect(nextRelative(el)).to.equal('today');
        } finally {
          warnings.restore();
        }
      });
    }

    it('follows changes of today and time-zone at run time', async () => {
      setClock('2026-01-18T20:30:00Z');
      const el = await calendar();
      expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-18');
      el.setAttribute('time-zone', 'Pacific/Kiritimati');
      await el.updateComplete;
      expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-19');
      expect(tabbable(el)[0]!.dataset.date).to.equal('2026-01-19');
      el.setAttribute('today', '2026-07-24');
      await el.updateComplete;
      expect(caption(el)).to.equal('July 2026');
      expect(todayCell(el)[0]!.dataset.date).to.equal('2026-07-24');
      expect(nextRelative(el)).to.equal('tomorrow');
      el.removeAttribute('today');
      await el.updateComplete;
      expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-19');
    });

    it('a fixed today wins over the clock and the zone', async () => {
      setClock('2030-06-01T12:00:00Z');
      const el = await calendar({ today: '2026-01-19', timeZone: 'Pacific/Kiritimati' });
      expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-19');
    });

    it('defaults to the real clock in Europe/Minsk', async () => {
      const el = await calendar();
      // From the parts: the pattern of a locale's short date differs between engines (en-CA is 11/25/2026 in WebKit).
      const part = (parts: Intl.DateTimeFormatPart[], type: string) => parts.find((p) => p.type === type)!.value;
      const parts = new Intl.DateTimeFormat('en', {
        timeZone: 'Europe/Minsk',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).formatToParts(new Date());
      const minsk = `${part(parts, 'year')}-${part(parts, 'month')}-${part(parts, 'day')}`;
      expect(todayCell(el)[0]!.dataset.date).to.equal(minsk);
    });
  });

  describe('the midnight timer', () => {
    type Timer = { id: number; delay: number; fn: () => void };
    let started: Timer[];
    let cleared: number[];
    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;

    beforeEach(() => {
      started = [];
      cleared = [];
      window.setTimeout = ((fn: TimerHandler, delay?: number, ...args: unknown[]) => {
        const id = realSetTimeout(fn, delay, ...args);
        started.push({ id, delay: delay ?? 0, fn: fn as () => void });
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) cleared.push(id);
        realClearTimeout(id);
      }) as typeof window.clearTimeout;
    });

    afterEach(() => {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    });

    it('sets one timer for the next midnight in Minsk and clears it when the element is removed', async () => {
      setClock('2026-01-18T20:59:00Z'); // 23:59 in Minsk
      const el = await calendar();
      const midnight = started.filter((t) => t.delay === 60_000);
      expect(midnight).to.have.length(1);
      expect(cleared).not.to.include(midnight[0]!.id);
      el.remove();
      expect(cleared).to.include(midnight[0]!.id);
      // Nothing new while it is out of the page.
      el.setAttribute('time-zone', 'UTC');
      await el.updateComplete;
      expect(started.filter((t) => t.delay > 1000)).to.have.length(1);
    });

    it('counts to midnight in the time-zone', async () => {
      setClock('2026-01-18T20:59:00Z'); // 15:59 in New York: 8 h 1 min to midnight
      await calendar({ timeZone: 'America/New_York' });
      expect(started.filter((t) => t.delay === (8 * 60 + 1) * 60_000)).to.have.length(1);
    });

    it('sets no timer when today is fixed', async () => {
      setClock('2026-01-18T20:59:00Z');
      await calendar({ today: '2026-01-18' });
      expect(started.filter((t) => t.delay === 60_000)).to.have.length(0);
    });

    it('keeps one timer however often the zone changes, and sets it again when put back in the page', async () => {
      setClock('2026-01-18T20:59:00Z');
      const el = await calendar();
      for (const tz of ['UTC', 'Asia/Tokyo', 'Europe/Minsk']) {
        el.setAttribute('time-zone', tz);
        await el.updateComplete;
      }
      const midnightTimers = started.filter((t) => t.delay > 1000);
      expect(midnightTimers.length).to.be.greaterThan(1);
      // Every timer but the last was cleared.
      for (const t of midnightTimers.slice(0, -1)) expect(cleared).to.include(t.id);
      expect(cleared).not.to.include(midnightTimers.at(-1)!.id);
      const parent = el.parentElement!;
      el.remove();
      expect(cleared).to.include(midnightTimers.at(-1)!.id);
      parent.append(el);
      const again = started.filter((t) => t.delay > 1000).at(-1)!;
      expect(again.id).not.to.equal(midnightTimers.at(-1)!.id);
      expect(again.delay).to.equal(60_000);
      el.remove();
      expect(cleared).to.include(again.id);
    });

    it('moves to the next day when the timer fires, and sets the timer for the midnight after', async () => {
      setClock('2026-01-18T20:59:00Z'); // 23:59 in Minsk
      const el = await calendar();
      expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-18');
      expect(nextRelative(el)).to.equal('tomorrow');
      const timer = started.find((t) => t.delay === 60_000)!;
      // The clock reaches midnight in Minsk and the timer fires (called here rather than waited for: a page in
      // the background has its timers slowed down).
      setClock('2026-01-18T21:00:00Z');
      timer.fn();
      await el.updateComplete;
      expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-19');
      expect(nextRelative(el)).to.equal('today');
      // The reader had not moved away from today: the tab stop follows it.
      expect(tabbable(el)[0]!.dataset.date).to.equal('2026-01-19');
      const following = started.filter((t) => t.delay > 1000).at(-1)!;
      expect(following.id).not.to.equal(timer.id);
      expect(following.delay).to.equal(86_400_000);
      el.remove();
      expect(cleared).to.include(following.id);
    });

    it('leaves the focus where the reader moved it when the day changes', async () => {
      setClock('2026-01-18T20:59:00Z');
      const el = await calendar();
      await focusDay(el, '2026-01-18');
      await press(el, 'PageDown');
      setClock('2026-01-18T21:00:00Z');
      started.find((t) => t.delay === 60_000)!.fn();
      await el.updateComplete;
      expect(focusedDate(el)).to.equal('2026-02-18');
      expect(caption(el)).to.equal('February 2026');
    });

    it('really fires at midnight (a real timer; the clock stands 50 ms before midnight, then passes it)', async () => {
      // The clock is moved by the test, not by real time, so a slow machine cannot change the outcome: a timer
      // that fires while the clock still stands before midnight simply sets itself again.
      let now = Date.parse('2026-01-18T20:59:59.950Z');
      MesHolidayCalendar.clock = () => now;
      const el = await calendar();
      expect(todayCell(el)[0]!.dataset.date).to.equal('2026-01-18');
      now = Date.parse('2026-01-18T21:00:00.010Z');
      await waitUntil(() => todayCell(el)[0]?.dataset.date === '2026-01-19', 'the day did not change', { timeout: 8000 });
      el.remove();
    });
  });

  // Language, heading-level, content from outside and definition: src/test/contract.test.ts, as for every element.

  describe('in America/New_York (browser zone)', () => {
    before(async function () {
      await emulateTimeZone(this, 'America/New_York');
      // The emulation is real: the browser's own zone is now five hours behind UTC in January.
      expect(new Date(2026, 0, 19).getTimezoneOffset()).to.equal(300);
    });
    after(async () => {
      await resetTimeZone();
    });
    zoneIndependentTests();
  });

  describe('in Asia/Tokyo (browser zone)', () => {
    before(async function () {
      await emulateTimeZone(this, 'Asia/Tokyo');
      expect(new Date(2026, 0, 19).getTimezoneOffset()).to.equal(-540);
    });
    after(async () => {
      await resetTimeZone();
    });
    zoneIndependentTests();
  });
});
