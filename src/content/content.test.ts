import { expect } from '@open-wc/testing';
import { en } from './en.js';
import { ru } from './ru.js';
import { be } from './be.js';
import { loadContent, loadedContent } from './index.js';
import { VERSION } from '../core/version.js';

/** The ministry's English page, as published (a copy kept beside the content). */
async function seed(): Promise<string> {
  const response = await fetch(new URL('./source/international-cooperation.en.txt', import.meta.url));
  expect(response.ok, 'the copy of the ministry page is served').to.equal(true);
  return response.text();
}

/** The page's lines of content: bullets removed, blank lines and the site's menu chrome left out. */
function seedLines(text: string): string[] {
  return (
    text
      .split(/\r?\n/)
      // Runs of white space, including the page's no-break spaces, count as one space.
      .map((line) =>
        line
          .replace(/^\s*•\s*/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((line) => line !== '' && line !== 'Close Close close')
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('content', () => {
  describe('English is the ministry page, verbatim', () => {
    it('has every sentence of the page, and nothing of the page changed', async () => {
      const lines = seedLines(await seed());
      const holidayLine = /^(\w+) (\d+)(?:st|nd|rd|th)\s+-\s+(.+)$/;
      const menuTitles = ru.structure.menus.map((m) => m.title);
      const shown = new Set<string>([
        en.ministry.siteTitle,
        en.ui.page.generalInformation,
        en.priorities.lead,
        ...en.priorities.items,
        en.activities.lead,
        ...en.activities.items,
        ...en.strategy.paragraphs,
        en.strategy.lead,
        ...en.strategy.items,
        en.holidays.title,
      ]);
      const unmatched: string[] = [];
      for (const line of lines) {
        const holiday = holidayLine.exec(line);
        if (holiday) {
          const [, month, day, name] = holiday;
          const item = en.holidays.items.find((h) => h.name === name);
          expect(item, `holiday "${name}"`).to.not.equal(undefined);
          expect(item!.month).to.equal(MONTHS.indexOf(month) + 1);
          expect(item!.day).to.equal(Number(day));
          continue;
        }
        if (menuTitles.includes(line)) continue; // the two Russian menu titles: checked below
        // A paragraph of several sentences is kept as its sentences.
        const sentences = line.split(/(?<=\.)\s+(?=[A-Z])/);
        for (const sentence of sentences) if (!shown.has(sentence)) unmatched.push(sentence);
      }
      expect(unmatched, 'sentences of the page missing from the English content').to.deep.equal([]);
      const pageText = lines.join('\n');
      const missing = [...shown].filter((s) => !pageText.includes(s));
      expect(missing, 'English content that is not on the page').to.deep.equal([]);
    });

    it('keeps the strategy name exactly as the ministry writes it', () => {
      expect(en.strategy.name).to.equal('National Strategy for Disasters Risk Reduction for 2019-2030');
      expect(en.strategy.paragraphs.join(' ')).to.contain('Sendai Framework Program for Disaster Risk Reduction');
    });

    it('has the two menu titles of the page in Russian', async () => {
      const lines = seedLines(await seed());
      expect(lines).to.include(ru.structure.menus[0].title);
      expect(lines).to.include(ru.structure.menus[1].title);
      expect(ru.structure.menus.map((m) => m.title)).to.deep.equal([
        'Центральный аппарат МЧС',
        'Территориальные управления',
      ]);
      expect(be.structure.menus.map((m) => m.title)).to.deep.equal([
        'Цэнтральны апарат МНС',
        'Тэрытарыяльныя ўпраўленні',
      ]);
      expect(en.structure.menus.map((m) => m.title)).to.deep.equal([
        'Central office of the MES',
        'Territorial departments',
      ]);
    });
  });

  describe('the three languages', () => {
    /** Everything about content that is not words in a language: keys, lengths, numbers, ids, URLs. */
    function shape(value: unknown, key = ''): unknown {
      if (Array.isArray(value)) return value.map((v) => shape(v));
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value)
            // Plural forms differ by language by design (Intl.PluralRules decides which are needed); words for
            // dates come only with a language that some engine's Intl lacks (Belarusian).
            .filter(([k]) => k !== 'lang' && k !== 'yearsOfTotal' && k !== 'dateWords')
            .map(([k, v]) => [k, shape(v, k)]),
        );
      }
      if (typeof value === 'string') return key === 'id' || key === 'url' ? value : 'text';
      return value;
    }

    it('Russian and Belarusian have exactly the shape of English', () => {
      expect(shape(ru)).to.deep.equal(shape(en));
      expect(shape(be)).to.deep.equal(shape(en));
    });

    it('Belarusian brings its words for dates, for engines whose Intl lacks Belarusian', () => {
      expect(be.dateWords?.monthsFormat).to.have.length(12);
      expect(en.dateWords).to.equal(undefined);
      expect(ru.dateWords).to.equal(undefined);
    });

    it('are translated, not copied', () => {
      const strings = (value: unknown, key = ''): string[] => {
        if (typeof value === 'string') return key === 'id' || key === 'url' || key === 'lang' ? [] : [value];
        if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
        return [];
      };
      const english = new Set(strings(en));
      for (const c of [ru, be]) {
        const copied = strings(c).filter((s) => english.has(s));
        expect(copied, `${c.lang} strings left in English`).to.deep.equal([]);
      }
    });

    it('use the official names of the ministry and its holidays', () => {
      expect(ru.ministry.name).to.equal('Министерство по чрезвычайным ситуациям Республики Беларусь');
      expect(be.ministry.name).to.equal('Міністэрства па надзвычайных сітуацыях Рэспублікі Беларусь');
      expect(ru.holidays.items.map((h) => h.name)).to.deep.equal(['День спасателя', 'День пожарной службы']);
      expect(be.holidays.items.map((h) => h.name)).to.deep.equal(['Дзень ратавальніка', 'Дзень пажарнай службы']);
      expect(ru.strategy.name).to.equal(
        'Национальная стратегия по снижению риска чрезвычайных ситуаций в Республике Беларусь на 2019–2030 годы',
      );
    });

    it('never write "МНС" in Russian, nor "МЧС" in Belarusian', () => {
      expect(JSON.stringify(ru)).not.to.contain('МНС');
      expect(JSON.stringify(be)).not.to.contain('МЧС');
    });

    it('are loaded by language, English at once', async () => {
      // (Each element brings its own English sections; the whole library brings them all.)
      expect(loadedContent('en')).to.deep.equal(en);
      expect(await loadContent('ru')).to.deep.equal(ru);
      expect(await loadContent('be')).to.deep.equal(be);
      expect(loadedContent('be')).to.deep.equal(be);
    });
  });

  it('the library version matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
