import { expect } from '@open-wc/testing';
import { loadContent } from '../content/index.js';
import { emulateTimeZone, resetTimeZone } from '../test/commands.js';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatFullDate,
  formatIsoDate,
  formatMonthDay,
  formatMonthYear,
  isLeapYear,
  isValidMonthDay,
  isValidTimeZone,
  monthGrid,
  msUntilNextMidnight,
  nextHoliday,
  nextOccurrence,
  occurrenceInYear,
  parseIsoDate,
  relativeDays,
  todayInZone,
  weekdayNames,
  weekdayOrder,
  weekEndOf,
  weekStart,
  weekStartOf,
  type PlainDate,
} from './dates.js';

const d = (s: string): PlainDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(`bad test date ${s}`);
  return p;
};

const holidays = [
  { id: 'rescuers-day', month: 1, day: 19, name: "Rescuer's Day" },
  { id: 'fire-service-day', month: 7, day: 25, name: 'Fire Service Day' },
];


// The Belarusian words for dates (used where the engine's Intl lacks Belarusian) come with the Belarusian content.
before(() => loadContent('be'));

describe('dates: leap years and month lengths', () => {
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

describe('dates: parseIsoDate / formatIsoDate', () => {
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

  it('formats back', () => {
    expect(formatIsoDate({ year: 2026, month: 1, day: 9 })).to.equal('2026-01-09');
    expect(formatIsoDate({ year: 33, month: 12, day: 31 })).to.equal('0033-12-31');
    expect(formatIsoDate(d('2028-02-29'))).to.equal('2028-02-29');
  });
});

describe('dates: arithmetic', () => {
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

describe('dates: next holiday', () => {
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

describe('dates: time zones', () => {
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
        expect(formatMonthDay(d('2026-01-19'), 'en')).to.equal('January 19');
        expect(formatFullDate(d('2026-01-19'), 'en')).to.equal('Monday, January 19, 2026');
        expect(monthGrid(2026, 2, 1)[0]?.[0]).to.deep.equal(d('2026-01-26'));
      });
    }
  });
});

describe('dates: weeks and the month grid', () => {
  it('starts the week on Monday for be and ru, as Intl says for en', () => {
    expect(weekStart('ru')).to.equal(1);
    expect(weekStart('be')).to.equal(1);
    expect(weekStart('en')).to.be.oneOf([1, 7]);
    expect(weekStart('en-GB')).to.equal(1);
    expect(weekStart('not a tag')).to.equal(1);
  });

  it('orders the weekdays from the first day', () => {
    expect(weekdayOrder(1)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(weekdayOrder(7)).to.deep.equal([7, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder(6)).to.deep.equal([6, 7, 1, 2, 3, 4, 5]);
  });

  it('lays out February 2026 from Monday: 5 rows', () => {
    const grid = monthGrid(2026, 2, 1);
    expect(grid).to.have.length(5);
    for (const row of grid) {
      expect(row).to.have.length(7);
      expect(dayOfWeek(row[0]!)).to.equal(1);
    }
    expect(grid[0]![0]).to.deep.equal(d('2026-01-26'));
    expect(grid[0]![6]).to.deep.equal(d('2026-02-01'));
    expect(grid[4]![6]).to.deep.equal(d('2026-03-01'));
    const days = grid.flat();
    expect(days.filter((x) => x.month === 2)).to.have.length(28);
    // Consecutive days.
    for (let i = 1; i < days.length; i++) expect(daysBetween(days[i - 1]!, days[i]!)).to.equal(1);
  });

  it('lays out February 2026 from Sunday: 4 rows, no outside days', () => {
    const grid = monthGrid(2026, 2, 7);
    expect(grid).to.have.length(4);
    expect(grid[0]![0]).to.deep.equal(d('2026-02-01'));
    expect(grid[3]![6]).to.deep.equal(d('2026-02-28'));
    expect(grid.flat().every((x) => x.month === 2)).to.equal(true);
  });

  it('uses 6 rows when a month needs them', () => {
    // August 2026 begins on a Saturday and has 31 days.
    const grid = monthGrid(2026, 8, 1);
    expect(grid).to.have.length(6);
    expect(grid[0]![0]).to.deep.equal(d('2026-07-27'));
    expect(grid[5]![6]).to.deep.equal(d('2026-09-06'));
    expect(monthGrid(2025, 12, 1)[0]![0]).to.deep.equal(d('2025-12-01'));
    expect(monthGrid(2026, 1, 1)[0]![0]).to.deep.equal(d('2025-12-29'));
  });

  it('always gives full weeks, 4 to 6 rows, for any month and first day', () => {
    for (let year = 2024; year <= 2028; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const first of [1, 6, 7]) {
          const grid = monthGrid(year, month, first);
          expect(grid.length).to.be.within(4, 6);
          const days = grid.flat();
          expect(days.filter((x) => x.month === month)).to.have.length(daysInMonth(year, month));
          expect(dayOfWeek(days[0]!)).to.equal(first);
        }
      }
    }
  });

  it('finds the start and end of the week (Home / End)', () => {
    const mon = d('2026-01-19');
    expect(weekStartOf(mon, 1)).to.deep.equal(mon);
    expect(weekEndOf(mon, 1)).to.deep.equal(d('2026-01-25'));
    expect(weekStartOf(mon, 7)).to.deep.equal(d('2026-01-18'));
    expect(weekEndOf(mon, 7)).to.deep.equal(d('2026-01-24'));
    expect(weekStartOf(d('2026-01-01'), 1)).to.deep.equal(d('2025-12-29'));
    expect(weekEndOf(d('2025-12-31'), 1)).to.deep.equal(d('2026-01-04'));
  });
});

describe('dates: words', () => {
  it('writes relative days in en, ru and be', () => {
    expect(relativeDays(0, 'en')).to.equal('today');
    expect(relativeDays(1, 'en')).to.equal('tomorrow');
    expect(relativeDays(55, 'en')).to.equal('in 55 days');
    expect(relativeDays(0, 'ru')).to.equal('сегодня');
    expect(relativeDays(1, 'ru')).to.equal('завтра');
    expect(relativeDays(5, 'ru')).to.equal('через 5 дней');
    expect(relativeDays(0, 'be')).to.equal('сёння');
    expect(relativeDays(1, 'be')).to.equal('заўтра');
    expect(relativeDays(5, 'be')).to.equal('праз 5 дзён');
  });

  it('writes the day and month in en, ru and be', () => {
    expect(formatMonthDay({ month: 1, day: 19 }, 'en')).to.equal('January 19');
    expect(formatMonthDay({ month: 1, day: 19 }, 'ru')).to.equal('19 января');
    expect(formatMonthDay({ month: 1, day: 19 }, 'be')).to.equal('19 студзеня');
    expect(formatMonthDay(d('2026-07-25'), 'en')).to.equal('July 25');
    expect(formatMonthDay({ month: 2, day: 29 }, 'en')).to.equal('February 29');
  });

  it('writes full dates for accessible names', () => {
    expect(formatFullDate(d('2026-01-19'), 'en')).to.equal('Monday, January 19, 2026');
    expect(formatFullDate(d('2026-01-19'), 'ru')).to.contain('19 января 2026');
    expect(formatFullDate(d('2026-01-19'), 'ru')).to.contain('понедельник');
    expect(formatFullDate(d('2026-01-19'), 'be')).to.contain('19 студзеня 2026');
  });

  it('writes the month and year for the caption, nominative and capitalised', () => {
    expect(formatMonthYear(2026, 1, 'en')).to.equal('January 2026');
    expect(formatMonthYear(2026, 1, 'ru')).to.equal('Январь 2026');
    expect(formatMonthYear(2026, 1, 'be')).to.equal('Студзень 2026');
    expect(formatMonthYear(2026, 7, 'ru')).to.equal('Июль 2026');
  });

  it('writes Belarusian even where the browser has no Belarusian Intl data (Chrome)', () => {
    expect(relativeDays(-1, 'be')).to.equal('учора');
    expect(relativeDays(2, 'be')).to.equal('паслязаўтра');
    expect(relativeDays(3, 'be')).to.equal('праз 3 дні');
    expect(relativeDays(11, 'be')).to.equal('праз 11 дзён');
    expect(relativeDays(21, 'be')).to.equal('праз 21 дзень');
    expect(relativeDays(22, 'be')).to.equal('праз 22 дні');
    expect(relativeDays(1095, 'be')).to.equal('праз 1095 дзён');
    expect(relativeDays(-5, 'be')).to.equal('5 дзён таму');
    expect(formatMonthDay({ month: 5, day: 1 }, 'be')).to.equal('1 мая');
    expect(formatMonthDay({ month: 7, day: 25 }, 'be-BY')).to.equal('25 ліпеня');
    expect(formatFullDate(d('2026-01-19'), 'be')).to.equal('панядзелак, 19 студзеня 2026 г.');
    expect(formatMonthYear(2026, 12, 'be')).to.equal('Снежань 2026');
    expect(weekdayNames('be', 'short').slice(1)).to.deep.equal(['пн', 'аў', 'ср', 'чц', 'пт', 'сб', 'нд']);
  });

  it('names the weekdays by ISO weekday', () => {
    const en = weekdayNames('en', 'long');
    expect(en).to.have.length(8);
    expect(en[1]).to.equal('Monday');
    expect(en[7]).to.equal('Sunday');
    expect(weekdayNames('en')[1]).to.equal('Mon');
    expect(weekdayNames('ru', 'long')[1]).to.equal('понедельник');
    expect(weekdayNames('be', 'long')[7]).to.equal('нядзеля');
  });
});
