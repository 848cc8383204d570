import { expect } from '@open-wc/testing';
import { emulateTimeZone, resetTimeZone } from '../../test/commands.js';
import { formatFullDate, formatMonthDay } from './format.js';
import { addDays, dayOfWeek, daysBetween, parseIsoDate, type PlainDate } from './plain-date.js';
import { isValidTimeZone, msUntilNextMidnight, todayInZone } from './zone.js';

const d = (s: string): PlainDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(`bad test date ${s}`);
  return p;
};

const EN = { lang: 'en' };

describe('time zones', () => {
  // 21:30 UTC on 18 January is 00:30 on 19 January in Minsk (UTC+3) and 16:30 on 18 January in New York.
  const instant = new Date('2026-01-18T21:30:00Z');

  it('validates time zones', () => {
    expect(isValidTimeZone('Europe/Minsk')).to.equal(true);
    expect(isValidTimeZone('America/New_York')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
    expect(isValidTimeZone('+03:00 nonsense')).to.equal(false);
  });

  it('gives the calendar date in a zone at a fixed instant', () => {
    expect(todayInZone('Europe/Minsk', instant)).to.deep.equal(d('2026-01-19'));
    expect(todayInZone('America/New_York', instant)).to.deep.equal(d('2026-01-18'));
    expect(todayInZone('UTC', instant)).to.deep.equal(d('2026-01-18'));
    expect(todayInZone(undefined, instant)).to.deep.equal(d('2026-01-19'));
    expect(todayInZone('Europe/Minsk', new Date('2026-01-18T20:59:59.999Z'))).to.deep.equal(d('2026-01-18'));
    expect(todayInZone('Europe/Minsk', new Date('2026-01-18T21:00:00Z'))).to.deep.equal(d('2026-01-19'));
    expect(todayInZone('Europe/Minsk', new Date('2025-12-31T21:00:00Z'))).to.deep.equal(d('2026-01-01'));
  });

  it('throws for an unknown zone', () => {
    expect(() => todayInZone('Mars/Olympus_Mons', instant)).to.throw(RangeError);
  });

  it('counts the milliseconds to the next midnight in Minsk (21:00 UTC)', () => {
    expect(msUntilNextMidnight('Europe/Minsk', instant)).to.equal(23.5 * 3600_000);
    expect(msUntilNextMidnight('Europe/Minsk', new Date('2026-01-18T20:59:59.250Z'))).to.equal(750);
    // At midnight exactly, the next one is a full day away.
    expect(msUntilNextMidnight('Europe/Minsk', new Date('2026-01-18T21:00:00Z'))).to.equal(86_400_000);
    expect(msUntilNextMidnight('Europe/Minsk', new Date('2026-07-25T12:00:00Z'))).to.equal(9 * 3600_000);
    expect(msUntilNextMidnight('UTC', instant)).to.equal(2.5 * 3600_000);
  });

  it('lands exactly on the date change, also across daylight-saving changes', () => {
    const cases: [string, string][] = [
      ['Europe/Minsk', '2026-03-28T12:34:56.789Z'],
      ['America/New_York', '2026-03-07T12:00:00Z'], // the night before the spring change
      ['America/New_York', '2026-10-31T12:00:00Z'],
      ['Europe/Berlin', '2026-03-28T22:30:00Z'],
      ['America/Havana', '2026-03-07T12:00:00Z'], // Cuba moves its clocks at midnight
      ['Asia/Kathmandu', '2026-01-18T12:00:00Z'], // UTC+5:45
    ];
    for (const [zone, iso] of cases) {
      const now = new Date(iso);
      const ms = msUntilNextMidnight(zone, now);
      const today = todayInZone(zone, now);
      expect(ms, `${zone} ${iso}`).to.be.greaterThan(0);
      expect(ms, `${zone} ${iso}`).to.be.at.most(25 * 3600_000);
      expect(todayInZone(zone, now.getTime() + ms - 1), `${zone} ${iso}`).to.deep.equal(today);
      expect(todayInZone(zone, now.getTime() + ms), `${zone} ${iso}`).to.deep.equal(addDays(today, 1));
    }
  });

  describe('whatever the visitor’s own zone is', () => {
    after(async () => {
      await resetTimeZone();
    });

    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Asia/Tokyo']) {
      it(`gives the same dates in ${zone}`, async function () {
        await emulateTimeZone(this, zone);
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
        expect(todayInZone('Europe/Minsk', instant)).to.deep.equal(d('2026-01-19'));
        expect(msUntilNextMidnight('Europe/Minsk', instant)).to.equal(23.5 * 3600_000);
        expect(addDays(d('2026-03-28'), 2)).to.deep.equal(d('2026-03-30'));
        expect(addDays(d('2026-10-24'), 2)).to.deep.equal(d('2026-10-26'));
        expect(dayOfWeek(d('2026-01-19'))).to.equal(1);
        expect(daysBetween(d('2026-03-01'), d('2026-11-01'))).to.equal(245);
        expect(formatMonthDay(d('2026-01-19'), EN)).to.equal('January 19');
        expect(formatFullDate(d('2026-01-19'), EN)).to.equal('Monday, January 19, 2026');
      });
    }
  });
});

describe('time zones: the turn of the year in Minsk', () => {
  describe('todayInZone', () => {
    it('reads the date in Minsk (UTC+3), not in UTC or the visitor’s zone', () => {
      // 31 Dec 2026, 21:30 UTC is already 1 Jan 2027, 00:30 in Minsk.
      const instant = new Date('2026-12-31T21:30:00Z');
      expect(todayInZone('Europe/Minsk', instant)).to.deep.equal({ year: 2027, month: 1, day: 1 });
      expect(todayInZone('UTC', instant)).to.deep.equal({ year: 2026, month: 12, day: 31 });
      expect(todayInZone('America/Los_Angeles', instant)).to.deep.equal({ year: 2026, month: 12, day: 31 });
      // One minute before Minsk midnight it is still the old year there.
      expect(todayInZone('Europe/Minsk', new Date('2026-12-31T20:59:00Z'))).to.deep.equal({
        year: 2026,
        month: 12,
        day: 31,
      });
    });

    it('defaults to Europe/Minsk', () => {
      const instant = new Date('2030-12-31T22:00:00Z');
      expect(todayInZone(undefined, instant)).to.deep.equal({ year: 2031, month: 1, day: 1 });
    });
  });
});
