import { expect } from '@open-wc/testing';
import { beDateWords } from '../../content/be.js';
import { formatDate, formatFullDate, formatMonthDay, formatMonthYear, relativeDays, weekdayNames } from './format.js';
import { parseIsoDate, type PlainDate } from './plain-date.js';

const d = (s: string): PlainDate => {
  const p = parseIsoDate(s);
  if (!p) throw new Error(`bad test date ${s}`);
  return p;
};

const EN = { lang: 'en' };
const RU = { lang: 'ru' };
// The Belarusian content's words for dates, used where the engine's Intl lacks Belarusian (Chrome).
const BE = { lang: 'be', dateWords: beDateWords };

describe('dates in words', () => {
  it('writes relative days in en, ru and be', () => {
    expect(relativeDays(0, EN)).to.equal('today');
    expect(relativeDays(1, EN)).to.equal('tomorrow');
    expect(relativeDays(55, EN)).to.equal('in 55 days');
    expect(relativeDays(0, RU)).to.equal('сегодня');
    expect(relativeDays(1, RU)).to.equal('завтра');
    expect(relativeDays(5, RU)).to.equal('через 5 дней');
    expect(relativeDays(0, BE)).to.equal('сёння');
    expect(relativeDays(1, BE)).to.equal('заўтра');
    expect(relativeDays(5, BE)).to.equal('праз 5 дзён');
  });

  it('writes the day and month in en, ru and be', () => {
    expect(formatMonthDay({ month: 1, day: 19 }, EN)).to.equal('January 19');
    expect(formatMonthDay({ month: 1, day: 19 }, RU)).to.equal('19 января');
    expect(formatMonthDay({ month: 1, day: 19 }, BE)).to.equal('19 студзеня');
    expect(formatMonthDay(d('2026-07-25'), EN)).to.equal('July 25');
    expect(formatMonthDay({ month: 2, day: 29 }, EN)).to.equal('February 29');
  });

  it('writes full dates for accessible names', () => {
    expect(formatFullDate(d('2026-01-19'), EN)).to.equal('Monday, January 19, 2026');
    expect(formatFullDate(d('2026-01-19'), RU)).to.contain('19 января 2026');
    expect(formatFullDate(d('2026-01-19'), RU)).to.contain('понедельник');
    expect(formatFullDate(d('2026-01-19'), BE)).to.contain('19 студзеня 2026');
  });

  it('writes a date without weekday in en, ru and be', () => {
    expect(formatDate(d('2026-12-04'), EN)).to.equal('December 4, 2026');
    expect(formatDate(d('2026-12-04'), RU)).to.equal('4 декабря 2026 г.');
    expect(formatDate(d('2026-12-04'), BE)).to.equal('4 снежня 2026 г.');
  });

  it('writes the month and year for the caption, nominative and capitalised', () => {
    expect(formatMonthYear(2026, 1, EN)).to.equal('January 2026');
    expect(formatMonthYear(2026, 1, RU)).to.equal('Январь 2026');
    expect(formatMonthYear(2026, 1, BE)).to.equal('Студзень 2026');
    expect(formatMonthYear(2026, 7, RU)).to.equal('Июль 2026');
  });

  it('writes Belarusian even where the browser has no Belarusian Intl data (Chrome)', () => {
    expect(relativeDays(-1, BE)).to.equal('учора');
    expect(relativeDays(2, BE)).to.equal('паслязаўтра');
    expect(relativeDays(3, BE)).to.equal('праз 3 дні');
    expect(relativeDays(11, BE)).to.equal('праз 11 дзён');
    expect(relativeDays(21, BE)).to.equal('праз 21 дзень');
    expect(relativeDays(22, BE)).to.equal('праз 22 дні');
    expect(relativeDays(1095, BE)).to.equal('праз 1095 дзён');
    expect(relativeDays(-5, BE)).to.equal('5 дзён таму');
    expect(formatMonthDay({ month: 5, day: 1 }, BE)).to.equal('1 мая');
    expect(formatMonthDay({ month: 7, day: 25 }, { lang: 'be-BY', dateWords: beDateWords })).to.equal('25 ліпеня');
    expect(formatFullDate(d('2026-01-19'), BE)).to.equal('панядзелак, 19 студзеня 2026 г.');
    expect(formatMonthYear(2026, 12, BE)).to.equal('Снежань 2026');
    expect(weekdayNames(BE, 'short').slice(1)).to.deep.equal(['пн', 'аў', 'ср', 'чц', 'пт', 'сб', 'нд']);
  });

  it('writes with Intl where the engine has the language, whatever words are given', () => {
    // Russian has Intl data everywhere: words given with it are never needed.
    expect(formatMonthDay({ month: 1, day: 19 }, { lang: 'ru', dateWords: beDateWords })).to.equal('19 января');
    expect(relativeDays(1, { lang: 'en', dateWords: beDateWords })).to.equal('tomorrow');
  });

  it('names the weekdays by ISO weekday', () => {
    const en = weekdayNames(EN, 'long');
    expect(en).to.have.length(8);
    expect(en[1]).to.equal('Monday');
    expect(en[7]).to.equal('Sunday');
    expect(weekdayNames(EN)[1]).to.equal('Mon');
    expect(weekdayNames(RU, 'long')[1]).to.equal('понедельник');
    expect(weekdayNames(BE, 'long')[7]).to.equal('нядзеля');
  });
});
