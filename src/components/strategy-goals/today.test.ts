// "Today" of <mes-strategy-goals> (src/core/today.ts): `today`, `time-zone`, the clock and the turn of the year.
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import './mes-strategy-goals.js';
import type { MesStrategyGoals } from './mes-strategy-goals.js';
import { en } from '../../content/en.js';
import { TodayController } from '../../core/today.js';
import { emulateTimeZone, resetTimeZone } from '../../test/commands.js';
import { captureWarnings, watchTimers } from '../../test/helpers.js';
import { progressText } from './format.js';
import { periodProgress } from './progress.js';

const TAG = 'mes-strategy-goals';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const bar = (el: Element) => $(el, '[role="progressbar"]')!;
const statusText = (el: Element) => $(el, '[part="status"]')!.textContent!.trim();
const segments = (el: Element) =>
  [...bar(el).querySelectorAll('.segment')].map((s) => ({
    year: Number((s as HTMLElement).dataset.year),
    status: ['past', 'current', 'future'].find((c) => s.classList.contains(c)),
  }));
const tick = () => new Promise((r) => setTimeout(r));

async function strategy(today: string | null): Promise<MesStrategyGoals> {
  return fixture<MesStrategyGoals>(
    html`<mes-strategy-goals lang="en" today=${ifDefined(today ?? undefined)}></mes-strategy-goals>`,
  );
}

/** The progress text for a day, in English. */
const statusOn = (iso: string) => {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return progressText(en.ui.strategy, 'en', periodProgress(2019, 2030, { year, month, day }));
};

/** Sets the clock that "today" is read from (every element that shows a date reads it). */
const realClock = TodayController.clock;
const setClock = (iso: string) => {
  const ms = Date.parse(iso);
  TodayController.clock = () => ms;
};

