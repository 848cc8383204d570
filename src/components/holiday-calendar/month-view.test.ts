import { expect } from '@open-wc/testing';
import type { HolidayContent } from '../../content/types.js';
import type { Problems } from '../../content/validate.js';
import { holidayCalendarCheck } from './check.js';
import { dateForKey, effectiveHolidays, holidaysOn, sortByDayOfYear } from './month-view.js';
import { formatIsoDate, parseIsoDate } from '../../core/dates.js';

const d = (iso: string) => parseIsoDate(iso)!;
const move = (from: string, key: string, firstDay = 1, shiftKey = false) => {
  const to = dateForKey(d(from), { key, shiftKey }, firstDay);
  return to && formatIsoDate(to);
};

describe('month-view: dateForKey', () => {
  it('moves by a day, a week, a month and a year, across month and year ends', () => {
    expect(move('2026-12-31', 'ArrowRight')).to.equal('2027-01-01');
    expect(move('2026-01-01', 'ArrowLeft')).to.equal('2025-12-31');
    expect(move('2026-02-26', 'ArrowDown')).to.equal('2026-03-05');
    expect(move('2026-03-03', 'ArrowUp')).to.equal('2026-02-24');
    expect(move('2026-01-31', 'PageDown')).to.equal('2026-02-28');
    expect(move('2026-03-31', 'PageUp')).to.equal('2026-02-28');
    expect(move('2028-02-29', 'PageDown', 1, true)).to.equal('2029-02-28');
    expect(move('2026-06-15', 'PageUp', 1, true)).to.equal('2025-06-15');
  });

  it('goes to the start and end of the week for the week start given', () => {
    // 2026-01-21 is a Wednesday.
    expect(move('2026-01-21', 'Home', 1)).to.equal('2026-01-19');
    expect(move('2026-01-21', 'End', 1)).to.equal('2026-01-25');
    expect(move('2026-01-21', 'Home', 7)).to.equal('2026-01-18');
    expect(move('2026-01-21', 'End', 7)).to.equal('2026-01-24');
    expect(move('2026-01-01', 'Home', 1)).to.equal('2025-12-29');
  });

  it('ignores other keys and keys with Alt, Ctrl or Meta', () => {
    expect(move('2026-01-21', 'a')).to.equal(null);
    expect(move('2026-01-21', 'Enter')).to.equal(null);
    for (const mod of ['altKey', 'ctrlKey', 'metaKey']) {
      expect(dateForKey(d('2026-01-21'), { key: 'ArrowRight', [mod]: true }, 1)).to.equal(null);
    }
  });
});

describe('month-view: holidays', () => {
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
    expect(effectiveHolidays(builtIn, partner, true).map((h) => h.name)).to.deep.equal(['Ours', 'Leap Day', 'Fire Service Day']);
    expect(effectiveHolidays(builtIn, builtIn, true)).to.deep.equal(builtIn);
  });
});

describe('month-view: holidayCalendarCheck', () => {
  const check = (value: unknown) => {
    const problems: Problems = [];
    return { value: holidayCalendarCheck(value, '', problems), problems };
  };

  it('accepts a valid partner list, with 29 February, and makes ids', () => {
    const { value, problems } = check({
      title: 'Ours',
      extend: true,
      items: [
        { month: 2, day: 29, name: 'Leap Day' },
        { id: 'own', month: 3, day: 1, name: 'Own', description: 'Text.' },
        { month: 2, day: 29, name: 'Leap Day again' },
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.equal({
      title: 'Ours',
      extend: true,
      items: [
        { id: 'holiday-02-29', month: 2, day: 29, name: 'Leap Day' },
        { id: 'own', month: 3, day: 1, name: 'Own', description: 'Text.' },
        { id: 'holiday-02-29-2', month: 2, day: 29, name: 'Leap Day again' },
      ],
    });
  });

  it('drops and reports impossible dates', () => {
    const { value, problems } = check({
      items: [
        { month: 2, day: 31, name: 'a' },
        { month: 13, day: 1, name: 'b' },
        { month: 1, day: 0, name: 'c' },
        { month: 6, day: 31, name: 'd' },
        { month: 1, day: 31, name: 'ok' },
      ],
    });
    expect(value!.items!.map((h) => h.name)).to.deep.equal(['ok']);
    expect(problems).to.have.length(4);
    expect(problems[0]).to.equal('items[0]: month 2 has no day 31, so the holiday is skipped');
    expect(problems[3]).to.equal('items[3]: month 6 has no day 31, so the holiday is skipped');
  });

  it('refuses a list with nothing usable, so that the built-in list stays', () => {
    const { value, problems } = check({ items: [{ month: 2, day: 30, name: 'x' }] });
    expect(value).to.deep.equal({});
    expect(problems).to.have.length(1);
  });
});
