import { expect } from '@open-wc/testing';
import type { Problems } from '../../content/validate.js';
import { holidayCalendarCheck } from './check.js';

describe('holidayCalendarCheck', () => {
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
