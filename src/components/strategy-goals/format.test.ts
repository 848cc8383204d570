import { expect } from '@open-wc/testing';
import { be } from '../../content/be.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { formatYear, formatYearSpan, pluralText, progressText } from './format.js';
import { periodProgress } from './progress.js';

const during = (start: number, end: number, year: number) => periodProgress(start, end, { year, month: 6, day: 1 });

describe('strategy timeline text (pure functions)', () => {
  it('says "8 of 12 years" in 2026 in each language', () => {
    const p = during(2019, 2030, 2026);
    expect(progressText(en.ui.strategy, 'en', p)).to.equal('8 of 12 years');
    expect(progressText(ru.ui.strategy, 'ru', p)).to.equal('8 из 12 лет');
    expect(progressText(be.ui.strategy, 'be', p)).to.equal('8 з 12 гадоў');
  });

  it('chooses the plural form by the total, as Intl.PluralRules does', () => {
    // 21 and 1 are "one" in Russian and Belarusian (genitive singular after «из»/«з»), 22 is "few", 25 is "many".
    expect(progressText(ru.ui.strategy, 'ru', during(2000, 2020, 2001))).to.equal('2 из 21 года');
    expect(progressText(ru.ui.strategy, 'ru', during(2000, 2021, 2001))).to.equal('2 из 22 лет');
    expect(progressText(be.ui.strategy, 'be', during(2000, 2020, 2001))).to.equal('2 з 21 года');
    expect(progressText(be.ui.strategy, 'be', during(2000, 2024, 2001))).to.equal('2 з 25 гадоў');
    expect(progressText(en.ui.strategy, 'en', during(2026, 2026, 2026))).to.equal('1 of 1 year');
    expect(progressText(ru.ui.strategy, 'ru', during(2026, 2026, 2026))).to.equal('1 из 1 года');
  });

  it('says the period has not started, or is completed, outside it', () => {
    const before = periodProgress(2019, 2030, { year: 2018, month: 12, day: 31 });
    const after = periodProgress(2019, 2030, { year: 2031, month: 1, day: 1 });
    expect(progressText(en.ui.strategy, 'en', before)).to.equal(en.ui.strategy.notStarted);
    expect(progressText(ru.ui.strategy, 'ru', after)).to.equal(ru.ui.strategy.completed);
    expect(progressText(be.ui.strategy, 'be', after)).to.equal(be.ui.strategy.completed);
  });

  it('formats numbers with Intl.NumberFormat and falls back to "other" for a missing category', () => {
    expect(pluralText({ other: '{done} of {total}' }, 'en', 1, { done: 1234, total: 5000 })).to.equal('1,234 of 5,000');
    expect(pluralText({ other: '{n} x', one: '{n} one' }, 'ru', 21, { n: 21 })).to.equal('21 one');
    expect(pluralText({ other: '{n} and {missing}' }, 'en', 2, { n: 2 })).to.equal('2 and {missing}');
  });

  it('writes years without grouping, joined by an en dash', () => {
    expect(formatYear(2019, 'en')).to.equal('2019');
    expect(formatYear(2019, 'ru')).to.equal('2019');
    expect(formatYearSpan(2019, 2030, 'be')).to.equal('2019–2030');
  });
});
