// What every element promises (see support.ts): its language, from its own lang, an ancestor's or <html lang>.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { ELEMENTS } from '../../elements.js';
import { captureWarnings } from '../helpers.js';
import { loadBuiltInContents, rendered, settled, subject } from './support.js';

describe('what every element promises', () => {
  before(loadBuiltInContents);

  for (const info of ELEMENTS) {
    const { tag, place, reference } = subject(info);

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
    });
  }
});
