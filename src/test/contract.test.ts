/**
 * What every element of the library promises (README, "Promises every element keeps"), tested on every element of
 * the registry (src/elements.ts): its language, its heading level, content from outside (the `content` property
 * and `src`), and its definition. The element test files beside each element test what is its own.
 *
 * "The built-in content stays" is checked whole: what the element renders (its shadow tree, through the shadow
 * roots of the elements inside it) is the same as what a fresh element of that tag renders in that language.
 * The elements that depend on the date are given a fixed `today` (the registry's `dated`).
 */
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import * as library from '../index.js';
import { ELEMENTS, TAGS, type ElementInfo } from '../elements.js';
import { en } from '../content/en.js';
import type { Content, Lang } from '../content/types.js';
import { loadContent } from '../content/index.js';
import { defineElement } from '../core/define.js';
import { captureWarnings, jsonUrl, nextContentError } from './helpers.js';

type LitLike = HTMLElement & { updateComplete: Promise<unknown>; isUpdatePending: boolean; content: unknown; src: string | null };

/* ---------------------------------------------------------------------------------------------------------- */
/* What each element needs to be tested (its own parts of the content)                                        */
/* ---------------------------------------------------------------------------------------------------------- */

interface Contract {
  /** The text of its top heading in a language's built-in content. */
  title(c: Content): string;
  /** How many headings it has under its top heading (in its own shadow root), each one level down. */
  innerHeadings(c: Content): number;
  /** A valid override of a part other than the title, and the texts it then shows (read by `shown`). */
  partial: { content: Record<string, unknown>; shown(el: Element): string[]; texts: string[] };
  /** An override with several mistakes, and a line of the report for each. */
  invalid: { content: Record<string, unknown>; problems: string[] };
  /** JSON with values of the wrong type (nothing in it usable), and a line of the report. */
  wrongTypes: { json: Record<string, unknown>; problem: string };
}

/** The texts of the parts of an element's own shadow root that match `selector`. */
const texts = (selector: string) => (el: Element) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

/** The title of the part of the content an element shows (its registry `sections`, first). */
const sectionTitle = (info: ElementInfo) => (c: Content) => (c[info.sections[0]!] as { title: string }).title;

const listContract = (info: ElementInfo, items: string[]): Contract => ({
  title: sectionTitle(info),
  innerHeadings: () => 0,
  partial: { content: { lead: 'Aimed at:', items }, shown: texts('[part="lead"], [part="item"]'), texts: ['Aimed at:', ...items] },
  invalid: {
    content: { items: 'not a list', lead: '  ', titel: 'typo' },
    problems: ['items: expected a list', 'lead: must not be empty', 'titel: unknown key'],
  },
  wrongTypes: { json: { items: [1, 2] }, problem: 'items[0]: expected text' },
});

const CONTRACTS: Record<string, (info: ElementInfo) => Contract> = {
  'mes-priorities': (info) => listContract(info, ['one', 'two']),
  'mes-cooperation-activities': (info) => listContract(info, ['joint exercises;', 'exchange of experts.']),
  'mes-strategy-goals': (info) => ({
    title: sectionTitle(info),
    innerHeadings: () => 1, // the strategy's name
    partial: { content: { items: ['one;', 'two.'] }, shown: texts('[part="list"] > li'), texts: ['one;', 'two.'] },
    invalid: {
      content: { paragraphs: 'one paragraph', items: [], nmae: 'typo' },
      problems: ['paragraphs: expected a list, got text', 'items: must not be empty', 'nmae: unknown key'],
    },
    wrongTypes: { json: { startYear: '2019', links: 'https://example.org' }, problem: 'startYear: expected a whole number' },
  }),
  'mes-holiday-calendar': (info) => ({
    title: sectionTitle(info),
    innerHeadings: () => 2, // the next holiday, the month
    partial: {
      content: { items: [{ month: 3, day: 10, name: 'Partner Day' }] },
      shown: texts('.holiday-name'),
      texts: ['Partner Day'],
    },
    invalid: { content: { items: 'Rescuer’s Day', titel: 'typo' }, problems: ['items: expected a list', 'titel: unknown key'] },
    wrongTypes: { json: { items: 'Rescuer’s Day' }, problem: 'items: expected a list' },
  }),
  'mes-structure-nav': (info) => ({
    title: sectionTitle(info),
    innerHeadings: (c) => c.structure.menus.flatMap((m) => m.groups).length, // a group's title (in its closed panel)
    partial: {
      content: { menus: [{ id: 'partners', title: 'Partner services', groups: [{ title: 'G', items: [{ name: 'Unit' }] }] }] },
      shown: texts('button[part~="button"]'),
      texts: ['Partner services'],
    },
    invalid: {
      content: { menus: [{ id: 'm', title: 'No groups' }], titel: 'typo' },
      problems: ['menus[0].groups: is required', 'titel: unknown key'],
    },
    wrongTypes: { json: { menus: [{ id: 1, title: 'T', groups: [] }] }, problem: 'menus[0].id: expected text' },
  }),
  'mes-international-cooperation': () => ({
    title: (c) => c.ui.page.internationalCooperation,
    innerHeadings: () => 1, // "General information"; its sections' headings are theirs
    partial: { content: { ministry: { siteTitle: 'A partner of the MES' } }, shown: texts('[part="ministry"]'), texts: ['A partner of the MES'] },
    invalid: { content: { priorities: 'nope', title: 42 }, problems: ['priorities: expected an object', 'title: expected text'] },
    wrongTypes: { json: { title: 42 }, problem: 'title: expected text' },
  }),
};

