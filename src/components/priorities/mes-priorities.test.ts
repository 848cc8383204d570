import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './mes-priorities.js';
import type { MesPriorities } from './mes-priorities.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import { MesPriorities as Cls } from './mes-priorities.js';
import { defineElement } from '../../core/define.js';
import { captureWarnings, jsonUrl, nextContentError, visibleText } from '../../test/helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...shadow(el).querySelectorAll('li')].map((li) => li.textContent!.trim());
const headingOf = (el: Element) => shadow(el).querySelector('h1, h2, h3, h4, h5, h6')!;

describe('<mes-priorities>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  for (const c of [en, ru, be]) {
    it(`shows the title, the lead and the four priorities as a list in ${c.lang}`, async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities lang=${c.lang}></mes-priorities>`);
      const text = visibleText(el);
      expect(headingOf(el).textContent!.trim()).to.equal(c.priorities.title);
      expect(text).to.contain(c.priorities.lead.replace(/\s+/g, ' '));
      const list = shadow(el).querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(items(el)).to.deep.equal(c.priorities.items);
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(c.lang);
    });

    it(`is accessible in ${c.lang}`, async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities lang=${c.lang}></mes-priorities>`);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the English sentence of the ministry verbatim', async () => {
    const el = await fixture<MesPriorities>(html`<mes-priorities lang="en"></mes-priorities>`);
    expect(visibleText(el)).to.contain(
      'The priorities of international cooperation of the Ministry for Emergency Situations are:',
    );
    expect(visibleText(el)).to.contain('fostering regional and cross-border cooperation.');
  });

  describe('language', () => {
    it('inherits the nearest ancestor lang, across shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="ru"><div></div></div>`);
      const inner = host.firstElementChild!;
      const shadowRoot = inner.attachShadow({ mode: 'open' });
      const wrapper = document.createElement('section');
      wrapper.lang = 'be';
      const el = document.createElement('mes-priorities');
      wrapper.append(el);
      shadowRoot.append(wrapper);
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(be.priorities.title);
      wrapper.removeAttribute('lang');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(ru.priorities.title);
    });

    it('uses <html lang> when nothing nearer sets one, and follows its change at run time', async () => {
      document.documentElement.lang = 'be-BY';
      const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
      expect(headingOf(el).textContent).to.equal(be.priorities.title);
      document.documentElement.lang = 'ru-BY';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(ru.priorities.title);
      expect(items(el)).to.deep.equal(ru.priorities.items);
    });

    it('follows a change of its own lang and of an ancestor', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="ru"><mes-priorities></mes-priorities></div>`);
      const el = host.querySelector('mes-priorities')!;
      expect(headingOf(el).textContent).to.equal(ru.priorities.title);
      host.lang = 'be';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(be.priorities.title);
      el.lang = 'en-GB';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(en.priorities.title);
    });

    it('falls back to English for a language it does not ship, with a warning when set on the element', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<MesPriorities>(html`<mes-priorities lang="fr"></mes-priorities>`);
        expect(headingOf(el).textContent).to.equal(en.priorities.title);
        expect(warnings.messages.join('\n')).to.contain('lang="fr"');
        const page = await fixture<HTMLDivElement>(html`<div lang="de"><mes-priorities></mes-priorities></div>`);
        expect(headingOf(page.firstElementChild!).textContent).to.equal(en.priorities.title);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('heading-level', () => {
    it('is 2 by default', async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
      expect(headingOf(el).localName).to.equal('h2');
    });

    for (const level of [1, 3, 6]) {
      it(`sets an h${level}`, async () => {
        const el = await fixture<MesPriorities>(html`<mes-priorities heading-level=${level}></mes-priorities>`);
        expect(headingOf(el).localName).to.equal(`h${level}`);
      });
    }

    for (const bad of ['0', '7', 'two', '2.5', '']) {
      it(`falls back to 2 with a warning for "${bad}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<MesPriorities>(html`<mes-priorities heading-level=${bad}></mes-priorities>`);
          expect(headingOf(el).localName).to.equal('h2');
          expect(warnings.messages.join('\n')).to.contain('heading-level');
        } finally {
          warnings.restore();
        }
      });
    }

    it('goes back to 2 without a warning when the attribute is removed', async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities heading-level="4"></mes-priorities>`);
      const warnings = captureWarnings();
      try {
        el.removeAttribute('heading-level');
        await el.updateComplete;
        expect(headingOf(el).localName).to.equal('h2');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('changes at run time', async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(headingOf(el).localName).to.equal('h4');
    });
  });

  describe('content override', () => {
    it('takes a partial object through the content property', async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
      el.content = { items: ['one', 'two'] };
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['one', 'two']);
      expect(headingOf(el).textContent).to.equal(en.priorities.title);
    });

    it('takes content per language and follows the language', async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities lang="ru"></mes-priorities>`);
      el.content = { en: { title: 'Our priorities' }, ru: { title: 'Наши приоритеты' } };
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal('Наши приоритеты');
      el.lang = 'be';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      // No Belarusian given: English is the fallback among the given languages.
      expect(headingOf(el).textContent).to.equal('Our priorities');
      // Given only in Russian: an English element keeps its built-in English, never mixes languages.
      el.content = { ru: { title: 'Наши приоритеты' } };
      el.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(en.priorities.title);
    });

    it('shows markup in content as text, never as HTML', async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
      const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      el.content = { title: evil, items: [evil] };
      await el.updateComplete;
      expect(headingOf(el).textContent).to.equal(evil);
      expect(shadow(el).querySelector('img, b') === null, 'no element made from the markup').to.equal(true);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('refuses a wrongly shaped content property, keeps the built-in content and reports it once', async () => {
      const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
      const warnings = captureWarnings();
      let events = 0;
      el.addEventListener('mes-content-error', () => events++);
      try {
        el.content = { items: 'not a list', titel: 'typo' };
        await el.updateComplete;
        expect(items(el)).to.deep.equal(en.priorities.items);
        expect(events).to.equal(1);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<mes-priorities>');
        expect(warnings.messages[0]).to.contain('items: expected a list');
        expect(warnings.messages[0]).to.contain('titel: unknown key');
      } finally {
        warnings.restore();
      }
    });

    it('loads content from src', async () => {
      const src = jsonUrl({ title: 'From JSON', lead: 'Lead:', items: ['a', 'b', 'c'] });
      const el = await fixture<MesPriorities>(html`<mes-priorities src=${src}></mes-priorities>`);
      await oneEvent(el, 'mes-content-load');
      expect(headingOf(el).textContent).to.equal('From JSON');
      expect(items(el)).to.deep.equal(['a', 'b', 'c']);
    });

    const broken: [string, () => string, string][] = [
      ['a 404', () => new URL('/no-such-file.json', location.href).href, '404'],
      ['malformed JSON', () => jsonUrl('{ "title": '), 'not valid JSON'],
      ['wrongly shaped JSON', () => jsonUrl([1, 2, 3]), 'expected an object'],
      ['JSON with wrong types', () => jsonUrl({ items: [1, 2] }), 'items[0]: expected text'],
    ];
    for (const [name, makeSrc, message] of broken) {
      it(`keeps the built-in content and fires mes-content-error for ${name}`, async () => {
        const warnings = captureWarnings();
        try {
          const src = makeSrc();
          const el = document.createElement('mes-priorities');
          el.setAttribute('src', src);
          const errored = nextContentError(el);
          const parent = await fixture<HTMLDivElement>(html`<div></div>`);
          parent.append(el);
          const detail = await errored;
          expect(detail.source).to.equal('src');
          expect(detail.src).to.equal(src);
          expect(detail.problems.join(' ')).to.contain(message);
          await el.updateComplete;
          expect(items(el)).to.deep.equal(en.priorities.items);
          expect(warnings.messages.filter((m) => m.includes('<mes-priorities>'))).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('shows the first file again when src goes A → B → A while B is still loading', async () => {
      const a = jsonUrl({ title: 'File A' });
      const el = await fixture<MesPriorities>(html`<mes-priorities src=${a}></mes-priorities>`);
      await oneEvent(el, 'mes-content-load');
      expect(headingOf(el).textContent).to.equal('File A');
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
        el.src = '/slow-b.json';
        await el.updateComplete;
        await requestedB;
        expect(headingOf(el).textContent, 'B is not there yet: the built-in title').to.equal(en.priorities.title);
        el.src = a;
        await oneEvent(el, 'mes-content-load');
        expect(headingOf(el).textContent).to.equal('File A');
        expect(aborted, 'the request for B was cancelled').to.equal(true);
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('does not announce a load when nothing of the file could be used', async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('mes-priorities');
        let loads = 0;
        el.addEventListener('mes-content-load', () => loads++);
        el.src = jsonUrl({ items: 'not a list' });
        const error = nextContentError(el);
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await error;
        await el.updateComplete;
        expect(loads).to.equal(0);
      } finally {
        warnings.restore();
      }
    });

    it('ignores a response that arrives after src changed', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const originalFetch = window.fetch;
      window.fetch = async (input, init) => {
        if (String(input).includes('slow')) {
          await gate;
          return new Response(JSON.stringify({ title: 'Slow and stale' }));
        }
        return originalFetch(input, init);
      };
      try {
        const el = await fixture<MesPriorities>(html`<mes-priorities src="/slow.json"></mes-priorities>`);
        const fast = jsonUrl({ title: 'Fresh' });
        el.src = fast;
        await oneEvent(el, 'mes-content-load');
        release();
        await new Promise((r) => setTimeout(r, 20));
        await el.updateComplete;
        expect(headingOf(el).textContent).to.equal('Fresh');
      } finally {
        window.fetch = originalFetch;
      }
    });
  });

  describe('registration', () => {
    it('can be defined twice without an error', () => {
      expect(() => defineElement('mes-priorities', Cls)).not.to.throw();
      expect(customElements.get('mes-priorities')).to.equal(Cls);
    });

    it('warns when another version already defined the tag', () => {
      const warnings = captureWarnings();
      try {
        class Other extends HTMLElement {}
        (Other as unknown as Record<symbol, string>)[Symbol.for('mes-components.version')] = '0.0.1-other';
        customElements.define('mes-test-other-version', Other);
        defineElement('mes-test-other-version', class extends HTMLElement {});
        expect(warnings.messages.join('\n')).to.contain('version 0.0.1-other');
      } finally {
        warnings.restore();
      }
    });
  });
});
