/**
 * What every element of the library promises (README, "Promises every element keeps"), tested on every element of
 * the registry (src/elements.ts), one promise a file: its language (language.test.ts), its heading level
 * (heading-level.test.ts), content from outside, the `content` property and `src` (content.test.ts), and its
 * definition (definition.test.ts). The element test files beside each element test what is its own.
 *
 * "The built-in content stays" is checked whole: what the element renders (its shadow tree, through the shadow
 * roots of the elements inside it) is the same as what a fresh element of that tag renders in that language.
 * The elements that depend on the date are given a fixed `today` (the registry's `dated`).
 *
 * This module is what those files share: each element's contract, making and settling elements, and reading what
 * they render.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../index.js'; // defines every element
import { TAGS, type ElementInfo } from '../../elements.js';
import { en } from '../../content/en.js';
import type { Content, Lang } from '../../content/types.js';
import { loadContent } from '../../content/index.js';

type LitLike = HTMLElement & {
  updateComplete: Promise<unknown>;
  isUpdatePending: boolean;
  content: unknown;
  src: string | null;
};

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
  partial: {
    content: { lead: 'Aimed at:', items },
    shown: texts('[part="lead"], [part="item"]'),
    texts: ['Aimed at:', ...items],
  },
  invalid: {
    content: { items: 'not a list', lead: '  ', titel: 'typo' },
    problems: ['items: expected a list', 'lead: must not be empty', 'titel: unknown key'],
  },
  wrongTypes: { json: { items: [1, 2] }, problem: 'items[0]: expected text' },
});

export const CONTRACTS: Record<string, (info: ElementInfo) => Contract> = {
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
    wrongTypes: {
      json: { startYear: '2019', links: 'https://example.org' },
      problem: 'startYear: expected a whole number',
    },
  }),
  'mes-holiday-calendar': (info) => ({
    title: sectionTitle(info),
    innerHeadings: () => 1, // the month
    partial: {
      content: { items: [{ month: 3, day: 10, name: 'Partner Day' }] },
      shown: texts('.holiday-name'),
      texts: ['Partner Day'],
    },
    invalid: {
      content: { items: 'Rescuer’s Day', titel: 'typo' },
      problems: ['items: expected a list', 'titel: unknown key'],
    },
    wrongTypes: { json: { items: 'Rescuer’s Day' }, problem: 'items: expected a list' },
  }),
  'mes-structure-nav': (info) => ({
    title: sectionTitle(info),
    // A titled group's title (in its closed panel); a menu that is one list has no group heading.
    innerHeadings: (c) => c.structure.menus.flatMap((m) => m.groups).filter((g) => g.title).length,
    partial: {
      content: {
        menus: [{ id: 'partners', title: 'Partner services', groups: [{ title: 'G', items: [{ name: 'Unit' }] }] }],
      },
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
    partial: {
      content: { ministry: { siteTitle: 'A partner of the MES' } },
      shown: texts('[part="ministry"]'),
      texts: ['A partner of the MES'],
    },
    invalid: {
      content: { priorities: 'nope', title: 42 },
      problems: ['priorities: expected an object', 'title: expected text'],
    },
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
export async function settled(el: Element): Promise<void> {
  for (;;) {
    await tick();
    const pending = elementsIn(el).filter((e) => e.isUpdatePending);
    if (pending.length === 0) return;
    await Promise.all(pending.map((e) => e.updateComplete));
  }
}

/** The element's top heading. */
const topHeading = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!;
export const headingText = (el: Element) => topHeading(el).textContent!.replace(/\s+/g, ' ').trim();

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
export function rendered(el: Element, { title }: { title?: string } = {}): string {
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
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
    Number(h.getAttribute('aria-level') ?? h.localName.slice(1)),
  );

/** The headings an element must have at `level`: its top heading, then each inner heading one level down. */
export function expectHeadings(el: Element, level: number, inner: number) {
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

/** The built-in content in each language (loaded by `loadBuiltInContents`, which each file runs in a `before` hook). */
let contents: Record<Lang, Content>;
const TODAY = '2026-03-03';

export async function loadBuiltInContents(): Promise<void> {
  contents = { en, ru: await loadContent('ru'), be: await loadContent('be') };
}

/** What the tests of one element of the registry need: its contract, and ways to make elements of its tag. */
export function subject(info: ElementInfo) {
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

  return { tag, contract, title, inner, create, place, reference };
}
