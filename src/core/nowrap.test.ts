import { expect, fixture, html } from '@open-wc/testing';
import { nowrap, splitYearRanges } from './nowrap.js';

const ranges = (text: string) =>
  splitYearRanges(text)
    .filter((p) => p.range)
    .map((p) => p.text);

describe('nowrap: year ranges that never break', () => {
  const cases: [string, string[]][] = [
    ['National Strategy for Disasters Risk Reduction for 2019-2030', ['2019-2030']],
    ['for the period 2015-2030, the MES has developed', ['2015-2030,']],
    ['на 2015–2030 годы и на 2019–2030 годы.', ['2015–2030', '2019–2030']],
    ['(2021 – 2025)', ['(2021 – 2025)']],
    ['2019—2030', ['2019—2030']],
    ['UN Sustainable Development Goals 2030', []],
    ['12-15 and 2019-20 are not year ranges', []],
    ['', []],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} in "${text}", and the parts join back into the text`, () => {
      expect(ranges(text)).to.deep.equal(expected);
      expect(
        splitYearRanges(text)
          .map((p) => p.text)
          .join(''),
      ).to.equal(text);
    });
  }

  it('renders each range in a .nowrap span, as text, keeping the text content', async () => {
    const text = 'Evil <b>2019-2030</b> & plan 2015–2030.';
    const el = await fixture<HTMLParagraphElement>(html`<p>${nowrap(text)}</p>`);
    expect(el.textContent).to.equal(text);
    expect([...el.querySelectorAll('span.nowrap')].map((s) => s.textContent)).to.deep.equal([
      '<b>2019-2030</b>',
      '2015–2030.',
    ]);
    expect(el.querySelector('b')).to.equal(null);
  });
});