describe('<mes-strategy-goals>: today', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    TodayController.clock = realClock;
  });

  describe('today', () => {
    for (const bad of ['2026-02-30', 'tomorrow', '2026-2-3', '2023-02-29', '2026-11-25T10:00']) {
      it(`warns about today="${bad}" and falls back to the current date in Minsk`, async () => {
        setClock('2024-06-01T12:00:00Z');
        const warnings = captureWarnings();
        try {
          const el = await strategy(bad);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`<${TAG}>: today="${bad}" is not a date in the form YYYY-MM-DD`);
          expect(warnings.messages[0]).to.contain('Europe/Minsk');
          expect(statusText(el)).to.equal(statusOn('2024-06-01'));
          // Re-rendering (here: a change of language) does not repeat the warning.
          el.lang = 'ru';
          await tick();
          await el.updateComplete;
          expect(warnings.messages).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('treats today set to undefined, null, empty or blank as absent, without a warning', async () => {
      setClock('2024-06-01T12:00:00Z');
      const warnings = captureWarnings();
      try {
        const el = await strategy('2020-01-01');
        (el as unknown as { today: undefined }).today = undefined;
        await el.updateComplete;
        expect(statusText(el)).to.equal(statusOn('2024-06-01'));
        el.today = '2020-01-01';
        await el.updateComplete;
        el.today = null;
        await el.updateComplete;
        expect(statusText(el)).to.equal(statusOn('2024-06-01'));
        for (const blank of ['', '  ']) {
          el.today = '2020-01-01';
          await el.updateComplete;
          el.setAttribute('today', blank);
          await el.updateComplete;
          expect(statusText(el), JSON.stringify(blank)).to.equal(statusOn('2024-06-01'));
        }
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('recovers when a bad value is replaced by a good one', async () => {
      const warnings = captureWarnings();
      try {
        const el = await strategy('2026-13-01');
        el.today = '2020-05-05';
        await el.updateComplete;
        expect(statusText(el)).to.equal('2 of 12 years');
      } finally {
        warnings.restore();
      }
    });

    it('reflects today and time-zone to attributes, as the holiday calendar does', async () => {
      const el = await strategy(null);
      el.today = '2020-05-05';
      el.timeZone = 'Asia/Tokyo';
      await el.updateComplete;
      expect(el.getAttribute('today')).to.equal('2020-05-05');
      expect(el.getAttribute('time-zone')).to.equal('Asia/Tokyo');
    });

    describe('by default, the date in Minsk, whatever the visitor’s time zone', () => {
      const RealDate = Date;
      const freeze = (iso: string) => {
        const fixed = new RealDate(iso).getTime();
        class FrozenDate extends RealDate {
          constructor(...args: unknown[]) {
            if (args.length === 0) super(fixed);
            else super(...(args as [string]));
          }
          static override now() {
            return fixed;
          }
        }
        window.Date = FrozenDate as DateConstructor;
      };
      afterEach(async () => {
        window.Date = RealDate;
        await resetTimeZone();
      });

      it('is already 2031 in Minsk at 22:30 UTC on 31 December 2030, while it is still 2030 in Los Angeles', async function () {
        await emulateTimeZone(this, 'America/Los_Angeles');
        freeze('2030-12-31T22:30:00Z');
        expect(new Date().getFullYear()).to.equal(2030); // the visitor's own calendar
        const el = await fixture<MesStrategyGoals>(html`<mes-strategy-goals></mes-strategy-goals>`);
        expect(statusText(el)).to.equal('Completed');
      });

      it('is already 2019 in Minsk at 21:30 UTC on 31 December 2018 (first day of the period)', async function () {
        await emulateTimeZone(this, 'UTC');
        freeze('2018-12-31T21:30:00Z');
        const el = await fixture<MesStrategyGoals>(html`<mes-strategy-goals></mes-strategy-goals>`);
        expect(statusText(el)).to.equal('1 of 12 years');
      });

      it('is still 2018 in Minsk at 20:59 UTC on 31 December 2018, even in a zone already in 2019', async function () {
        await emulateTimeZone(this, 'Pacific/Kiritimati');
        freeze('2018-12-31T20:59:00Z');
        expect(new Date().getFullYear()).to.equal(2019);
        const el = await fixture<MesStrategyGoals>(html`<mes-strategy-goals></mes-strategy-goals>`);
        expect(statusText(el)).to.equal('Not started yet');
      });
    });
  });

  describe('time-zone', () => {
    it('reads "today" in the time-zone given, Europe/Minsk by default', async () => {
      // 22:30 UTC on 31 December 2026: already 2027 in Minsk, still 2026 in New York.
      setClock('2026-12-31T22:30:00Z');
      const minsk = await strategy(null);
      expect(statusText(minsk)).to.equal('9 of 12 years');
      const newYork = await fixture<MesStrategyGoals>(
        html`<mes-strategy-goals time-zone="America/New_York"></mes-strategy-goals>`,
      );
      expect(statusText(newYork)).to.equal('8 of 12 years');
      newYork.removeAttribute('time-zone');
      await newYork.updateComplete;
      expect(statusText(newYork)).to.equal('9 of 12 years');
    });

    for (const bad of ['Mars/Olympus', 'Minsk']) {
      it(`warns about time-zone="${bad}" and uses Europe/Minsk`, async () => {
        setClock('2026-12-31T22:30:00Z');
        const warnings = captureWarnings();
        try {
          const el = await fixture<MesStrategyGoals>(html`<mes-strategy-goals time-zone=${bad}></mes-strategy-goals>`);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`<${TAG}>: time-zone="${bad}"`);
          expect(warnings.messages[0]).to.contain('using Europe/Minsk');
          expect(statusText(el)).to.equal('9 of 12 years');
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('the turn of the year', () => {
    const { started, cleared } = watchTimers();

    it('turns "8 of 12 years" into "9 of 12 years" at midnight in Minsk on 31 December → 1 January', async () => {
      setClock('2026-12-31T20:59:00Z'); // 23:59 on 31 December in Minsk
      const el = await strategy(null);
      expect(statusText(el)).to.equal('8 of 12 years');
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('8');
      const midnight = started.filter((t) => t.delay === 60_000);
      expect(midnight, 'one timer, for midnight in Minsk').to.have.length(1);
      // The clock reaches midnight and the timer fires (called here rather than waited for: the test moves the
      // clock, so the speed of the machine cannot change the outcome).
      setClock('2026-12-31T21:00:00Z');
      midnight[0]!.fn();
      await el.updateComplete;
      expect(statusText(el)).to.equal('9 of 12 years');
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('9');
      expect(segments(el).find((s) => s.status === 'current')?.year).to.equal(2027);
      // The next timer is for the midnight after; it is cleared when the element is removed.
      const following = started.filter((t) => t.delay > 1000).at(-1)!;
      expect(following.delay).to.equal(86_400_000);
      el.remove();
      expect(cleared).to.include(following.id);
    });

    it('sets no timer while today is fixed', async () => {
      setClock('2026-12-31T20:59:00Z');
      await strategy('2026-12-31');
      expect(started.filter((t) => t.delay === 60_000)).to.deep.equal([]);
    });
  });
});
