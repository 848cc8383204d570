// Wrappers use fixtureSync: fixture() waits an animation frame for a non-Lit root, and a test page in the background
// (the runner runs two files at once) gets no frames.
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import './mes-strategy-goals.js';
import type { MesStrategyGoals } from './mes-strategy-goals.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Content } from '../../content/types.js';
import type { ContentErrorDetail } from '../../core/mes-element.js';
import { captureWarnings, jsonUrl, visibleText } from '../../test/helpers.js';
import { TodayController } from '../../core/today.js';

const TAG = 'mes-strategy-goals';
const shadow = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => shadow(el).querySelector(selector);
const headings = (el: Element) => [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
const topHeading = (el: Element) => headings(el)[0]!;
const nameHeading = (el: Element) => $(el, '[part="name"]')!;
const bar = (el: Element) => $(el, '[role="progressbar"]')!;
const statusText = (el: Element) => $(el, '[part="status"]')!.textContent!.trim();
const objectives = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="list"] > li')].map((li) => li.textContent!.trim());
const paragraphs = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="paragraph"]')].map((p) => p.textContent!.trim());
const links = (el: Element) =>
  [...shadow(el).querySelectorAll('a')].map((a) => ({
    label: a.textContent!.trim(),
    url: a.getAttribute('href'),
    // The language of the linked document, where it is not the content's own.
    ...(a.hasAttribute('hreflang') ? { hreflang: a.getAttribute('hreflang') } : {}),
  }));
const segments = (el: Element) =>
  [...bar(el).querySelectorAll('.segment')].map((s) => ({
    year: Number((s as HTMLElement).dataset.year),
    status: ['past', 'current', 'future'].find((c) => s.classList.contains(c)),
  }));
const statusLetters = (el: Element) =>
  segments(el)
    .map((s) => s.status![0])
    .join('');
const visibleTicks = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('.ticks > *')].filter(
    (t) => getComputedStyle(t).visibility !== 'hidden',
  );
const tick = () => new Promise((r) => setTimeout(r));

async function strategy(today: string | null, lang = 'en', level?: number): Promise<MesStrategyGoals> {
  return fixture<MesStrategyGoals>(
    html`<mes-strategy-goals lang=${lang} today=${ifDefined(today ?? undefined)} heading-level=${level ?? 2}></mes-strategy-goals>`,
  );
}

/** Sets the clock that "today" is read from (every element that shows a date reads it). */
const realClock = TodayController.clock;
const setClock = (iso: string) => {
  const ms = Date.parse(iso);
  TodayController.clock = () => ms;
};

/** The ministry's English page (a copy in the repository), runs of white space as one space. */
async function sourceLines(): Promise<string[]> {
  const response = await fetch(new URL('/src/content/source/international-cooperation.en.txt', location.href));
  return (await response.text()).split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim());
}

const expected2026: Record<string, string> = { en: '8 of 12 years', ru: '8 из 12 лет', be: '8 з 12 гадоў' };

