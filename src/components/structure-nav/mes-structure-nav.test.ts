// <mes-structure-nav>: what it shows in each language (a navigation landmark, its menus and panels). Layout, look,
// print and scripting off: presentation.test.ts; opening and closing: disclosure.test.ts; the open attribute:
// open.test.ts; partner content: content.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './mes-structure-nav.js';
import type { MesStructureNav } from './mes-structure-nav.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Content } from '../../content/types.js';
import { visibleText } from '../../test/helpers.js';
import { resetMedia } from '../../test/commands.js';
import {
  CENTRAL,
  SUBORDINATE,
  TERRITORIAL,
  button,
  buttons,
  closeOf,
  describeNode,
  focused,
  isShown,
  links,
  nameFromContent,
  nav,
  open,
  panelOf,
  root,
  topHeading,
  transitionsEnded,
} from './test-support.js';

describe('<mes-structure-nav>', () => {
  afterEach(async () => {
    await resetMedia();
  });

  for (const c of [en, ru, be] as Content[]) {
    describe(`in ${c.lang}`, () => {
      it('shows the title and one closed button a menu, with the menu names', async () => {
        const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${c.lang}></mes-structure-nav>`);
        expect(topHeading(el).textContent!.trim()).to.equal(c.structure.title);
        expect(buttons(el).map(nameFromContent)).to.deep.equal(c.structure.menus.map((m) => m.title));
        for (const b of buttons(el)) {
          expect(b.type).to.equal('button');
          expect(b.getAttribute('aria-expanded')).to.equal('false');
        }
        // Nothing of the panels is on screen while they are closed.
        expect(visibleText(el)).not.to.contain(c.structure.menus[0].groups[0].items[0].name);
        expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(c.lang);
      });

      it('is a navigation landmark named by its heading', async () => {
        const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${c.lang}></mes-structure-nav>`);
        const labelledBy = nav(el).getAttribute('aria-labelledby')!;
        expect(describeNode(root(el).getElementById(labelledBy))).to.equal(describeNode(topHeading(el)));
        expect(topHeading(el).textContent!.trim()).to.equal(c.structure.title);
        expect(nav(el).contains(buttons(el)[0])).to.equal(true);
      });

      it('opens the territorial departments: the seven regional departments as links to their sites', async () => {
        const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${c.lang}></mes-structure-nav>`);
        await open(el, TERRITORIAL);
        const panel = panelOf(el, TERRITORIAL);
        expect(button(el, TERRITORIAL).getAttribute('aria-expanded')).to.equal('true');
        expect(isShown(panel)).to.equal(true);
        const menu = c.structure.menus.find((m) => m.id === TERRITORIAL)!;
        const expected = menu.groups[0].items;
        expect(expected).to.have.length(7);
        const found = links(panel);
        expect(found.map((a) => a.textContent!.trim())).to.deep.equal(expected.map((u) => u.name));
        expect(found.map((a) => a.getAttribute('href'))).to.deep.equal([
          'https://brest.mchs.gov.by/',
          'https://vitebsk.mchs.gov.by/',
          'https://gomel.mchs.gov.by/',
          'https://grodno.mchs.gov.by/',
          'https://minsk.mchs.gov.by/',
          'https://minobl.mchs.gov.by/',
          'https://mogilev.mchs.gov.by/',
        ]);
        for (const a of found) {
          expect(a.getAttribute('rel')).to.equal('noopener');
          expect(a.hasAttribute('target')).to.equal(false);
          expect(a.closest('li')!.parentElement!.getAttribute('role')).to.equal('list');
        }
        expect(visibleText(el)).to.contain(menu.groups[0].title);
        expect(visibleText(el)).to.contain(expected[0].name);
      });

      it('opens the central office: its four units as one list, as text, with no heading that repeats the menu', async () => {
        const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${c.lang}></mes-structure-nav>`);
        await open(el, CENTRAL);
        const panel = panelOf(el, CENTRAL);
        const menu = c.structure.menus.find((m) => m.id === CENTRAL)!;
        expect(isShown(panel)).to.equal(true);
        expect(panel.querySelectorAll('h3')).to.have.length(0);
        const lists = [...panel.querySelectorAll('ul')];
        expect(lists).to.have.length(1);
        expect(lists[0].getAttribute('role')).to.equal('list');
        expect([...lists[0].children].map((li) => li.textContent!.trim())).to.deep.equal(
          menu.groups[0].items.map((u) => u.name),
        );
        expect(lists[0].children).to.have.length(4);
        expect(links(panel)).to.have.length(0);
        expect(visibleText(el)).to.contain(menu.groups[0].items[0].name);
        // The subordinate units are not in the central office's panel.
        const subordinate = c.structure.menus.find((m) => m.id === SUBORDINATE)!.groups[0].items;
        for (const unit of subordinate) expect(visibleText(el)).not.to.contain(unit.name);
      });

      it('opens the subordinate units: eight organisations under their own menu', async () => {
        const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${c.lang}></mes-structure-nav>`);
        await open(el, SUBORDINATE);
        const panel = panelOf(el, SUBORDINATE);
        const menu = c.structure.menus.find((m) => m.id === SUBORDINATE)!;
        expect(button(el, SUBORDINATE).textContent!.trim()).to.equal(menu.title);
        expect(button(el, SUBORDINATE).getAttribute('aria-expanded')).to.equal('true');
        expect(isShown(panel)).to.equal(true);
        expect(isShown(panelOf(el, CENTRAL))).to.equal(false);
        const items = [...panel.querySelectorAll('li')].map((li) => li.textContent!.trim());
        expect(items).to.deep.equal(menu.groups[0].items.map((u) => u.name));
        expect(items).to.have.length(8);
        expect(visibleText(el)).to.contain(menu.groups[0].items[3].name);
      });

      it(`has a Close button named "${c.ui.nav.close}" that closes the panel and returns the focus`, async () => {
        const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${c.lang}></mes-structure-nav>`);
        await open(el, TERRITORIAL);
        const close = closeOf(el, TERRITORIAL);
        expect(close.type).to.equal('button');
        expect(nameFromContent(close)).to.equal(c.ui.nav.close);
        expect(visibleText(el)).to.contain(c.ui.nav.close);
        close.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(panelOf(el, TERRITORIAL).hidden).to.equal(true);
        expect(button(el, TERRITORIAL).getAttribute('aria-expanded')).to.equal('false');
        expect(describeNode(focused(el))).to.equal(describeNode(button(el, TERRITORIAL)));
      });

      it('is accessible with all panels closed and with each panel open', async () => {
        const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${c.lang}></mes-structure-nav>`);
        await expect(el).to.be.accessible();
        for (const menu of c.structure.menus) {
          el.open = menu.id;
          await el.updateComplete;
          expect(isShown(panelOf(el, menu.id))).to.equal(true);
          await transitionsEnded(el);
          await expect(el).to.be.accessible();
        }
      });
    });
  }

  // Language, heading-level, content from outside and definition: src/test/contract/, as for every element.
});
