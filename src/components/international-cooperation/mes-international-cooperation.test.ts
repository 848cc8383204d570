import { expect, fixture, html } from '@open-wc/testing';
import './mes-international-cooperation.js';
import type { MesInternationalCooperation } from './mes-international-cooperation.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import { visibleText } from '../../test/helpers.js';

const sections = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="section"]')] as HTMLElement[];

/** Every heading the element shows, through the shadow roots of its sections, in document order. */
function outline(el: Element): { level: number; text: string }[] {
  const out: { level: number; text: string }[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (/^H[1-6]$/.test(node.tagName)) {
        const level = Number(node.getAttribute('aria-level') ?? node.tagName.slice(1));
        out.push({ level, text: node.textContent!.replace(/\s+/g, ' ').trim() });
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return out;
}

async function settled(el: MesInternationalCooperation) {
  await el.updateComplete;
  await Promise.all(sections(el).map((s) => (s as unknown as { updateComplete: Promise<unknown> }).updateComplete));
}

describe('<mes-international-cooperation>', () => {
  for (const c of [en, ru, be]) {
    it(`shows the whole page in the ministry's order in ${c.lang}`, async () => {
      const el = await fixture<MesInternationalCooperation>(
        html`<mes-international-cooperation lang=${c.lang} today="2026-11-25"></mes-international-cooperation>`,
      );
      await settled(el);
      const text = visibleText(el);
      const order = [
        c.ministry.siteTitle,
        c.ui.page.internationalCooperation,
        c.ui.page.generalInformation,
        c.priorities.lead,
        c.activities.lead,
        c.strategy.lead,
        c.holidays.items[0].name,
      ].map((s) => text.indexOf(s.replace(/\s+/g, ' ')));
      expect(
        order.every((i) => i >= 0),
        `all parts shown: ${order}`,
      ).to.equal(true);
      expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
      for (const item of [...c.priorities.items, ...c.activities.items, ...c.strategy.items]) {
        expect(text).to.contain(item.replace(/\s+/g, ' '));
      }
    });

    it(`is accessible in ${c.lang}`, async () => {
      const el = await fixture<MesInternationalCooperation>(
        html`<mes-international-cooperation lang=${c.lang} today="2026-11-25"></mes-international-cooperation>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }

  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`nests every heading under heading-level ${level} with no skipped level`, async () => {
      const el = await fixture<MesInternationalCooperation>(
        html`<mes-international-cooperation heading-level=${level}></mes-international-cooperation>`,
      );
      await settled(el);
      const headings = outline(el);
      expect(headings[0]).to.deep.equal({ level, text: en.ui.page.internationalCooperation });
      expect(headings[1]).to.deep.equal({ level: level + 1, text: en.ui.page.generalInformation });
      for (let i = 1; i < headings.length; i++) {
        expect(headings[i].level, `${headings[i].text} after ${headings[i - 1].text}`).to.be.at.most(
          headings[i - 1].level + 1,
        );
        expect(headings[i].level).to.be.greaterThan(level);
      }
      // Each section's title sits two levels down, also past h6 (then announced with aria-level).
      const sectionTitles = headings.filter((h) => h.level === level + 2);
      expect(sectionTitles.map((h) => h.text)).to.include.members([en.priorities.title, en.activities.title]);
      expect(sectionTitles).to.have.length(4);
    });
  }

  it('passes today and time-zone to its sections, and its language reaches them', async () => {
    const el = await fixture<MesInternationalCooperation>(
      html`<mes-international-cooperation lang="be" today="2026-07-24" time-zone="Asia/Tokyo"></mes-international-cooperation>`,
    );
    await settled(el);
    const [, , strategy, calendar] = sections(el);
    expect(strategy.getAttribute('today')).to.equal('2026-07-24');
    expect(calendar.getAttribute('today')).to.equal('2026-07-24');
    expect(calendar.getAttribute('time-zone')).to.equal('Asia/Tokyo');
    expect(strategy.getAttribute('time-zone')).to.equal('Asia/Tokyo');
    expect(visibleText(sections(el)[0])).to.contain(be.priorities.title);
    el.lang = 'ru';
    await new Promise((r) => setTimeout(r));
    await settled(el);
    expect(visibleText(sections(el)[0])).to.contain(ru.priorities.title);
    expect(visibleText(el)).to.contain(ru.ui.page.internationalCooperation);
  });

  it('hands each section its part of partner content', async () => {
    const el = await fixture<MesInternationalCooperation>(
      html`<mes-international-cooperation></mes-international-cooperation>`,
    );
    el.content = {
      title: 'Partnership with the MES',
      ministry: { siteTitle: 'A partner of the MES' },
      priorities: { items: ['a partner priority.'] },
      activities: { title: 'What we do together' },
    };
    await settled(el);
    const text = visibleText(el);
    expect(text).to.contain('Partnership with the MES');
    expect(text).to.contain('A partner of the MES');
    expect(text).to.contain('a partner priority.');
    expect(text).to.contain('What we do together');
    expect(text).to.contain(en.activities.items[0]);
  });

  // Language, heading-level, content from outside and definition: src/test/contract/, as for every element.
});
