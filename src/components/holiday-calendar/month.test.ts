// <mes-holiday-calendar>: the previous and next month buttons.
import { expect } from '@open-wc/testing';
import {
  $$,
  calendar,
  caption,
  cell,
  contents,
  nextButton,
  prevButton,
  press,
  root,
  tabbable,
  todayCell,
} from './test-support.js';

describe('<mes-holiday-calendar>', () => {
  describe('month grid', () => {
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
  });
});
