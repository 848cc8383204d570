// <mes-holiday-calendar>: the timer that moves "today" on at midnight.
import { expect, waitUntil } from '@open-wc/testing';
import { MesHolidayCalendar } from './mes-holiday-calendar.js';
import {
  calendar,
  caption,
  focusDay,
  focusedDate,
  nextRelative,
  press,
  realClock,
  setClock,
  tabbable,
  todayCell,
} from './test-support.js';
import { watchTimers } from '../../test/helpers.js';

describe('<mes-holiday-calendar>', () => {
  afterEach(() => {
    MesHolidayCalendar.clock = realClock;
  });

  describe('the midnight timer', () => {
    const { started, cleared } = watchTimers();

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
      await waitUntil(() => todayCell(el)[0]?.dataset.date === '2026-01-19', 'the day did not change', {
        timeout: 8000,
      });
      el.remove();
    });
  });
});