describe('<mes-strategy-goals>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    TodayController.clock = realClock;
  });

  for (const c of [en, ru, be] as Content[]) {
    describe(`in ${c.lang}`, () => {
      it('shows the title, the paragraph, the links, the strategy’s name, the lead and the five objectives', async () => {
        const el = await strategy('2026-11-25', c.lang);
        const text = visibleText(el);
        expect(topHeading(el).localName).to.equal('h2');
        expect(topHeading(el).textContent!.trim()).to.equal(c.strategy.title);
        expect(paragraphs(el)).to.deep.equal(c.strategy.paragraphs);
        for (const p of c.strategy.paragraphs) expect(text).to.contain(p);
        // The name is visible, as the heading of the strategy’s sub-section, one level down.
        expect(nameHeading(el).localName).to.equal('h3');
        expect(nameHeading(el).textContent!.trim()).to.equal(c.strategy.name);
        expect(text).to.contain(c.strategy.name);
        expect(text).to.contain(c.strategy.lead);
        expect(objectives(el)).to.deep.equal(c.strategy.items);
        expect(objectives(el)).to.have.length(5);
        expect($(el, '[part="list"]')!.getAttribute('role')).to.equal('list');
        expect(links(el)).to.deep.equal(c.strategy.links);
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(c.lang);
      });

      it(`shows the period and its progress in 2026 as "${expected2026[c.lang]}", visibly and to assistive technology`, async () => {
        const el = await strategy('2026-11-25', c.lang);
        const text = visibleText(el);
        expect(text).to.contain(`${c.ui.strategy.strategyTimeline} 2019–2030`);
        expect(statusText(el)).to.equal(expected2026[c.lang]);
        const b = bar(el);
        expect(b.getAttribute('aria-valuemin')).to.equal('0');
        expect(b.getAttribute('aria-valuemax')).to.equal('12');
        expect(b.getAttribute('aria-valuenow')).to.equal('8');
        expect(b.getAttribute('aria-valuetext')).to.equal(expected2026[c.lang]);
        // The accessible name comes from visible text, through aria-labelledby (axe checks that it resolves).
        const name = b
          .getAttribute('aria-labelledby')!
          .split(/\s+/)
          .map((id) => shadow(el).getElementById(id)!.textContent!.trim())
          .join(' ');
        expect(name).to.equal(`${c.ui.strategy.strategyTimeline} 2019–2030`);
        expect(text).to.contain(`${c.ui.strategy.timelineCurrent}: 2026`);
        expect(text).to.contain(c.ui.strategy.timelinePast);
        expect(text).to.contain(c.ui.strategy.timelineFuture);
      });

      for (const today of ['2018-06-01', '2026-11-25', '2031-01-01']) {
        it(`is accessible with today="${today}"`, async () => {
          const el = await strategy(today, c.lang);
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('shows the ministry’s English paragraph, name and objectives verbatim, as the page publishes them', async () => {
    const lines = await sourceLines();
    const el = await strategy('2026-11-25', 'en');
    const paragraph = lines.find((l) => l.startsWith('The MES focuses on modern global trends'))!;
    expect(paragraph).to.be.a('string');
    expect(paragraphs(el).join(' ')).to.equal(paragraph);
    expect(paragraph).to.contain(nameHeading(el).textContent!.trim());
    expect(nameHeading(el).textContent!.trim()).to.equal(
      'National Strategy for Disasters Risk Reduction for 2019-2030',
    );
    const lead = 'The main objectives of the strategy are:';
    expect($(el, '[part="lead"]')!.textContent).to.equal(lead);
    const published: string[] = [];
    for (const line of lines.slice(lines.indexOf(lead) + 1)) {
      if (line.startsWith('•')) published.push(line.slice(1).trim());
      else if (line !== '') break;
    }
    expect(published).to.have.length(5);
    expect(objectives(el)).to.deep.equal(published);
  });

  describe('timeline', () => {
    it('draws one segment a year, 2019 to 2030, with past, current and future years marked by shape as well as colour', async () => {
      const el = await strategy('2026-11-25');
      expect(segments(el).map((s) => s.year)).to.deep.equal([
        2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
      ]);
      expect(statusLetters(el)).to.equal('pppppppcffff');
      const [past, current, future] = ['.past', '.current', '.future'].map((s) =>
        getComputedStyle(bar(el).querySelector(s)!),
      );
      expect(past!.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)'); // filled
      expect(current!.backgroundImage).to.contain('repeating-linear-gradient'); // hatched
      expect(future!.backgroundColor).to.equal('rgba(0, 0, 0, 0)'); // outlined only
      expect(future!.backgroundImage).to.equal('none');
      // The segments are drawing only: the progress bar carries the value.
      expect(bar(el).children).to.have.length(12);
      expect([...bar(el).querySelectorAll('.segment')].every((s) => s.textContent === '')).to.equal(true);
    });

    const cases: [string, string, string, string, string][] = [
      // today, status, valuenow, segments, what the legend says
      ['2018-12-31', 'Not started yet', '0', 'ffffffffffff', ''],
      ['2019-01-01', '1 of 12 years', '1', 'cfffffffffff', 'Current year: 2019 Years ahead'],
      ['2024-02-29', '6 of 12 years', '6', 'pppppcffffff', 'Years completed Current year: 2024 Years ahead'],
      ['2030-12-31', '12 of 12 years', '12', 'pppppppppppc', 'Years completed Current year: 2030'],
      ['2031-01-01', 'Completed', '12', 'pppppppppppp', ''],
    ];
    for (const [today, status, now, letters, legend] of cases) {
      it(`on ${today}: "${status}"`, async () => {
        const el = await strategy(today);
        expect(statusText(el)).to.equal(status);
        expect(bar(el).getAttribute('aria-valuenow')).to.equal(now);
        expect(bar(el).getAttribute('aria-valuetext')).to.equal(status);
        expect(statusLetters(el)).to.equal(letters);
        expect(visibleText($(el, '[part="legend"]') as HTMLElement)).to.equal(legend);
      });
    }

    it('says "not started" and "completed" in Russian and Belarusian, agreeing with «период» / «перыяд»', async () => {
      const ruBefore = await strategy('2018-01-01', 'ru');
      expect(statusText(ruBefore)).to.equal('Еще не начался');
      expect(visibleText(ruBefore)).to.contain('Период действия стратегии 2019–2030 Еще не начался');
      const beAfter = await strategy('2031-06-01', 'be');
      expect(statusText(beAfter)).to.equal('Завершаны');
      expect(visibleText(beAfter)).to.contain('Перыяд дзеяння стратэгіі 2019–2030 Завершаны');
      expect(bar(beAfter).getAttribute('aria-valuetext')).to.equal('Завершаны');
    });

    it('labels every year where there is room', async () => {
      const wrap = fixtureSync<HTMLDivElement>(
        html`<div style="width: 900px"><mes-strategy-goals today="2026-11-25"></mes-strategy-goals></div>`,
      );
      const el = wrap.firstElementChild as MesStrategyGoals;
      await el.updateComplete;
      expect(visibleTicks(el).map((t) => t.textContent)).to.deep.equal([
        '2019',
        '2020',
        '2021',
        '2022',
        '2023',
        '2024',
        '2025',
        '2026',
        '2027',
        '2028',
        '2029',
        '2030',
      ]);
      expect(getComputedStyle(visibleTicks(el)[7]!).fontWeight).to.equal('700'); // the current year stands out
    });

    /** Renders the element for 1 July of every year from 2018 to 2031 in `wrap`, and checks the visible year labels. */
    async function eachYear(wrap: HTMLElement, check: (year: number, labels: string[]) => void) {
      for (let year = 2018; year <= 2031; year++) {
        wrap.replaceChildren();
        const el = document.createElement(TAG);
        el.setAttribute('today', `${year}-07-01`);
        wrap.append(el);
        await el.updateComplete;
        const shown = visibleTicks(el);
        const labels = shown.map((t) => t.textContent!);
        check(year, labels);
        // No two labels touch, and none sticks out of the element. Measure the text, not the box: a label may
        // overflow its column.
        const rects = shown.map((t) => {
          const range = document.createRange();
          range.selectNodeContents(t);
          return range.getBoundingClientRect();
        });
        for (let i = 1; i < rects.length; i++) {
          expect(rects[i]!.left, `${year}: ${labels[i - 1]} and ${labels[i]}`).to.be.at.least(rects[i - 1]!.right + 2);
        }
        const host = el.getBoundingClientRect();
        expect(rects[0]!.left, `${year}: first label`).to.be.at.least(host.left - 0.5);
        expect(rects[rects.length - 1]!.right, `${year}: last label`).to.be.at.most(host.right + 0.5);
      }
    }

    it('at 320 px labels only the ends and the current year, and no two labels touch, in every year of the period', async () => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      await eachYear(wrap, (year, labels) => {
        if (year >= 2019 && year <= 2030) expect(labels, String(year)).to.include(String(year));
        expect(labels.length, String(year)).to.be.within(2, 3);
      });
    });

    it('with text at 200 % in a 320 px column, still no two labels touch', async () => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 320px; font-size: 32px"></div>`);
      await eachYear(wrap, (year, labels) => {
        expect(labels, String(year)).to.include.members(['2019', '2030']);
      });
    });
    it('follows a change of today and of the language at run time', async () => {
      setClock('2024-06-01T12:00:00Z');
      const el = await strategy('2026-11-25');
      el.today = '2027-01-01';
      await el.updateComplete;
      expect(statusText(el)).to.equal('9 of 12 years');
      el.lang = 'ru';
      await tick();
      await el.updateComplete;
      expect(statusText(el)).to.equal('9 из 12 лет');
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('9 из 12 лет');
      el.removeAttribute('today');
      await el.updateComplete;
      expect(statusText(el)).to.equal('6 из 12 лет');
    });
  });

  // Language, heading-level, content from outside and definition: src/test/contract/, as for every element.
  describe('content override: the strategy’s own fields', () => {
    it('takes a partial strategy through the content property, with its own period', async () => {
      const el = await strategy('2023-06-01');
      el.content = { name: 'Regional plan 2021–2025', startYear: 2021, endYear: 2025, items: ['one;', 'two.'] };
      await el.updateComplete;
      expect(nameHeading(el).textContent!.trim()).to.equal('Regional plan 2021–2025');
      expect(objectives(el)).to.deep.equal(['one;', 'two.']);
      expect(topHeading(el).textContent!.trim()).to.equal(en.strategy.title);
      expect(paragraphs(el)).to.deep.equal(en.strategy.paragraphs);
      expect(statusText(el)).to.equal('3 of 5 years');
      expect(bar(el).getAttribute('aria-valuemax')).to.equal('5');
      expect(visibleText(el)).to.contain('2021–2025');
      expect(segments(el).map((s) => s.year)).to.deep.equal([2021, 2022, 2023, 2024, 2025]);
    });

    it('reports an end year before the start year, keeps the built-in period and uses the rest', async () => {
      const el = await strategy('2026-06-01');
      const warnings = captureWarnings();
      let events = 0;
      el.addEventListener('mes-content-error', () => events++);
      try {
        el.content = { name: 'Kept name', startYear: 2030, endYear: 2020 };
        await el.updateComplete;
        expect(events).to.equal(1);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<${TAG}>`);
        expect(warnings.messages[0]).to.contain('endYear: 2020 is before startYear 2030');
        expect(nameHeading(el).textContent!.trim()).to.equal('Kept name');
        expect(statusText(el)).to.equal('8 of 12 years');
        expect(visibleText(el)).to.contain('2019–2030');
      } finally {
        warnings.restore();
      }
    });

    it('checks an end year alone against the built-in start year', async () => {
      const el = await strategy('2026-06-01');
      const warnings = captureWarnings();
      try {
        el.content = { endYear: 2015 };
        await el.updateComplete;
        expect(warnings.messages.join('\n')).to.contain('endYear: 2015 is before startYear 2019');
        expect(statusText(el)).to.equal('8 of 12 years');
      } finally {
        warnings.restore();
      }
    });

    it('checks a period made of two sources: a start year from src and an end year from content', async () => {
      const warnings = captureWarnings();
      try {
        // Each is a valid period with the built-in year of the other end (2025–2030, 2019–2022); together, 2025–2022 is not.
        const el = document.createElement(TAG);
        el.setAttribute('today', '2026-06-01');
        el.setAttribute('src', jsonUrl({ startYear: 2025, name: 'From the file' }));
        el.content = { endYear: 2022 };
        const errors: ContentErrorDetail[] = [];
        el.addEventListener('mes-content-error', (e) => errors.push(e.detail));
        fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
        await el.contentSettled;
        expect(errors).to.deep.equal([
          { source: 'content', problems: ['endYear: 2022 is before startYear 2025; the built-in period is kept'] },
        ]);
        expect(warnings.messages.filter((m) => m.includes(`<${TAG}>`))).to.have.length(1);
        // The built-in period stays; the rest of the file is shown.
        expect(visibleText(el)).to.contain('2019–2030');
        expect(statusText(el)).to.equal('8 of 12 years');
        expect(bar(el).children).to.have.length(12);
        expect(nameHeading(el).textContent!.trim()).to.equal('From the file');

        // An end year that fits the file's start year makes a period of both sources.
        el.content = { endYear: 2028 };
        await el.contentSettled;
        expect(visibleText(el)).to.contain('2025–2028');
        expect(bar(el).children).to.have.length(4);
        expect(errors).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('refuses years that are not whole numbers in range, and a period too long to draw', async () => {
      const el = await strategy('2026-06-01');
      const warnings = captureWarnings();
      try {
        el.content = { startYear: 2019.5, endYear: '2030' };
        await el.updateComplete;
        el.content = { startYear: 1800 };
        await el.updateComplete;
        el.content = { startYear: 1950, endYear: 2050 };
        await el.updateComplete;
        const all = warnings.messages.join('\n');
        expect(all).to.contain('startYear: expected a whole number, got a number');
        expect(all).to.contain('endYear: expected a whole number, got text');
        expect(all).to.contain('startYear: 1800 is outside 1900–2100');
        expect(all).to.contain('a period of 101 years is longer than 50');
        expect(statusText(el)).to.equal('8 of 12 years');
        expect(bar(el).children).to.have.length(12);
      } finally {
        warnings.restore();
      }
    });

    it('links only safe URLs: an unsafe link is reported and left out', async () => {
      const el = await strategy('2026-06-01');
      const warnings = captureWarnings();
      try {
        el.content = {
          links: [
            { label: 'Evil', url: 'javascript:window.__pwnedStrategy=1' },
            { label: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
            { label: 'Partner', url: 'https://example.org/plan' },
            { label: 'No URL' },
          ],
        };
        await el.updateComplete;
        expect(links(el)).to.deep.equal([{ label: 'Partner', url: 'https://example.org/plan' }]);
        const all = warnings.messages.join('\n');
        expect(all).to.contain('links[0].url: only http:, https: and mailto: links are allowed');
        expect(all).to.contain('links[1].url: only http:, https: and mailto: links are allowed');
        expect(all).to.contain('links[3].url: is required');
        expect(warnings.messages).to.have.length(1);
        el.content = { links: [{ label: 'Evil', url: 'javascript:alert(1)' }] };
        await el.updateComplete;
        expect(links(el)).to.deep.equal(en.strategy.links); // nothing valid: the built-in links stay
      } finally {
        warnings.restore();
      }
    });

    it('shows markup in content as text, never as HTML', async () => {
      const el = await strategy('2026-06-01');
      const evil = '<img src=x onerror="window.__pwnedStrategy=1"><b>bold</b>';
      el.content = {
        title: evil,
        name: evil,
        paragraphs: [evil],
        lead: evil,
        items: [evil],
        links: [{ label: evil, url: 'https://example.org/' }],
      };
      await el.updateComplete;
      expect(topHeading(el).textContent).to.equal(evil);
      expect(nameHeading(el).textContent!.trim()).to.equal(evil);
      expect(paragraphs(el)).to.deep.equal([evil]);
      expect(objectives(el)).to.deep.equal([evil]);
      expect(links(el)[0]!.label).to.equal(evil);
      expect(shadow(el).querySelector('img, b, script')).to.equal(null);
      await new Promise((r) => setTimeout(r, 20));
      expect((window as unknown as { __pwnedStrategy?: number }).__pwnedStrategy).to.equal(undefined);
    });

    it('loads content from src, per language', async () => {
      const src = jsonUrl({
        en: { name: 'From JSON', startYear: 2025, endYear: 2034, items: ['a', 'b'] },
        ru: { name: 'Из JSON', startYear: 2025, endYear: 2034, items: ['а', 'б'] },
      });
      const el = await fixture<MesStrategyGoals>(
        html`<mes-strategy-goals lang="ru" today="2026-06-01" src=${src}></mes-strategy-goals>`,
      );
      await oneEvent(el, 'mes-content-load');
      expect(nameHeading(el).textContent!.trim()).to.equal('Из JSON');
      expect(objectives(el)).to.deep.equal(['а', 'б']);
      expect(statusText(el)).to.equal('2 из 10 лет');
      expect(visibleText(el)).to.contain('2025–2034');
    });
  });
});
