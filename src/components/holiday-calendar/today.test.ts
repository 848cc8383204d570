// <mes-holiday-calendar>: "today" (the clock, `today`, `time-zone`), the next holiday, and the same answers whatever
// zone the browser is in.
import { expect } from '@open-wc/testing';
import { MesHolidayCalendar } from './mes-holiday-calendar.js';
import { captureWarnings } from '../../test/helpers.js';
import { emulateTimeZone, resetTimeZone } from '../../test/commands.js';
import {
  $,
  calendar,
  caption,
  contents,
  focusDay,
  focusedDate,
  icsText,
  nextName,
  nextRelative,
  nextText,
  press,
  realClock,
  setClock,
  tabbable,
  todayCell,
} from './test-support.js';

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
    const ics = await icsText(el);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20260119');
    expect(ics).to.contain('DTSTART;VALUE=DATE:20260725');
  });
}

/* ---------------------------------------------------------------------------------------------------------- */

describe('<mes-holiday-calendar>', () => {
  afterEach(() => {
    MesHolidayCalendar.clock = realClock;
  });

  describe('next holiday', () => {
    zoneIndependentTests();

    it('highlights the card on the day of a holiday', async () => {
      const el = await calendar({ today: '2026-07-25' });
      expect($(el, '[part~="next"]').classList.contains('is-today')).to.equal(true);
      expect(nextText(el)).to.equal('Fire Service Day July 25 Next holiday today');
      const other = await calendar({ today: '2026-07-24' });
      expect($(other, '[part~="next"]').classList.contains('is-today')).to.equal(false);
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
