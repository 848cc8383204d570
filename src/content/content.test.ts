import { expect } from '@open-wc/testing';
import { en } from './en.js';
import { ru } from './ru.js';
import { be } from './be.js';
import { loadContent, loadedContent } from './index.js';
import { sourceCheck } from './source-check.js';
import { ABOUT_PAGE, CHECKED, COOPERATION_PAGE } from './sources.js';
import type { Content, SourceContent } from './types.js';
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
      const title = (c: Content, id: string) => c.structure.menus.find((m) => m.id === id)?.title;
      expect(lines).to.include(title(ru, 'central-office'));
      expect(lines).to.include(title(ru, 'territorial-departments'));
      expect(ru.structure.menus.map((m) => m.title)).to.deep.equal([
        'Центральный аппарат МЧС',
        'Подчиненные организации',
        'Территориальные управления',
      ]);
      expect(be.structure.menus.map((m) => m.title)).to.deep.equal([
        'Цэнтральны апарат МНС',
        'Падпарадкаваныя арганізацыі',
        'Тэрытарыяльныя ўпраўленні',
      ]);
      expect(en.structure.menus.map((m) => m.title)).to.deep.equal([
        'Central office of the MES',
        'Subordinate units',
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
            // Provenance and a link's language differ by language by design (what could be confirmed, where a
            // language has no text of its own).
            .filter(([k]) => !['lang', 'yearsOfTotal', 'dateWords', 'source', 'hreflang'].includes(k))
            // Links go to the document in the reader's language where one exists: their number is what must match.
            .map(([k, v]) => [k, k === 'links' ? (v as unknown[]).length : shape(v, k)]),
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
        if (typeof value === 'string') return ['id', 'url', 'lang', 'hreflang'].includes(key) ? [] : [value];
        if (value && typeof value === 'object') {
          // Provenance is data for content authors (its notes are in English), not text a reader sees.
          return Object.entries(value).flatMap(([k, v]) => (k === 'source' ? [] : strings(v, k)));
        }
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

  describe('accuracy', () => {
    const all: Content[] = [en, ru, be];
    const menu = (c: Content, id: string) => c.structure.menus.find((m) => m.id === id)!;
    const names = (c: Content, id: string) => menu(c, id).groups.flatMap((g) => g.items.map((u) => u.name));

    it('lists the subordinate units apart from the central office, in every language', () => {
      for (const c of all) {
        expect(
          c.structure.menus.map((m) => m.id),
          c.lang,
        ).to.deep.equal(['central-office', 'subordinate-units', 'territorial-departments']);
        const central = names(c, 'central-office');
        expect(central, c.lang).to.have.length(4);
        // University, institute, centre, team, centre, centre, lyceum, inspection: none of them under the central office.
        expect(names(c, 'subordinate-units'), c.lang).to.have.length(8);
        for (const unit of names(c, 'subordinate-units')) expect(central, c.lang).not.to.include(unit);
        // No heading under the central office's menu says anything else is the central office.
        expect(
          menu(c, 'central-office').groups.map((g) => g.title),
          c.lang,
        ).to.deep.equal([undefined]);
        expect(
          menu(c, 'subordinate-units').groups.map((g) => g.title),
          c.lang,
        ).to.deep.equal([undefined]);
      }
      expect(names(en, 'subordinate-units')).to.include('University of Civil Protection');
      expect(names(ru, 'subordinate-units')).to.include('Университет гражданской защиты МЧС');
    });

    it('names the headquarters once in English, as the ministry does, and no menu repeats its own name', () => {
      const texts = JSON.stringify(en.structure);
      expect(texts.match(/Headquarters of the Ministry/g)).to.have.length(1);
      expect(names(en, 'central-office')[0]).to.equal('Headquarters of the Ministry');
      // "Central office of the MES" › "Central office" › "Headquarters of the Ministry" is gone.
      expect(texts.match(/Central office/g)).to.have.length(1);
      for (const c of all) {
        for (const m of c.structure.menus) {
          for (const g of m.groups) if (g.title) expect(m.title, c.lang).not.to.contain(g.title);
        }
      }
    });

    it('uses the confirmed Russian and Belarusian names of the units', () => {
      const ruUnits = names(ru, 'subordinate-units');
      expect(ruUnits).to.include('Республиканский центр сертификации и экспертизы');
      expect(ruUnits).to.include('Специализированный лицей при Университете гражданской защиты МЧС');
      expect(menu(ru, 'territorial-departments').groups[0].title).to.equal(
        'Областные (Минское городское) управления МЧС',
      );
      expect(names(ru, 'territorial-departments')).to.deep.equal([
        'Брестское областное управление МЧС',
        'Витебское областное управление МЧС',
        'Гомельское областное управление МЧС',
        'Гродненское областное управление МЧС',
        'Минское городское управление МЧС',
        'Минское областное управление МЧС',
        'Могилевское областное управление МЧС',
      ]);
      const beUnits = names(be, 'subordinate-units');
      expect(beUnits).to.include('Рэспубліканскі цэнтр сертыфікацыі і экспертызы');
      expect(beUnits).to.include('Спецыялізаваны ліцэй пры Універсітэце грамадзянскай абароны МНС');
      expect(menu(be, 'territorial-departments').groups[0].title).to.equal(
        'Абласныя (Мінскае гарадское) упраўленні МНС',
      );
      for (const c of [ru, be]) {
        const text = JSON.stringify(c.structure);
        for (const old of [
          'лицензирования',
          'ліцэнзавання',
          'Региональные',
          'Рэгіянальныя',
          'лицей МЧС"',
          'ліцэй МНС"',
        ]) {
          expect(text, `${c.lang}: ${old}`).not.to.contain(old);
        }
      }
    });

    it('says in the provenance which names could not be confirmed', () => {
      expect(ru.structure.source?.unconfirmed).to.deep.equal([
        'Республиканский центр материально-технического обеспечения',
      ]);
      expect(be.structure.source?.unconfirmed).to.deep.equal([
        'Рэспубліканскі цэнтр матэрыяльна-тэхнічнага забеспячэння',
      ]);
      // Every name said to be unconfirmed is one the content shows.
      for (const c of all) {
        for (const [section, value] of Object.entries(c)) {
          const source = (value as { source?: SourceContent } | undefined)?.source;
          const shown = JSON.stringify({ ...(value as object), source: undefined });
          for (const name of source?.unconfirmed ?? []) expect(shown, `${c.lang} ${section}: ${name}`).to.contain(name);
        }
      }
    });

    it('writes the strategy’s subject with one term in Russian and Belarusian; only the Sendai Framework keeps the UN’s', () => {
      const term = { ru: 'риска чрезвычайных ситуаций', be: 'рызыкі надзвычайных сітуацый' };
      const un = { ru: 'риска бедствий', be: 'рызыкі бедстваў' };
      // The Sendai Framework's name, in any case form: the UN's own Russian name, and its Belarusian rendering.
      const sendai = {
        ru: /Сендайск\S* рамочн\S* программ\S* по снижению риска бедствий/g,
        be: /Сендайск\S* рамачн\S* праграм\S* па зніжэнні рызыкі бедстваў/g,
      };
      for (const c of [ru, be]) {
        const lang = c.lang as 'ru' | 'be';
        expect(c.strategy.name, lang).to.contain(term[lang]);
        expect(c.strategy.items[0], lang).to.contain(term[lang]);
        expect(c.priorities.items[1], lang).to.contain(term[lang]);
        const links = c.strategy.links.map((l) => l.label);
        const texts = [
          c.strategy.title,
          c.strategy.name,
          ...c.strategy.paragraphs,
          ...c.strategy.items,
          ...c.priorities.items,
          ...c.activities.items,
          ...links,
        ];
        for (const t of texts) expect(t.replace(sendai[lang], ''), `${lang}: ${t}`).not.to.contain(un[lang]);
        expect(links[0], lang).to.contain(un[lang]);
      }
    });

    it('links the UN’s Russian texts from Russian and Belarusian, saying so on Belarusian links', () => {
      expect(en.strategy.links.map((l) => l.url)).to.deep.equal([
        'https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030',
        'https://sdgs.un.org/goals',
      ]);
      for (const c of [ru, be]) {
        expect(
          c.strategy.links.map((l) => l.url),
          c.lang,
        ).to.deep.equal(['https://undocs.org/ru/A/RES/69/283', 'https://www.un.org/sustainabledevelopment/ru/']);
      }
      expect(ru.strategy.links.map((l) => l.hreflang)).to.deep.equal([undefined, undefined]);
      expect(be.strategy.links.map((l) => l.hreflang)).to.deep.equal(['ru', 'ru']);
    });

    it('uses typographic quotes and apostrophes: “ZUBR”, «ЗУБР», Rescuer’s', () => {
      const strings = (value: unknown): string[] =>
        typeof value === 'string'
          ? [value]
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(strings)
            : [];
      for (const c of all) {
        const straight = strings(c).filter((t) => /["']/.test(t));
        expect(straight, `${c.lang}: straight quotes`).to.deep.equal([]);
      }
      expect(names(en, 'subordinate-units')).to.include('Republican Special Response Team “ZUBR”');
      expect(names(ru, 'subordinate-units')).to.include('Республиканский отряд специального назначения «ЗУБР»');
      expect(names(be, 'subordinate-units')).to.include('Рэспубліканскі атрад спецыяльнага прызначэння «ЗУБР»');
    });

    it('makes no claim about the holidays beyond their names and dates', () => {
      for (const c of all) {
        for (const h of c.holidays.items) expect(h.description, `${c.lang} ${h.id}`).to.equal(undefined);
        expect(JSON.stringify(c.holidays), c.lang).not.to.match(/1[89]\d\d/);
      }
    });
  });

  describe('provenance', () => {
    const sections = ['ministry', 'priorities', 'activities', 'strategy', 'holidays', 'structure'] as const;

    it('every section of every language says where it comes from, by the rules partners’ content follows', () => {
      for (const c of [en, ru, be]) {
        for (const section of sections) {
          const source = c[section].source;
          const problems: string[] = [];
          expect(sourceCheck(source, `${c.lang}.${section}.source`, problems), `${c.lang} ${section}`).to.deep.equal(
            source,
          );
          expect(problems).to.deep.equal([]);
          expect(source!.url).to.match(/^https:\/\/mchs\.gov\.by\//);
        }
      }
    });

    it('English is the ministry’s own text; Russian and Belarusian are the library’s translations', () => {
      for (const section of sections) expect(en[section].source?.text, section).to.equal('ministry');
      for (const section of ['priorities', 'activities', 'strategy', 'holidays', 'structure'] as const) {
        expect(ru[section].source?.text, section).to.equal('translation');
        expect(be[section].source?.text, section).to.equal('translation');
      }
      expect(en.priorities.source?.url).to.equal('https://mchs.gov.by/en/international-cooperation/');
      expect(en.structure.source?.url).to.equal('https://mchs.gov.by/en/about-mes/about-mes/');
      // English writes them out in full (see en.ts); they agree with the ones Russian and Belarusian share.
      for (const section of ['priorities', 'activities', 'strategy', 'holidays'] as const) {
        expect(en[section].source?.url, section).to.equal(COOPERATION_PAGE);
      }
      expect(en.structure.source?.url).to.equal(ABOUT_PAGE);
      for (const c of [en, ru, be]) for (const s of sections) expect(c[s].source?.checked).to.equal(CHECKED);
      expect(ru.priorities.source?.url).to.equal(en.priorities.source?.url);
    });

    it('a source that breaks the rules is reported, line by line', () => {
      const problems: string[] = [];
      const bad = { url: 'javascript:alert(1)', text: 'ours', checked: '2026-02-30', unconfirmed: [] };
      expect(sourceCheck(bad, 'source', problems)).to.equal(undefined);
      expect(problems).to.deep.equal([
        'source.url: expected the address of a web page (https://…)',
        'source.text: expected one of "ministry", "translation", "library"',
        'source.checked: expected a date as YYYY-MM-DD',
        'source.unconfirmed: must not be empty',
      ]);
    });
  });

  it('the library version matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
