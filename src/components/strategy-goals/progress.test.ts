import { expect } from '@open-wc/testing';
import { parseIsoDate, type PlainDate } from '../../core/date/plain-date.js';
import { periodProgress } from './progress.js';

const day = (iso: string): PlainDate => {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`bad test date ${iso}`);
  return d;
};
const statuses = (start: number, end: number, iso: string) =>
  periodProgress(start, end, day(iso))
    .years.map((y) => y.status[0])
    .join('');

describe('strategy progress (pure functions)', () => {
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
