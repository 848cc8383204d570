import { expect } from '@open-wc/testing';
import { emulateTimeZone, resetTimeZone } from '../../test/commands.js';
import { dayOfWeek, daysBetween, daysInMonth, parseIsoDate, type PlainDate } from '../../core/date/plain-date.js';
import { monthGrid, weekdayOrder, weekEndOf, WEEK_START, weekStartOf } from './grid.js';

const d = (s: string): PlainDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(`bad test date ${s}`);
  return p;
};

describe('grid: weeks and the month', () => {
  it('starts the week on Monday, whatever the language', () => {
    expect(WEEK_START).to.equal(1);
    expect(weekdayOrder(WEEK_START)[0]).to.equal(1);
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

  describe('whatever the visitor’s own zone is', () => {
    after(async () => {
      await resetTimeZone();
    });

    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      it(`lays out the same month in ${zone}`, async function () {
        await emulateTimeZone(this, zone);
        expect(monthGrid(2026, 2, 1)[0]?.[0]).to.deep.equal(d('2026-01-26'));
        expect(weekStartOf(d('2026-01-01'), 1)).to.deep.equal(d('2025-12-29'));
      });
    }
  });
});
