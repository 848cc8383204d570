import { expect } from '@open-wc/testing';
import { formatIsoDate, parseIsoDate } from '../../core/date/plain-date.js';
import { dateForKey } from './keys.js';

const d = (iso: string) => parseIsoDate(iso)!;
const move = (from: string, key: string, firstDay = 1, shiftKey = false) => {
  const to = dateForKey(d(from), { key, shiftKey }, firstDay);
  return to && formatIsoDate(to);
};

describe('keys: dateForKey', () => {
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
