import { expect, fixture, html } from '@open-wc/testing';
import './mes-priorities.js';
import type { MesPriorities } from './mes-priorities.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import { visibleText } from '../../test/helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...shadow(el).querySelectorAll('li')].map((li) => li.textContent!.trim());
const headingOf = (el: Element) => shadow(el).querySelector('h1, h2, h3, h4, h5, h6')!;

describe('<mes-priorities>', () => {
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

  // Language, heading-level, content from outside and definition: src/test/contract/, as for every element.

  it('shows markup in content as text, never as HTML', async () => {
    const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    el.content = { title: evil, items: [evil] };
    await el.updateComplete;
    expect(headingOf(el).textContent).to.equal(evil);
    expect(shadow(el).querySelector('img, b') === null, 'no element made from the markup').to.equal(true);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
