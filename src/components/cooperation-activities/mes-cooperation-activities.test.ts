// Wrappers use fixtureSync: fixture() waits an animation frame for a non-Lit root, and a test page in the background
// (the runner runs two files at once) gets no frames.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import './mes-cooperation-activities.js';
import type { MesCooperationActivities } from './mes-cooperation-activities.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import { visibleText } from '../../test/helpers.js';

const TAG = 'mes-cooperation-activities';
const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...shadow(el).querySelectorAll('li')].map((li) => li.textContent!.trim());
const headingOf = (el: Element) => shadow(el).querySelector('h1, h2, h3, h4, h5, h6')!;

/**
 * The ministry's English page, as published (a copy kept in the repository), line by line. Runs of white space (the
 * page's HTML artefacts, such as "rescuers and  firefighters") count as one space, as in `content.test.ts`.
 */
async function sourcePage(): Promise<string[]> {
  const response = await fetch(new URL('/src/content/source/international-cooperation.en.txt', location.href));
  return (await response.text()).split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim());
}

describe('<mes-cooperation-activities>', () => {
  for (const c of [en, ru, be]) {
    it(`shows the title, the lead and the six activities as a list in ${c.lang}`, async () => {
      const el = await fixture<MesCooperationActivities>(
        html`<mes-cooperation-activities lang=${c.lang}></mes-cooperation-activities>`,
      );
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
      const el = await fixture<MesCooperationActivities>(
        html`<mes-cooperation-activities lang=${c.lang}></mes-cooperation-activities>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('shows the ministry’s English lead and six items verbatim, as the page publishes them', async () => {
    const lines = await sourcePage();
    const lead =
      'The activities of the international cooperation of the Ministry for Emergency Situations are aimed at:';
    const start = lines.indexOf(lead);
    expect(start).to.be.greaterThan(-1);
    const published: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.startsWith('•')) published.push(line.slice(1).trim());
      else if (line !== '') break;
    }
    expect(published).to.have.length(6);
    const el = await fixture<MesCooperationActivities>(
      html`<mes-cooperation-activities lang="en"></mes-cooperation-activities>`,
    );
    expect(shadow(el).querySelector('[part="lead"]')!.textContent).to.equal(lead);
    expect(items(el)).to.deep.equal(published);
  });

  it('is what it is, a bulleted list read as one sentence: no tiles, no chevrons, no columns', async () => {
    const wrap = fixtureSync<HTMLDivElement>(
      html`<div style="width: 1000px"><mes-cooperation-activities></mes-cooperation-activities></div>`,
    );
    const el = wrap.querySelector(TAG)!;
    await el.updateComplete;
    const list = shadow(el).querySelector('ul')!;
    const lis = [...list.querySelectorAll('li')];
    expect(getComputedStyle(list).listStyleType).to.equal('disc');
    for (const li of lis) {
      const style = getComputedStyle(li);
      expect(style.backgroundColor, 'no tint').to.equal('rgba(0, 0, 0, 0)');
      expect(style.borderInlineStartWidth, 'no bar').to.equal('0px');
      expect(getComputedStyle(li, '::before').content, 'no chevron').to.be.oneOf(['none', 'normal']);
    }
    const boxes = lis.map((li) => li.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.top, 'one item under the other').to.be.greaterThan(boxes[i - 1]!.bottom - 1);
      expect(boxes[i]!.left).to.equal(boxes[0]!.left);
    }
    await expect(el).to.be.accessible();
  });

  // Language, heading-level, content from outside and definition: src/test/contract/, as for every element.

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
});
