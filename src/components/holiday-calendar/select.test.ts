// <mes-holiday-calendar>: choosing a day with Enter, Space or a click: the holiday's details and mes-holiday-select.
import { expect, oneEvent } from '@open-wc/testing';
import type { HolidaySelectDetail } from './mes-holiday-calendar.js';
import { en } from '../../content/en.js';
import { pressKeys } from '../../test/commands.js';
import { $, $$, calendar, cell, details, focusDay, focusedDate, press, tick } from './test-support.js';

describe('<mes-holiday-calendar>', () => {
  describe('month grid', () => {
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
          items: [
            {
              id: 'fire-service-day',
              month: 7,
              day: 25,
              name: 'День пожарной службы',
              description: 'Описание, данное партнером.',
            },
          ],
        };
        await el.updateComplete;
        const event = oneEvent(el, 'mes-holiday-select') as Promise<CustomEvent<HolidaySelectDetail>>;
        cell(el, '2026-07-25').click();
        const e = await event;
        expect(e.detail.date).to.equal('2026-07-25');
        expect(e.detail.holiday.id).to.equal('fire-service-day');
        await el.updateComplete;
        expect(details(el)).to.equal(
          'День пожарной службы суббота, 25 июля 2026 г. · завтра Описание, данное партнером.',
        );
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
});
