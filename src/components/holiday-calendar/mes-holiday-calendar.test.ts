// <mes-holiday-calendar>: what it shows in each language, and its month grid. Keys: keyboard.test.ts; the month
// buttons: month.test.ts; choosing a day: select.test.ts; the .ics link: download.test.ts; partner content:
// partner.test.ts; today, time zones: today.test.ts; the midnight timer: midnight.test.ts.
import { expect } from '@open-wc/testing';
import { visibleText } from '../../test/helpers.js';
import {
  $,
  $$,
  calendar,
  caption,
  cell,
  contents,
  focusDay,
  focusedDate,
  headingOf,
  listItems,
  root,
  tabbable,
  text,
  tick,
  todayCell,
} from './test-support.js';

const dates: Record<string, [string, string]> = {
  en: ['January 19', 'July 25'],
  ru: ['19 января', '25 июля'],
  be: ['19 студзеня', '25 ліпеня'],
};

describe('<mes-holiday-calendar>', () => {
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

    it('keeps the focus on the same day when the language changes', async () => {
      const el = await calendar({ lang: 'ru', today: '2026-11-19' });
      await focusDay(el, '2026-11-19');
      el.lang = 'en';
      await tick();
      await el.updateComplete;
      expect(focusedDate(el)).to.equal('2026-11-19');
      expect(tabbable(el).map((c) => c.dataset.date)).to.deep.equal(['2026-11-19']);
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
      expect(headers.map((th) => text(th))).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      expect(headers.map((th) => th.getAttribute('aria-label'))).to.deep.equal([
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
        'Sunday',
      ]);
      expect(
        headers.every(
          (th) => th.getAttribute('scope') === 'col' && th.getAttribute('abbr') === th.getAttribute('aria-label'),
        ),
      ).to.equal(true);
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

    it('starts the week on Monday in ru, be and en (a Belarusian calendar)', async () => {
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
      expect($(enEl, 'thead th').getAttribute('aria-label')).to.equal('Monday');
      expect([...$$(enEl, 'tbody tr')[0]!.children].map((td) => td.getAttribute('data-date'))).to.deep.equal([
        null,
        null,
        null,
        '2026-01-01',
        '2026-01-02',
        '2026-01-03',
        '2026-01-04',
      ]);
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
      expect(getComputedStyle(c).backgroundColor, 'a filled cell').not.to.equal(
        getComputedStyle(cell(el, '2026-01-20')).backgroundColor,
      );
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
      // Monday-first January 2026: 3 days of December before (the 1st is a Thursday), 1 of February after.
      expect(outside).to.have.length(4);
      for (const td of outside) {
        expect(text(td)).to.equal('');
        expect(td.hasAttribute('tabindex')).to.equal(false);
        expect(td.hasAttribute('data-date')).to.equal(false);
      }
    });
  });

  // Language, heading-level, content from outside and definition: src/test/contract/, as for every element.
});
