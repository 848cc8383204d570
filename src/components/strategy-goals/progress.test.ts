import { expect } from '@open-wc/testing';
import {
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  parseIsoDate,
  periodProgress,
  todayInZone,
  type CalendarDate,
} from './progress.js';

const day = (iso: string): CalendarDate => {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`bad test date ${iso}`);
  return d;
};
const statuses = (start: number, end: number, iso: string) =>
  periodProgress(start, end, day(iso))
    .years.map((y) => y.status[0])
    .join('');

describe('strategy progress (pure functions)', () => {
  describe('parseIsoDate', () => {
    it('reads real dates of the form YYYY-MM-DD', () => {
      expect(parseIsoDate('2026-11-25')).to.deep.equal({ year: 2026, month: 11, day: 25 });
      expect(parseIsoDate('2019-01-01')).to.deep.equal({ year: 2019, month: 1, day: 1 });
      expect(parseIsoDate('2030-12-31')).to.deep.equal({ year: 2030, month: 12, day: 31 });
    });

    it('accepts 29 February in leap years only (2000 is one, 2100 is not)', () => {
      expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
      expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
      expect(parseIsoDate('2023-02-29')).to.equal(null);
      expect(parseIsoDate('2100-02-29')).to.equal(null);
    });

    for (const bad of [
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-2-3',
      '26-02-03',
      '2026/02/03',
      '2026-02-03T00:00',
      ' 2026-02-03',
      '2026-02-03 ',
      'tomorrow',
      '',
      '２０２６-０２-０３',
    ]) {
      it(`refuses ${JSON.stringify(bad)}`, () => {
        expect(parseIsoDate(bad)).to.equal(null);
      });
    }
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).to.deep.equal([false, true, false, true, false]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).to.deep.equal([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2024, 13)).to.equal(0);
  });

  it('writes dates back as YYYY-MM-DD', () => {
    expect(formatIsoDate({ year: 2026, month: 2, day: 3 })).to.equal('2026-02-03');
    expect(formatIsoDate({ year: 999, month: 12, day: 31 })).to.equal('0999-12-31');
  });

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

  describe('periodProgress for 2019–2030', () => {
    it('has 12 years', () => {
      const p = periodProgress(2019, 2030, day('2026-06-01'));
      expect(p.total).to.equal(12);
      expect(p.years.map((y) => y.year)).to.deep.equal([
        2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
      ]);
    });

    it('has not started on the day before the first (31 December 2018)', () => {
      const p = periodProgress(2019, 2030, day('2018-12-31'));
      expect(p).to.include({ state: 'before', done: 0, total: 12, current: null });
      expect(statuses(2019, 2030, '2018-12-31')).to.equal('ffffffffffff');
    });

    it('is in its 1st year on the first day (1 January 2019)', () => {
      const p = periodProgress(2019, 2030, day('2019-01-01'));
      expect(p).to.include({ state: 'during', done: 1, current: 2019 });
      expect(statuses(2019, 2030, '2019-01-01')).to.equal('cfffffffffff');
    });

    it('is in its 8th year all through 2026, with 2019–2025 complete', () => {
      for (const iso of ['2026-01-01', '2026-11-25', '2026-12-31']) {
        expect(periodProgress(2019, 2030, day(iso))).to.include({ state: 'during', done: 8, current: 2026 });
        expect(statuses(2019, 2030, iso)).to.equal('pppppppcffff');
      }
    });

    it('counts a leap day like any other day of its year (29 February 2024: 6 of 12)', () => {
      expect(periodProgress(2019, 2030, day('2024-02-29'))).to.include({ state: 'during', done: 6, current: 2024 });
    });

    it('is in its 12th and last year on the last day (31 December 2030)', () => {
      const p = periodProgress(2019, 2030, day('2030-12-31'));
      expect(p).to.include({ state: 'during', done: 12, current: 2030 });
      expect(statuses(2019, 2030, '2030-12-31')).to.equal('pppppppppppc');
    });

    it('is completed from the day after the end (1 January 2031)', () => {
      const p = periodProgress(2019, 2030, day('2031-01-01'));
      expect(p).to.include({ state: 'after', done: 12, current: null });
      expect(statuses(2019, 2030, '2031-01-01')).to.equal('pppppppppppp');
    });
  });

  it('handles a one-year period', () => {
    expect(periodProgress(2026, 2026, day('2026-05-05'))).to.include({ total: 1, done: 1, state: 'during' });
    expect(periodProgress(2026, 2026, day('2025-12-31'))).to.include({ total: 1, done: 0, state: 'before' });
    expect(periodProgress(2026, 2026, day('2027-01-01'))).to.include({ total: 1, done: 1, state: 'after' });
  });

  it('refuses a period that ends before it starts or is not whole years', () => {
    expect(() => periodProgress(2030, 2019, day('2026-01-01'))).to.throw(RangeError);
    expect(() => periodProgress(2019.5, 2030, day('2026-01-01'))).to.throw(RangeError);
  });
});
