import { expect } from '@open-wc/testing';
import type { HolidayContent } from '../../content/types.js';
import { daysBetween, parseIsoDate, type PlainDate } from '../../core/date/plain-date.js';
import {
  effectiveHolidays,
  holidaysOn,
  nextHoliday,
  nextOccurrence,
  occurrenceInYear,
  sortByDayOfYear,
} from './holidays.js';

const d = (s: string): PlainDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(`bad test date ${s}`);
  return p;
};

const holidays = [
  { id: 'rescuers-day', month: 1, day: 19, name: "Rescuer's Day" },
  { id: 'fire-service-day', month: 7, day: 25, name: 'Fire Service Day' },
];

describe('holidays: the next one', () => {
  it('finds a holiday later this year', () => {
    expect(nextOccurrence({ month: 7, day: 25 }, d('2026-01-20'))).to.deep.equal(d('2026-07-25'));
  });

  it('gives today when the holiday is today: 0 days', () => {
    expect(nextOccurrence({ month: 1, day: 19 }, d('2026-01-19'))).to.deep.equal(d('2026-01-19'));
    const next = nextHoliday(holidays, d('2026-01-19'));
    expect(next?.holiday.id).to.equal('rescuers-day');
    expect(next?.days).to.equal(0);
    expect(next?.date).to.deep.equal(d('2026-01-19'));
  });

  it('crosses the turn of the year: 31 December → 19 January is 19 days', () => {
    const next = nextHoliday(holidays, d('2025-12-31'));
    expect(next?.holiday.id).to.equal('rescuers-day');
    expect(next?.date).to.deep.equal(d('2026-01-19'));
    expect(next?.days).to.equal(19);
  });

  it('goes to next year when this year’s date has passed', () => {
    expect(nextOccurrence({ month: 1, day: 19 }, d('2026-01-20'))).to.deep.equal(d('2027-01-19'));
    const next = nextHoliday(holidays, d('2026-07-26'));
    expect(next?.holiday.id).to.equal('rescuers-day');
    expect(next?.days).to.equal(177);
  });

  it('picks the soonest one; a tie goes to the first in the list', () => {
    expect(nextHoliday(holidays, d('2026-01-20'))?.holiday.id).to.equal('fire-service-day');
    expect(nextHoliday(holidays, d('2026-01-20'))?.days).to.equal(186);
    const twins = [
      { id: 'a', month: 3, day: 1 },
      { id: 'b', month: 3, day: 1 },
    ];
    expect(nextHoliday(twins, d('2026-02-01'))?.holiday.id).to.equal('a');
  });

  it('returns null for an empty list', () => {
    expect(nextHoliday([], d('2026-01-19'))).to.equal(null);
  });

  it('keeps 29 February in leap years only', () => {
    const leap = { month: 2, day: 29 };
    expect(occurrenceInYear(leap, 2025)).to.equal(null);
    expect(occurrenceInYear(leap, 2100)).to.equal(null);
    expect(occurrenceInYear(leap, 2028)).to.deep.equal(d('2028-02-29'));
    expect(nextOccurrence(leap, d('2025-03-01'))).to.deep.equal(d('2028-02-29'));
    expect(nextOccurrence(leap, d('2024-02-29'))).to.deep.equal(d('2024-02-29'));
    expect(nextOccurrence(leap, d('2024-03-01'))).to.deep.equal(d('2028-02-29'));
    expect(nextOccurrence(leap, d('2097-03-01'))).to.deep.equal(d('2104-02-29'));
    const next = nextHoliday([{ id: 'leap', ...leap }], d('2025-03-01'));
    expect(next?.date).to.deep.equal(d('2028-02-29'));
    expect(next?.days).to.equal(daysBetween(d('2025-03-01'), d('2028-02-29')));
    expect(next?.days).to.equal(1095);
  });

  it('rejects a day that never exists', () => {
    expect(() => nextOccurrence({ month: 4, day: 31 }, d('2026-01-01'))).to.throw(RangeError);
    expect(nextHoliday([{ month: 4, day: 31 }], d('2026-01-01'))).to.equal(null);
  });
});

describe('holidays: on a date, in order, merged', () => {
  const builtIn: HolidayContent[] = [
    { id: 'rescuers-day', month: 1, day: 19, name: 'Rescuer’s Day' },
    { id: 'fire-service-day', month: 7, day: 25, name: 'Fire Service Day' },
  ];
  const leap: HolidayContent = { id: 'leap', month: 2, day: 29, name: 'Leap Day' };

  it('finds the holidays on a date, 29 February only in leap years', () => {
    expect(holidaysOn(builtIn, d('2026-01-19')).map((h) => h.id)).to.deep.equal(['rescuers-day']);
    expect(holidaysOn(builtIn, d('2026-01-20'))).to.deep.equal([]);
    expect(holidaysOn([leap], d('2028-02-29'))).to.have.length(1);
    expect(holidaysOn([leap], d('2027-02-28'))).to.have.length(0);
    expect(holidaysOn([leap], d('2027-03-01'))).to.have.length(0);
  });

  it('sorts by the day of the year, keeping the order of holidays on one day', () => {
    const a = { id: 'a', month: 3, day: 1, name: 'A' };
    const b = { id: 'b', month: 3, day: 1, name: 'B' };
    expect(sortByDayOfYear([builtIn[1]!, b, a, builtIn[0]!]).map((h) => h.id)).to.deep.equal([
      'rescuers-day',
      'b',
      'a',
      'fire-service-day',
    ]);
  });

  it('replaces the built-in list, or extends it (a partner id replaces a built-in one)', () => {
    const partner = [{ id: 'rescuers-day', month: 1, day: 19, name: 'Ours' }, leap];
    expect(effectiveHolidays(builtIn, partner, false).map((h) => h.name)).to.deep.equal(['Ours', 'Leap Day']);
    expect(effectiveHolidays(builtIn, partner, true).map((h) => h.name)).to.deep.equal([
      'Ours',
      'Leap Day',
      'Fire Service Day',
    ]);
    expect(effectiveHolidays(builtIn, builtIn, true)).to.deep.equal(builtIn);
  });
});
