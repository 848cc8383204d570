// <mes-holiday-calendar>: a partner's holidays, through the content property and src.
import { expect, oneEvent } from '@open-wc/testing';
import { captureWarnings, jsonUrl, nextContentError, visibleText } from '../../test/helpers.js';
import {
  $$,
  calendar,
  cell,
  details,
  headingOf,
  icsText,
  listItems,
  nextName,
  nextRelative,
  text,
  tick,
} from './test-support.js';

describe('<mes-holiday-calendar>', () => {
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
      expect(await icsText(el)).to.contain('SUMMARY;LANGUAGE=ru:День партнёра');
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
        expect(await icsText(el)).to.contain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29');
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
        expect(cell(el, '2026-03-11').getAttribute('aria-label')).to.equal(
          'Wednesday, March 11, 2026 — Bad id, Same day',
        );
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
});