/* ---------------------------------------------------------------------------------------------------------- */
/* Helpers                                                                                                    */
/* ---------------------------------------------------------------------------------------------------------- */

const tick = () => new Promise((resolve) => setTimeout(resolve));

/** The element and the library's elements inside its shadow tree (the composite's sections). */
function elementsIn(el: Element): LitLike[] {
  const found: LitLike[] = [el as LitLike];
  for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (TAGS.includes(node.localName)) found.push(...elementsIn(node));
  }
  return found;
}

/**
 * Waits until the element and the elements inside it have rendered with nothing left to do: a change of language
 * reaches them through the shared observer, then each loads the language's content and renders.
 */
async function settled(el: Element): Promise<void> {
  for (;;) {
    await tick();
    const pending = elementsIn(el).filter((e) => e.isUpdatePending);
    if (pending.length === 0) return;
    await Promise.all(pending.map((e) => e.updateComplete));
  }
}

/** The element's top heading. */
const topHeading = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!;
const headingText = (el: Element) => topHeading(el).textContent!.replace(/\s+/g, ' ').trim();

/** An attribute's value as text: a `data:` URL decoded, iCalendar's folded lines unfolded, the time a file was written left out. */
function attributeText(value: string): string {
  const data = /^data:([^,]*),(.*)$/s.exec(value);
  return (data ? `data:${data[1]},${decodeURIComponent(data[2]!)}` : value)
    .replace(/\r\n[ \t]/g, '') // a long iCalendar line goes on after a line break and a space (RFC 5545, 3.1)
    .replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:…'); // the clock when the calendar file was made, not content
}

/**
 * What an element renders: its shadow tree as text (elements with their attributes, text, and the shadow trees of
 * the elements inside it), styles and Lit's comment markers left out. With `title`, that text is shown as «title»
 * wherever it appears (the heading, the name of a calendar file…), so that two elements can be compared apart
 * from their titles.
 */
function rendered(el: Element, { title }: { title?: string } = {}): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Text) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    if (!(node instanceof Element) || node.localName === 'style') return;
    const attributes = [...node.attributes].map((a) => `${a.name}="${attributeText(a.value)}"`).sort();
    out.push(`<${[node.localName, ...attributes].join(' ')}>`);
    if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
    out.push(`</${node.localName}>`);
  };
  el.shadowRoot!.childNodes.forEach(walk);
  let text = out.join('\n');
  // The title as it is, then without the colon that ends some built-in titles (where it is a name, e.g. of a file).
  for (const t of title ? new Set([title, title.replace(/[\s:]+$/, '')]) : []) text = text.split(t).join('«title»');
  return text;
}

/** The levels of the headings of an element's own shadow root, as assistive technology reads them. */
const headingLevels = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.getAttribute('aria-level') ?? h.localName.slice(1)));

