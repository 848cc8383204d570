// <mes-holiday-calendar>: moving through the date grid with the keys, and where the focus goes.
import { expect } from '@open-wc/testing';
import { calendar, caption, focusDay, focusedDate, press, root, tabbable, todayCell } from './test-support.js';

describe('<mes-holiday-calendar>', () => {
  describe('month grid', () => {
    describe('keyboard', () => {
      const moves: [string, string, string, string, string][] = [
        // [lang, from, key, to, caption]
        ['en', '2026-01-19', 'ArrowRight', '2026-01-20', 'January 2026'],
        ['en', '2026-01-19', 'ArrowLeft', '2026-01-18', 'January 2026'],
        ['en', '2026-01-19', 'ArrowDown', '2026-01-26', 'January 2026'],
        ['en', '2026-01-19', 'ArrowUp', '2026-01-12', 'January 2026'],
        ['en', '2026-01-21', 'Home', '2026-01-19', 'January 2026'],
        ['en', '2026-01-21', 'End', '2026-01-25', 'January 2026'],
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
        ['en', '2026-03-01', 'Home', '2026-02-23', 'February 2026'],
        ['en', '2026-03-02', 'Home', '2026-03-02', 'March 2026'],
        ['en', '2026-03-01', 'End', '2026-03-01', 'March 2026'],
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
        await press(
          el,
          'PageDown',
          'PageDown',
          'ArrowDown',
          'End',
          'Shift+PageDown',
          'Shift+PageUp',
          'Home',
          'ArrowUp',
          'PageUp',
          'PageUp',
        );
        // 19 Jan → 19 Feb → 19 Mar → 26 Mar → Sun 29 Mar → 29 Mar 2027 → 29 Mar 2026 → Mon 23 Mar → 16 Mar → 16 Feb → 16 Jan
        expect(focusedDate(el)).to.equal('2026-01-16');
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
  });
});
