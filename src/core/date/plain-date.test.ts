import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isValidMonthDay,
  pad,
  parseIsoDate,
  type PlainDate,
} from './plain-date.js';

const d = (s: string): PlainDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(`bad test date ${s}`);
  return p;
};

describe('plain date: leap years and month lengths', () => {
  it('knows the Gregorian leap years', () => {
    expect(isLeapYear(2024)).to.equal(true);
    expect(isLeapYear(2026)).to.equal(false);
    expect(isLeapYear(2100)).to.equal(false);
    expect(isLeapYear(2000)).to.equal(true);
    expect(isLeapYear(1900)).to.equal(false);
  });

  it('gives the days in a month', () => {
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2025, 2)).to.equal(28);
    expect(daysInMonth(2100, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2026, 1)).to.equal(31);
    expect(daysInMonth(2026, 4)).to.equal(30);
    expect(daysInMonth(2026, 12)).to.equal(31);
    expect(daysInMonth(2026, 13)).to.equal(0);
  });

  it('accepts 29 February as a holiday day, rejects days that never exist', () => {
    expect(isValidMonthDay(2, 29)).to.equal(true);
    expect(isValidMonthDay(1, 19)).to.equal(true);
    expect(isValidMonthDay(2, 30)).to.equal(false);
    expect(isValidMonthDay(4, 31)).to.equal(false);
    expect(isValidMonthDay(13, 1)).to.equal(false);
    expect(isValidMonthDay(0, 1)).to.equal(false);
    expect(isValidMonthDay(1, 0)).to.equal(false);
    expect(isValidMonthDay(1, 1.5)).to.equal(false);
  });
});

describe('plain date: parseIsoDate / formatIsoDate', () => {
  it('parses a strict YYYY-MM-DD', () => {
    expect(parseIsoDate('2026-01-19')).to.deep.equal({ year: 2026, month: 1, day: 19 });
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
  });

  it('rejects impossible dates and other formats', () => {
    for (const s of [
      '2026-02-30',
      '2025-02-29',
      '2100-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-04-31',
      '2026-1-19',
      '26-01-19',
      '2026-01-19T00:00',
      ' 2026-01-19',
      '2026/01/19',
      '',
      'today',
    ]) {
      expect(parseIsoDate(s), s).to.equal(null);
    }
  });

  it('pads numbers with zeros, the sign in front', () => {
    expect(pad(7, 2)).to.equal('07');
    expect(pad(2026, 4)).to.equal('2026');
    expect(pad(33, 4)).to.equal('0033');
    expect(pad(123, 2)).to.equal('123');
    expect(pad(-5, 4)).to.equal('-0005');
  });

  it('formats back', () => {
    expect(formatIsoDate({ year: 2026, month: 1, day: 9 })).to.equal('2026-01-09');
    expect(formatIsoDate({ year: 33, month: 12, day: 31 })).to.equal('0033-12-31');
    expect(formatIsoDate(d('2028-02-29'))).to.equal('2028-02-29');
  });
});

describe('plain date: arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays(d('2025-12-31'), 1)).to.deep.equal(d('2026-01-01'));
    expect(addDays(d('2026-01-01'), -1)).to.deep.equal(d('2025-12-31'));
    expect(addDays(d('2024-02-28'), 1)).to.deep.equal(d('2024-02-29'));
    expect(addDays(d('2025-02-28'), 1)).to.deep.equal(d('2025-03-01'));
    expect(addDays(d('2026-01-19'), 365)).to.deep.equal(d('2027-01-19'));
    expect(addDays(d('2026-03-28'), 2)).to.deep.equal(d('2026-03-30'));
  });

  it('adds months, clamping the day', () => {
    expect(addMonths(d('2026-01-31'), 1)).to.deep.equal(d('2026-02-28'));
    expect(addMonths(d('2024-01-31'), 1)).to.deep.equal(d('2024-02-29'));
    expect(addMonths(d('2026-03-31'), 1)).to.deep.equal(d('2026-04-30'));
    expect(addMonths(d('2026-12-15'), 1)).to.deep.equal(d('2027-01-15'));
    expect(addMonths(d('2026-01-15'), -1)).to.deep.equal(d('2025-12-15'));
    expect(addMonths(d('2026-03-31'), -1)).to.deep.equal(d('2026-02-28'));
    expect(addMonths(d('2026-01-19'), 25)).to.deep.equal(d('2028-02-19'));
    expect(addMonths(d('2026-01-19'), -13)).to.deep.equal(d('2024-12-19'));
  });

  it('adds years, 29 February becoming 28 February', () => {
    expect(addYears(d('2024-02-29'), 1)).to.deep.equal(d('2025-02-28'));
    expect(addYears(d('2024-02-29'), 4)).to.deep.equal(d('2028-02-29'));
    expect(addYears(d('2026-01-19'), -1)).to.deep.equal(d('2025-01-19'));
  });

  it('compares and counts days', () => {
    expect(compareDates(d('2026-01-19'), d('2026-01-19'))).to.equal(0);
    expect(compareDates(d('2026-01-18'), d('2026-01-19'))).to.be.lessThan(0);
    expect(compareDates(d('2027-01-01'), d('2026-12-31'))).to.be.greaterThan(0);
    expect(daysBetween(d('2025-12-31'), d('2026-01-19'))).to.equal(19);
    expect(daysBetween(d('2026-01-19'), d('2025-12-31'))).to.equal(-19);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).to.equal(366);
    expect(daysBetween(d('2026-03-01'), d('2026-11-01'))).to.equal(245);
  });

  it('gives ISO weekdays', () => {
    expect(dayOfWeek(d('2026-01-19'))).to.equal(1); // Monday
    expect(dayOfWeek(d('2026-02-01'))).to.equal(7); // Sunday
    expect(dayOfWeek(d('2026-07-25'))).to.equal(6); // Saturday
    expect(dayOfWeek(d('2000-01-01'))).to.equal(6);
  });
});

describe('plain date: the dates of the strategy’s period', () => {
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
});