/** The headings an element must have at `level`: its top heading, then each inner heading one level down. */
function expectHeadings(el: Element, level: number, inner: number) {
  expect(headingLevels(el), 'heading levels').to.deep.equal([level, ...Array<number>(inner).fill(level + 1)]);
  const headings = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  // (Compared as a boolean: a failing comparison of elements would print the whole tree.)
  expect(headings[0] === topHeading(el), 'the top heading comes first').to.equal(true);
  for (const h of headings) {
    const wanted = Number(h.getAttribute('aria-level') ?? h.localName.slice(1));
    // Past h6 a heading stays an <h6> and says its level with aria-level; up to h6 it needs none.
    expect(h.localName).to.equal(`h${Math.min(wanted, 6)}`);
    expect(h.getAttribute('aria-level')).to.equal(wanted > 6 ? String(wanted) : null);
  }
}

/* ---------------------------------------------------------------------------------------------------------- */

/** The built-in content in each language. */
let contents: Record<Lang, Content>;
const TODAY = '2026-03-03';

describe('what every element promises', () => {
  before(async () => {
    contents = { en, ru: await loadContent('ru'), be: await loadContent('be') };
  });

  it('has a contract here for each element of the registry', () => {
    expect(Object.keys(CONTRACTS).sort()).to.deep.equal([...TAGS].sort());
  });

  for (const info of ELEMENTS) {
    const { tag } = info;
    const contract = CONTRACTS[tag]!(info);
    const title = (lang: Lang) => contract.title(contents[lang]);
    const inner = contract.innerHeadings(en);

    /** A new element of this tag (with a fixed today where it shows the date), not yet in the page. */
    const create = (attributes: Record<string, string> = {}) => {
      const el = document.createElement(tag) as LitLike;
      if (info.dated) el.setAttribute('today', TODAY);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      return el;
    };
    /** A new element in the page (inside `parent`, else in a fixture of its own), rendered. */
    const place = async (attributes: Record<string, string> = {}, parent?: Element) => {
      const el = create(attributes);
      (parent ?? fixtureSync<HTMLDivElement>(html`<div></div>`)).append(el);
      await settled(el);
      return el;
    };
    /** What an element of this tag renders with the built-in content of `lang`. */
    const builtIn = new Map<string, string>();
    const reference = async (lang: Lang, { maskTitle = false } = {}) => {
      const key = `${lang} ${maskTitle}`;
      if (!builtIn.has(key)) {
        const el = await place({ lang });
        expect(headingText(el), `the built-in title in ${lang}`).to.equal(title(lang));
        builtIn.set(key, rendered(el, maskTitle ? { title: title(lang) } : {}));
        el.parentElement!.remove();
      }
      return builtIn.get(key)!;
    };

    describe(`<${tag}>`, () => {
      afterEach(() => {
        document.documentElement.lang = 'en';
      });

      describe('language', () => {
        it('inherits the nearest ancestor’s lang, across shadow roots, and follows when it goes', async () => {
          const host = fixtureSync<HTMLDivElement>(html`<div lang="ru"><div></div></div>`);
          const shadowRoot = host.firstElementChild!.attachShadow({ mode: 'open' });
          const wrapper = document.createElement('section');
          wrapper.lang = 'be';
          shadowRoot.append(wrapper);
          const el = await place({}, wrapper);
          expect(rendered(el)).to.equal(await reference('be'));
          wrapper.removeAttribute('lang');
          await settled(el);
          expect(rendered(el)).to.equal(await reference('ru'));
        });

        it('uses <html lang> when nothing nearer sets one (regional tags too), and follows its change', async () => {
          document.documentElement.lang = 'be-BY';
          const el = await place();
          expect(rendered(el)).to.equal(await reference('be'));
          document.documentElement.lang = 'ru-BY';
          await settled(el);
          expect(rendered(el)).to.equal(await reference('ru'));
        });

        it('follows a change of an ancestor’s lang and of its own', async () => {
          const host = fixtureSync<HTMLDivElement>(html`<div lang="ru"></div>`);
          const el = await place({}, host);
          expect(rendered(el)).to.equal(await reference('ru'));
          host.lang = 'be';
          await settled(el);
          expect(rendered(el)).to.equal(await reference('be'));
          el.lang = 'en-GB';
          await settled(el);
          expect(rendered(el)).to.equal(await reference('en'));
        });

        it('falls back to English for a language it does not ship, with one warning naming it when set on the element', async () => {
          const warnings = captureWarnings();
          try {
            const el = await place({ lang: 'fr' });
            expect(rendered(el)).to.equal(await reference('en'));
            expect(warnings.messages).to.have.length(1);
            expect(warnings.messages[0]).to.contain(`<${tag}>: lang="fr"`);
            // Inherited, an unknown language is the page's business: English, and nothing to say.
            const page = fixtureSync<HTMLDivElement>(html`<div lang="de"></div>`);
            const inherited = await place({}, page);
            expect(rendered(inherited)).to.equal(await reference('en'));
            expect(warnings.messages).to.have.length(1);
          } finally {
            warnings.restore();
          }
        });
      });

      describe('heading-level', () => {
        it('is 2 by default, with its inner headings one level down', async () => {
          const el = await place();
          expectHeadings(el, 2, inner);
        });

        for (const level of [1, 2, 3, 4, 5, 6]) {
          it(`heading-level="${level}" gives an h${level}, its inner headings at level ${level + 1}, and no warning`, async () => {
            const warnings = captureWarnings();
            try {
              const el = await place({ 'heading-level': String(level) });
              expectHeadings(el, level, inner);
              expect(warnings.messages).to.deep.equal([]);
              // Deepest of all, the outline is still one assistive technology can read.
              if (level === 6) await expect(el).to.be.accessible();
            } finally {
              warnings.restore();
            }
          });
        }

        for (const bad of ['0', '7', 'two', '2.5', '']) {
          it(`falls back to 2 with a warning for heading-level="${bad}"`, async () => {
            const warnings = captureWarnings();
            try {
              const el = await place({ 'heading-level': bad });
              expectHeadings(el, 2, inner);
              expect(warnings.messages.join('\n')).to.contain(`<${tag}>: heading-level="${bad}"`);
            } finally {
              warnings.restore();
            }
          });
        }

        it('goes back to 2 without a warning when the attribute is removed', async () => {
          const el = await place({ 'heading-level': '4' });
          const warnings = captureWarnings();
          try {
            el.removeAttribute('heading-level');
            await settled(el);
            expectHeadings(el, 2, inner);
            expect(warnings.messages).to.deep.equal([]);
          } finally {
            warnings.restore();
          }
        });

        it('changes at run time', async () => {
          const el = await place();
          el.setAttribute('heading-level', '4');
          await settled(el);
          expectHeadings(el, 4, inner);
        });
      });

      describe('content from outside', () => {
        it('takes a title alone through the content property, and keeps the rest built in', async () => {
          const el = await place();
          el.content = { title: 'Partner title' };
          await settled(el);
          expect(headingText(el)).to.equal('Partner title');
          expect(rendered(el, { title: 'Partner title' })).to.equal(await reference('en', { maskTitle: true }));
        });

        it('shows the part a partial content property gives, under the built-in title', async () => {
          const el = await place();
          el.content = contract.partial.content;
          await settled(el);
          expect(contract.partial.shown(el)).to.deep.equal(contract.partial.texts);
          expect(headingText(el)).to.equal(title('en'));
        });

        it('takes content per language, follows the language, and never mixes languages', async () => {
          const el = await place({ lang: 'ru' });
          el.content = { en: { title: 'Our own' }, ru: { title: 'Наше' } };
          await settled(el);
          expect(headingText(el)).to.equal('Наше');
          expect(rendered(el, { title: 'Наше' })).to.equal(await reference('ru', { maskTitle: true }));
          // No Belarusian given: English is the fallback among the languages given; the rest is built-in Belarusian.
          el.lang = 'be';
          await settled(el);
          expect(headingText(el)).to.equal('Our own');
          expect(rendered(el, { title: 'Our own' })).to.equal(await reference('be', { maskTitle: true }));
          // Given only in Russian: an English element keeps its built-in English.
          el.content = { ru: { title: 'Наше' } };
          el.lang = 'en';
          await settled(el);
          expect(rendered(el)).to.equal(await reference('en'));
        });

        it('changes only the element it is given to', async () => {
          const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
          const [first, second] = [create(), create()];
          host.append(first, second);
          first.content = { title: 'Changed' };
          await Promise.all([settled(first), settled(second)]);
          expect(headingText(first)).to.equal('Changed');
          expect(rendered(second)).to.equal(await reference('en'));
        });

        it('refuses a wrongly shaped content property, keeps the built-in content, and reports it once', async () => {
          const el = await place();
          const warnings = captureWarnings();
          const details: { source: string; problems: string[] }[] = [];
          el.addEventListener('mes-content-error', (e) => details.push((e as CustomEvent).detail));
          try {
            el.content = contract.invalid.content;
            await settled(el);
            expect(rendered(el)).to.equal(await reference('en'));
            expect(details).to.have.length(1);
            expect(details[0]!.source).to.equal('content');
            expect(warnings.messages).to.have.length(1);
            expect(warnings.messages[0]).to.contain(`<${tag}>`);
            for (const problem of contract.invalid.problems) {
              expect(details[0]!.problems.join('\n')).to.contain(problem);
              expect(warnings.messages[0]).to.contain(problem);
            }
            // Shown again in another language, the same value is not reported again.
            el.lang = 'ru';
            await settled(el);
            expect(rendered(el)).to.equal(await reference('ru'));
            expect(details).to.have.length(1);
            expect(warnings.messages).to.have.length(1);
          } finally {
            warnings.restore();
          }
        });

        it('loads content from src, and says so', async () => {
          const src = jsonUrl({ title: 'From JSON', ...contract.partial.content });
          const el = create({ src });
          const loaded = oneEvent(el, 'mes-content-load') as Promise<CustomEvent<{ src: string }>>;
          fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
          expect((await loaded).detail).to.deep.equal({ src });
          await settled(el);
          expect(headingText(el)).to.equal('From JSON');
          expect(contract.partial.shown(el)).to.deep.equal(contract.partial.texts);
        });

        it('loads content per language from src, and follows the language', async () => {
          const src = jsonUrl({ en: { title: 'From JSON' }, 'ru-BY': { title: 'Из JSON' } });
          const el = create({ src, lang: 'ru' });
          const loaded = oneEvent(el, 'mes-content-load');
          fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
          await loaded;
          await settled(el);
          expect(headingText(el)).to.equal('Из JSON');
          expect(rendered(el, { title: 'Из JSON' })).to.equal(await reference('ru', { maskTitle: true }));
          el.lang = 'en';
          await settled(el);
          expect(headingText(el)).to.equal('From JSON');
          expect(rendered(el, { title: 'From JSON' })).to.equal(await reference('en', { maskTitle: true }));
        });

        const broken: [string, () => string, string][] = [
          ['a 404', () => new URL(`/no-such-${tag}.json`, location.href).href, '404'],
          ['malformed JSON', () => jsonUrl('{ "title": '), 'not valid JSON'],
          ['a JSON list', () => jsonUrl([1, 2, 3]), 'expected an object'],
          ['JSON text', () => jsonUrl('"just text"'), 'expected an object'],
          ['JSON with values of the wrong type', () => jsonUrl(contract.wrongTypes.json), contract.wrongTypes.problem],
        ];
        for (const [name, makeSrc, message] of broken) {
          it(`keeps the built-in content and reports ${name} from src once`, async () => {
            const warnings = captureWarnings();
            try {
              const src = makeSrc();
              const el = create({ src });
              let errors = 0;
              let loads = 0;
              el.addEventListener('mes-content-error', () => errors++);
              el.addEventListener('mes-content-load', () => loads++);
              const reported = nextContentError(el);
              fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
              const detail = await reported;
              expect(detail.source).to.equal('src');
              expect(detail.src).to.equal(src);
              expect(detail.problems.join(' ')).to.contain(message);
              await settled(el);
              expect(rendered(el)).to.equal(await reference('en'));
              expect(warnings.messages).to.have.length(1);
              expect(warnings.messages[0]).to.contain(`<${tag}>: content from src="${src}"`);
              // Shown again in another language, the file is neither loaded nor reported again.
              el.lang = 'ru';
              await settled(el);
              expect(rendered(el)).to.equal(await reference('ru'));
              expect([errors, loads, warnings.messages.length], 'errors, loads, warnings').to.deep.equal([1, 0, 1]);
            } finally {
              warnings.restore();
            }
          });
        }

        it('shows the first file again when src goes A → B → A while B is still loading, and cancels B', async () => {
          const a = jsonUrl({ title: 'File A' });
          const el = create({ src: a });
          const loadedA = oneEvent(el, 'mes-content-load');
          fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
          await loadedA;
          await settled(el);
          expect(headingText(el)).to.equal('File A');
          const originalFetch = window.fetch;
          let aborted = false;
          let requestB!: () => void;
          const requestedB = new Promise<void>((resolve) => (requestB = resolve));
          window.fetch = (input, init) => {
            if (String(input).includes('slow-b')) {
              requestB();
              return new Promise((_, reject) =>
                init?.signal?.addEventListener('abort', () => {
                  aborted = true;
                  reject(new DOMException('aborted', 'AbortError'));
                }),
              );
            }
            return originalFetch(input, init);
          };
          try {
            el.src = `/slow-b-${tag}.json`;
            await requestedB;
            await settled(el);
            expect(rendered(el), 'B is not there yet: the built-in content').to.equal(await reference('en'));
            const loadedAgain = oneEvent(el, 'mes-content-load') as Promise<CustomEvent<{ src: string }>>;
            el.src = a;
            expect((await loadedAgain).detail.src).to.equal(a);
            await settled(el);
            expect(headingText(el)).to.equal('File A');
            expect(aborted, 'the request for B was cancelled').to.equal(true);
          } finally {
            window.fetch = originalFetch;
          }
        });

        it('never shows a file that arrives after src has changed', async () => {
          // Both files are held until the test lets them go, the stale one first: were it used, its load would be
          // announced before the fresh one's.
          const gates = new Map<string, () => void>();
          const requested = new Map<string, { promise: Promise<void>; resolve: () => void }>();
          for (const name of ['stale', 'fresh']) {
            let resolve!: () => void;
            const promise = new Promise<void>((r) => (resolve = r));
            requested.set(name, { promise, resolve });
          }
          const originalFetch = window.fetch;
          window.fetch = (input, init) => {
            const name = ['stale', 'fresh'].find((n) => String(input).includes(`/${n}-${tag}.json`));
            if (!name) return originalFetch(input, init);
            return new Promise((resolve) => {
              gates.set(name, () => resolve(new Response(JSON.stringify({ title: `The ${name} file` }))));
              requested.get(name)!.resolve();
            });
          };
          try {
            const el = create({ src: `/stale-${tag}.json` });
            const loads: string[] = [];
            el.addEventListener('mes-content-load', (e) => loads.push((e as CustomEvent<{ src: string }>).detail.src));
            fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
            await requested.get('stale')!.promise;
            const fresh = `/fresh-${tag}.json`;
            el.src = fresh;
            await requested.get('fresh')!.promise;
            const loadedFresh = oneEvent(el, 'mes-content-load');
            gates.get('stale')!();
            gates.get('fresh')!();
            await loadedFresh;
            await settled(el);
            expect(loads).to.deep.equal([fresh]);
            expect(headingText(el)).to.equal('The fresh file');
          } finally {
            window.fetch = originalFetch;
          }
        });
      });

      describe('definition', () => {
        it(`is defined as the class src/index.ts exports as ${info.className}`, () => {
          const exported = (library as unknown as Record<string, unknown>)[info.className];
          expect(exported, `src/index.ts exports ${info.className}`).to.be.a('function');
          expect(customElements.get(tag) === exported, `customElements.get('${tag}') is ${info.className}`).to.equal(true);
        });

        it('can be defined again (the library loaded twice) without an error or a warning', () => {
          const ctor = customElements.get(tag)!;
          const warnings = captureWarnings();
          try {
            expect(() => defineElement(tag, ctor)).not.to.throw();
            expect(customElements.get(tag)).to.equal(ctor);
            expect(warnings.messages).to.deep.equal([]);
          } finally {
            warnings.restore();
          }
        });
      });
    });
  }

  it('says which version was there first when another version already defined a tag', () => {
    const warnings = captureWarnings();
    try {
      class Other extends HTMLElement {}
      (Other as unknown as Record<symbol, string>)[Symbol.for('mes-components.version')] = '0.0.1-other';
      customElements.define('mes-test-other-version', Other);
      defineElement('mes-test-other-version', class extends HTMLElement {});
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('version 0.0.1-other');
      expect(customElements.get('mes-test-other-version')).to.equal(Other);
    } finally {
      warnings.restore();
    }
  });
});
