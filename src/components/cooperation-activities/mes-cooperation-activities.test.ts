// Wrappers use fixtureSync: fixture() waits an animation frame for a non-Lit root, and a test page in the background
// (the runner runs two files at once) gets no frames.
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import './mes-cooperation-activities.js';
import { MesCooperationActivities as Cls, type MesCooperationActivities } from './mes-cooperation-activities.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import { defineElement } from '../../core/define.js';
import { captureWarnings, jsonUrl, nextContentError, visibleText } from '../../test/helpers.js';

const TAG = 'mes-cooperation-activities';
const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...shadow(el).querySelectorAll('li')].map((li) => li.textContent!.trim());
const headingOf = (el: Element) => shadow(el).querySelector('h1, h2, h3, h4, h5, h6')!;
const tick = () => new Promise((r) => setTimeout(r));

/**
 * The ministry's English page, as published (a copy kept in the repository), line by line. Runs of white space (the
 * page's HTML artefacts, such as "rescuers and  firefighters") count as one space, as in `content.test.ts`.
 */
async function sourcePage(): Promise<string[]> {
  const response = await fetch(new URL('/src/content/source/international-cooperation.en.txt', location.href));
  return (await response.text()).split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim());
}

describe('<mes-cooperation-activities>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  for (const c of [en, ru, be]) {
    it(`shows the title, the lead and the six activities as a list in ${c.lang}`, async () => {
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities lang=${c.lang}></mes-cooperation-activities>`);
      const text = visibleText(el);
      expect(headingOf(el).textContent!.trim()).to.equal(c.activities.title);
      expect(text).to.contain(c.activities.lead.replace(/\s+/g, ' '));
      for (const item of c.activities.items) expect(text).to.contain(item.replace(/\s+/g, ' '));
      const list = shadow(el).querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.children).to.have.length(6);
      expect(items(el)).to.deep.equal(c.activities.items);
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(c.lang);
    });

    it(`is accessible in ${c.lang}`, async () => {
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities lang=${c.lang}></mes-cooperation-activities>`);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the ministry’s English lead and six items verbatim, as the page publishes them', async () => {
    const lines = await sourcePage();
    const lead = 'The activities of the international cooperation of the Ministry for Emergency Situations are aimed at:';
    const start = lines.indexOf(lead);
    expect(start).to.be.greaterThan(-1);
    const published: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.startsWith('•')) published.push(line.slice(1).trim());
      else if (line !== '') break;
    }
    expect(published).to.have.length(6);
    const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities lang="en"></mes-cooperation-activities>`);
    expect(shadow(el).querySelector('[part="lead"]')!.textContent).to.equal(lead);
    expect(items(el)).to.deep.equal(published);
  });

  it('looks different from a plain list: tiles with a background, two columns where there is room, one when narrow', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 1000px"><mes-cooperation-activities></mes-cooperation-activities></div>`);
    const el = wrap.querySelector(TAG)!;
    await el.updateComplete;
    const lis = [...shadow(el).querySelectorAll('li')];
    expect(getComputedStyle(lis[0]!).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    const [a, b] = lis.map((li) => li.getBoundingClientRect());
    expect(Math.round(a!.top)).to.equal(Math.round(b!.top)); // side by side
    wrap.style.width = '320px'; // reading the boxes below lays the page out again
    const [c, d] = lis.map((li) => li.getBoundingClientRect());
    expect(d!.top).to.be.greaterThan(c!.bottom - 1); // stacked
    expect(c!.right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5); // nothing sticks out
  });

  describe('language', () => {
    it('inherits the nearest ancestor lang, across shadow roots', async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div lang="ru"><div></div></div>`);
      const shadowRoot = host.firstElementChild!.attachShadow({ mode: 'open' });
      const wrapper = document.createElement('section');
      wrapper.lang = 'be';
      const el = document.createElement(TAG);
      wrapper.append(el);
      shadowRoot.append(wrapper);
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(be.activities.title);
      wrapper.removeAttribute('lang');
      await tick();
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(ru.activities.title);
    });

    it('uses <html lang> (regional tags too) and follows its change at run time', async () => {
      document.documentElement.lang = 'be-BY';
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities></mes-cooperation-activities>`);
      expect(items(el)).to.deep.equal(be.activities.items);
      document.documentElement.lang = 'ru-BY';
      await tick();
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(ru.activities.title);
      expect(items(el)).to.deep.equal(ru.activities.items);
    });

    it('falls back to English for a language it does not ship, with a warning naming the element', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities lang="fr"></mes-cooperation-activities>`);
        expect(headingOf(el).textContent).to.equal(en.activities.title);
        expect(warnings.messages.join('\n')).to.contain(`<${TAG}>: lang="fr"`);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('heading-level', () => {
    it('is 2 by default', async () => {
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities></mes-cooperation-activities>`);
      expect(headingOf(el).localName).to.equal('h2');
    });

    for (const level of [1, 3, 6]) {
      it(`sets an h${level}`, async () => {
        const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities heading-level=${level}></mes-cooperation-activities>`);
        expect(headingOf(el).localName).to.equal(`h${level}`);
        expect(shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
      });
    }

    for (const bad of ['0', '7', 'two', '2.5', '']) {
      it(`falls back to 2 with a warning for "${bad}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities heading-level=${bad}></mes-cooperation-activities>`);
          expect(headingOf(el).localName).to.equal('h2');
          expect(warnings.messages.join('\n')).to.contain(`<${TAG}>: heading-level="${bad}"`);
        } finally {
          warnings.restore();
        }
      });
    }

    it('changes at run time', async () => {
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities></mes-cooperation-activities>`);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(headingOf(el).localName).to.equal('h4');
    });
  });

  describe('content override', () => {
    it('takes a partial object through the content property', async () => {
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities></mes-cooperation-activities>`);
      el.content = { items: ['joint exercises;', 'exchange of experts.'] };
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['joint exercises;', 'exchange of experts.']);
      expect(headingOf(el).textContent).to.equal(en.activities.title);
      expect(visibleText(el)).to.contain(en.activities.lead);
    });

    it('takes content per language and follows the language', async () => {
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities lang="ru"></mes-cooperation-activities>`);
      el.content = { en: { title: 'Our activities' }, ru: { title: 'Наша деятельность' } };
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Наша деятельность');
      el.lang = 'be';
      await tick();
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Our activities');
      expect(items(el)).to.deep.equal(be.activities.items);
    });

    it('does not affect another element on the page', async () => {
      const wrap = fixtureSync<HTMLDivElement>(
        html`<div><mes-cooperation-activities></mes-cooperation-activities><mes-cooperation-activities></mes-cooperation-activities></div>`,
      );
      const [first, second] = [...wrap.querySelectorAll(TAG)];
      first!.content = { title: 'Changed' };
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      expect(headingOf(first!).textContent).to.equal('Changed');
      expect(headingOf(second!).textContent).to.equal(en.activities.title);
    });

    it('shows markup in content as text, never as HTML', async () => {
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities></mes-cooperation-activities>`);
      const evil = '<img src=x onerror="window.__pwnedActivities=1"><b>bold</b>';
      el.content = { title: evil, lead: evil, items: [evil] };
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(evil);
      expect(items(el)).to.deep.equal([evil]);
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      await new Promise((r) => setTimeout(r, 20));
      expect((window as unknown as { __pwnedActivities?: number }).__pwnedActivities).to.equal(undefined);
    });

    it('refuses a wrongly shaped content property, keeps the built-in content and reports it once', async () => {
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities></mes-cooperation-activities>`);
      const warnings = captureWarnings();
      let events = 0;
      el.addEventListener('mes-content-error', () => events++);
      try {
        el.content = { items: 'not a list', lead: '  ', titel: 'typo' };
        await el.updateComplete;
        expect(items(el)).to.deep.equal(en.activities.items);
        expect(visibleText(el)).to.contain(en.activities.lead);
        expect(events).to.equal(1);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<${TAG}>`);
        expect(warnings.messages[0]).to.contain('items: expected a list');
        expect(warnings.messages[0]).to.contain('lead: must not be empty');
        expect(warnings.messages[0]).to.contain('titel: unknown key');
      } finally {
        warnings.restore();
      }
    });

    it('loads content from src', async () => {
      const src = jsonUrl({ title: 'From JSON', lead: 'Aimed at:', items: ['a', 'b', 'c'] });
      const el = await fixture<MesCooperationActivities>(html`<mes-cooperation-activities src=${src}></mes-cooperation-activities>`);
      await oneEvent(el, 'mes-content-load');
      expect(headingOf(el).textContent).to.equal('From JSON');
      expect(visibleText(el)).to.contain('Aimed at:');
      expect(items(el)).to.deep.equal(['a', 'b', 'c']);
    });

    const broken: [string, () => string, string][] = [
      ['a 404', () => new URL('/no-such-activities.json', location.href).href, '404'],
      ['malformed JSON', () => jsonUrl('{ "title": '), 'not valid JSON'],
      ['wrongly shaped JSON', () => jsonUrl('"just text"'), 'expected an object'],
      ['JSON with wrong types', () => jsonUrl({ items: [1, 2] }), 'items[0]: expected text'],
    ];
    for (const [name, makeSrc, message] of broken) {
      it(`keeps the built-in content and fires mes-content-error once for ${name}`, async () => {
        const warnings = captureWarnings();
        try {
          const src = makeSrc();
          const el = document.createElement(TAG);
          el.setAttribute('src', src);
          let events = 0;
          el.addEventListener('mes-content-error', () => events++);
          const errored = nextContentError(el);
          const parent = fixtureSync<HTMLDivElement>(html`<div></div>`);
          parent.append(el);
          const detail = await errored;
          expect(detail.source).to.equal('src');
          expect(detail.src).to.equal(src);
          expect(detail.problems.join(' ')).to.contain(message);
          await new Promise((r) => setTimeout(r, 30));
          await el.updateComplete;
          expect(items(el)).to.deep.equal(en.activities.items);
          expect(headingOf(el).textContent).to.equal(en.activities.title);
          expect(events).to.equal(1);
          expect(warnings.messages.filter((m) => m.includes(`<${TAG}>`))).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('registration', () => {
    it('can be defined twice without an error', () => {
      expect(() => defineElement(TAG, Cls)).not.to.throw();
      expect(customElements.get(TAG)).to.equal(Cls);
    });
  });
});
