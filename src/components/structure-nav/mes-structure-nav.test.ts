import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './mes-structure-nav.js';
import type { MenuToggleDetail, MesStructureNav } from './mes-structure-nav.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Content } from '../../content/types.js';
import { captureWarnings, frame, jsonUrl, nextContentError, visibleText } from '../../test/helpers.js';
import { emulateMedia, pressKeys, resetMedia } from '../../test/commands.js';

const CENTRAL = 'central-office';
const TERRITORIAL = 'territorial-departments';

const root = (el: MesStructureNav) => el.shadowRoot!;
const topHeading = (el: MesStructureNav) => root(el).querySelector<HTMLElement>('[part="heading"]')!;
const nav = (el: MesStructureNav) => root(el).querySelector('nav')!;
const buttons = (el: MesStructureNav) => [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="button"]')];
const button = (el: MesStructureNav, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button[part~="button"][data-menu="${id}"]`)!;
/** The panel a button controls, found through its aria-controls (as assistive technology does). */
const panelOf = (el: MesStructureNav, id: string) =>
  root(el).getElementById(button(el, id).getAttribute('aria-controls')!) as HTMLElement;
const closeOf = (el: MesStructureNav, id: string) => panelOf(el, id).querySelector<HTMLButtonElement>('button[part="close"]')!;
const links = (scope: ParentNode) => [...scope.querySelectorAll<HTMLAnchorElement>('a')];
const focused = (el: MesStructureNav) => root(el).activeElement;
const isShown = (node: Element) => !(node as HTMLElement).hidden && getComputedStyle(node).display !== 'none';

/** The accessible name a control gets from its content (what is not aria-hidden), whitespace collapsed. */
function nameFromContent(node: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return;
    if (n instanceof Text) parts.push(n.data);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * A short description of a node, for assertions: comparing elements themselves makes a failing
 * assertion try to serialise the whole DOM, which stalls the test runner instead of failing.
 */
function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const id = node.id ? `#${node.id}` : '';
  const menu = node.getAttribute('data-menu') ? `[data-menu=${node.getAttribute('data-menu')}]` : '';
  const part = node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : '';
  const href = node.getAttribute('href') ? `[href=${node.getAttribute('href')}]` : '';
  return `${node.localName}${id}${menu}${part}${href} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
}

async function settle(el: MesStructureNav) {
  await el.updateComplete;
  await frame();
}

/**
 * Waits for the colour transitions a change started (0.15 s on the buttons): axe must measure the colours a person
 * reads, not a frame of the fade (Firefox was measured mid-fade).
 */
async function transitionsEnded(el: MesStructureNav) {
  await Promise.all(root(el).getAnimations().map((a) => a.finished.catch(() => undefined)));
}

async function open(el: MesStructureNav, id: string) {
  button(el, id).click();
  await el.updateComplete;
}

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

      it('opens the central office: its groups with subheadings and its units as text', async () => {
        const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${c.lang}></mes-structure-nav>`);
        await open(el, CENTRAL);
        const panel = panelOf(el, CENTRAL);
        const menu = c.structure.menus.find((m) => m.id === CENTRAL)!;
        expect(isShown(panel)).to.equal(true);
        expect([...panel.querySelectorAll('h3')].map((h) => h.textContent!.trim())).to.deep.equal(
          menu.groups.map((g) => g.title),
        );
        const lists = [...panel.querySelectorAll('ul')];
        expect(lists).to.have.length(menu.groups.length);
        lists.forEach((ul, i) => {
          expect(ul.getAttribute('role')).to.equal('list');
          expect([...ul.children].map((li) => li.localName)).to.deep.equal(menu.groups[i].items.map(() => 'li'));
          expect([...ul.children].map((li) => li.textContent!.trim())).to.deep.equal(menu.groups[i].items.map((u) => u.name));
        });
        expect(links(panel)).to.have.length(0);
        expect(visibleText(el)).to.contain(menu.groups[1].items[3].name);
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

  describe('disclosure', () => {
    it('links each button to its panel, a group named by the button, hidden while closed', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      for (const b of buttons(el)) {
        const panel = root(el).getElementById(b.getAttribute('aria-controls')!)!;
        expect(describeNode(panel), 'aria-controls points at an element').not.to.equal('nothing');
        expect(panel.getAttribute('role')).to.equal('group');
        expect(describeNode(root(el).getElementById(panel.getAttribute('aria-labelledby')!))).to.equal(describeNode(b));
        expect((panel as HTMLElement).hidden).to.equal(true);
        expect(getComputedStyle(panel).display).to.equal('none');
      }
    });

    it('toggles a panel with its button and keeps the focus on the button', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const b = button(el, CENTRAL);
      b.focus();
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panelOf(el, CENTRAL))).to.equal(true);
      expect(describeNode(focused(el))).to.equal(describeNode(b));
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(el, CENTRAL).hidden).to.equal(true);
    });

    it('opens and closes with Enter and with Space', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const b = button(el, TERRITORIAL);
      b.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      await pressKeys('Space');
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panelOf(el, TERRITORIAL))).to.equal(true);
      await pressKeys('Space');
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
    });

    it('keeps only one panel open at a time', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      await open(el, CENTRAL);
      await open(el, TERRITORIAL);
      expect(button(el, CENTRAL).getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(el, CENTRAL).hidden).to.equal(true);
      expect(button(el, TERRITORIAL).getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panelOf(el, TERRITORIAL))).to.equal(true);
      expect(root(el).querySelectorAll('[part="panel"]:not([hidden])')).to.have.length(1);
      expect(el.open).to.equal(TERRITORIAL);
    });

    it('closes on Escape from a link inside the panel and returns the focus to its button', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      await open(el, TERRITORIAL);
      links(panelOf(el, TERRITORIAL))[3].focus();
      expect(focused(el)!.localName).to.equal('a');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panelOf(el, TERRITORIAL).hidden).to.equal(true);
      expect(button(el, TERRITORIAL).getAttribute('aria-expanded')).to.equal('false');
      expect(describeNode(focused(el))).to.equal(describeNode(button(el, TERRITORIAL)));
      expect(el.open).to.equal(null);
    });

    it('closes on Escape from its button, and from the Close button', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      button(el, CENTRAL).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panelOf(el, CENTRAL).hidden).to.equal(true);
      expect(describeNode(focused(el))).to.equal(describeNode(button(el, CENTRAL)));
      await open(el, CENTRAL);
      closeOf(el, CENTRAL).focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panelOf(el, CENTRAL).hidden).to.equal(true);
      expect(describeNode(focused(el))).to.equal(describeNode(button(el, CENTRAL)));
    });

    it('leaves Escape alone while every panel is closed', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      button(el, CENTRAL).focus();
      const seen: KeyboardEvent[] = [];
      const listener = (e: KeyboardEvent) => seen.push(e);
      document.addEventListener('keydown', listener);
      try {
        await sendKeys({ press: 'Escape' });
        expect(seen).to.have.length(1);
        expect(seen[0].defaultPrevented).to.equal(false);
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });

    it('lets Tab reach the links of the open panel, then its Close button, then what follows', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div><mes-structure-nav></mes-structure-nav><button id="after">after</button></div>`,
      );
      const el = host.querySelector('mes-structure-nav')!;
      // The central office panel follows its button: Tab from the button goes into the panel.
      button(el, CENTRAL).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(describeNode(focused(el))).to.equal(describeNode(closeOf(el, CENTRAL)));
      await sendKeys({ press: 'Tab' });
      expect(describeNode(focused(el))).to.equal(describeNode(button(el, TERRITORIAL)));
      // Opening the territorial departments closes the central office; Tab walks its seven links.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(panelOf(el, CENTRAL).hidden).to.equal(true);
      const expected = links(panelOf(el, TERRITORIAL));
      for (const link of expected) {
        await sendKeys({ press: 'Tab' });
        expect(describeNode(focused(el))).to.equal(describeNode(link));
      }
      await sendKeys({ press: 'Tab' });
      expect(describeNode(focused(el))).to.equal(describeNode(closeOf(el, TERRITORIAL)));
      // Focus leaving the element closes the panel (nothing traps the focus).
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(describeNode(document.activeElement)).to.equal(describeNode(host.querySelector('#after')));
      expect(panelOf(el, TERRITORIAL).hidden).to.equal(true);
      expect(el.open).to.equal(null);
      // Shift+Tab comes back to the last button, with the panel closed.
      await pressKeys('Shift+Tab');
      expect(describeNode(focused(el))).to.equal(describeNode(button(el, TERRITORIAL)));
    });

    it('closes when a person clicks outside the element, not when they click inside the panel', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div><mes-structure-nav></mes-structure-nav><p id="outside">Outside text</p></div>`,
      );
      const el = host.querySelector('mes-structure-nav')!;
      /** A real click on a node, scrolled into the viewport first (a click outside the viewport reaches nothing). */
      const clickOn = async (node: Element, root: Document | ShadowRoot) => {
        node.scrollIntoView({ block: 'center' });
        const box = node.getBoundingClientRect();
        const [x, y] = [Math.round(box.left + 5), Math.round(box.top + 5)];
        expect(root.elementFromPoint(x, y), 'the node is where the click goes').to.equal(node);
        await sendMouse({ type: 'click', position: [x, y] });
        await el.updateComplete;
      };
      try {
        await open(el, CENTRAL);
        await clickOn(panelOf(el, CENTRAL).querySelector('h3')!, el.shadowRoot!);
        expect(isShown(panelOf(el, CENTRAL)), 'a click inside keeps it open').to.equal(true);
        await clickOn(host.querySelector('#outside')!, document);
        expect(panelOf(el, CENTRAL).hidden).to.equal(true);
        expect(button(el, CENTRAL).getAttribute('aria-expanded')).to.equal('false');
      } finally {
        await resetMouse();
      }
    });

    it('closes on a click anywhere else in the document (element.click())', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav open=${TERRITORIAL}></mes-structure-nav>`);
      document.body.click();
      await el.updateComplete;
      expect(el.open).to.equal(null);
      expect(panelOf(el, TERRITORIAL).hidden).to.equal(true);
    });

    it('stops listening to the document when removed', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav open=${CENTRAL}></mes-structure-nav>`);
      const parent = el.parentElement!;
      el.remove();
      document.body.click();
      expect(el.open).to.equal(CENTRAL);
      parent.append(el);
      document.body.click();
      expect(el.open).to.equal(null);
    });
  });

  describe('open attribute and property', () => {
    it('opens a panel from the start with the open attribute', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav open=${TERRITORIAL}></mes-structure-nav>`);
      expect(el.open).to.equal(TERRITORIAL);
      expect(button(el, TERRITORIAL).getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panelOf(el, TERRITORIAL))).to.equal(true);
      expect(panelOf(el, CENTRAL).hidden).to.equal(true);
      // Opening by markup does not steal the page's focus.
      expect(describeNode(focused(el))).to.equal(describeNode(null));
    });

    it('reflects the open menu to the attribute, and removes it when all are closed', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      expect(el.hasAttribute('open')).to.equal(false);
      await open(el, CENTRAL);
      expect(el.getAttribute('open')).to.equal(CENTRAL);
      el.open = TERRITORIAL;
      await el.updateComplete;
      expect(el.getAttribute('open')).to.equal(TERRITORIAL);
      expect(isShown(panelOf(el, TERRITORIAL))).to.equal(true);
      await open(el, TERRITORIAL);
      expect(el.hasAttribute('open')).to.equal(false);
      el.setAttribute('open', CENTRAL);
      await el.updateComplete;
      expect(el.open).to.equal(CENTRAL);
      expect(isShown(panelOf(el, CENTRAL))).to.equal(true);
      el.removeAttribute('open');
      await el.updateComplete;
      expect(panelOf(el, CENTRAL).hidden).to.equal(true);
    });

    for (const bad of ['no-such-menu', '']) {
      it(`warns about open="${bad}" and keeps every panel closed`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<MesStructureNav>(html`<mes-structure-nav open=${bad}></mes-structure-nav>`);
          expect(root(el).querySelectorAll('[part="panel"]:not([hidden])')).to.have.length(0);
          expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false']);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<mes-structure-nav>');
          expect(warnings.messages[0]).to.contain(`open="${bad}"`);
          expect(warnings.messages[0]).to.contain(`"${CENTRAL}"`);
          // A person can still open a menu.
          await open(el, CENTRAL);
          expect(isShown(panelOf(el, CENTRAL))).to.equal(true);
        } finally {
          warnings.restore();
        }
      });
    }

    it('does not warn about an open id that content from src brings', async () => {
      const warnings = captureWarnings();
      try {
        const src = jsonUrl({ menus: [{ id: 'partners', title: 'Partners', groups: [{ title: 'G', items: [{ name: 'A' }] }] }] });
        const el = document.createElement('mes-structure-nav');
        el.setAttribute('open', 'partners');
        el.setAttribute('src', src);
        const loaded = oneEvent(el, 'mes-content-load');
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await loaded;
        await el.updateComplete;
        expect(isShown(panelOf(el, 'partners'))).to.equal(true);
        expect(warnings.messages).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    for (const [answer, makeSrc] of [
      ['brings other menus', () => jsonUrl({ menus: [{ id: 'others', title: 'Others', groups: [{ title: 'G', items: [{ name: 'A' }] }] }] })],
      ['cannot be loaded', () => new URL('/no-such-structure.json', location.href).href],
    ] as const) {
      it(`warns about an open id that no menu has once src has answered, when the file ${answer}`, async () => {
        const warnings = captureWarnings();
        const originalFetch = window.fetch;
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        window.fetch = (input, init) => held.then(() => originalFetch(input, init));
        try {
          const el = document.createElement('mes-structure-nav');
          el.setAttribute('open', 'partners');
          el.setAttribute('src', makeSrc());
          (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
          await el.updateComplete;
          const aboutOpen = () => warnings.messages.filter((m) => m.includes('open="partners"'));
          expect(aboutOpen(), 'while src is loading').to.have.length(0);
          release();
          await el.contentSettled;
          expect(aboutOpen()).to.have.length(1);
        } finally {
          window.fetch = originalFetch;
          warnings.restore();
        }
      });
    }

    it('keeps the open panel when the language changes', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang="en" open=${TERRITORIAL}></mes-structure-nav>`);
      el.lang = 'be';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(isShown(panelOf(el, TERRITORIAL))).to.equal(true);
      expect(nameFromContent(button(el, TERRITORIAL))).to.equal('Тэрытарыяльныя ўпраўленні');
      expect(links(panelOf(el, TERRITORIAL))[0].textContent!.trim()).to.equal('Брэсцкае абласное ўпраўленне МНС');
    });
  });

  describe('mes-menu-toggle', () => {
    it('fires with the menu id and its new state when a person opens and closes menus', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const details: MenuToggleDetail[] = [];
      el.addEventListener('mes-menu-toggle', (e) => {
        expect(e.bubbles).to.equal(true);
        expect(e.composed).to.equal(true);
        // The state is already current when the event arrives.
        if (e.detail.open) expect(el.open).to.equal(e.detail.menu);
        else expect(el.open).not.to.equal(e.detail.menu);
        details.push(e.detail);
      });
      const first = oneEvent(el, 'mes-menu-toggle');
      button(el, TERRITORIAL).click();
      expect(((await first) as CustomEvent<MenuToggleDetail>).detail).to.deep.equal({ menu: TERRITORIAL, open: true });
      await el.updateComplete;
      await open(el, CENTRAL);
      expect(details).to.deep.equal([
        { menu: TERRITORIAL, open: true },
        { menu: TERRITORIAL, open: false },
        { menu: CENTRAL, open: true },
      ]);
      closeOf(el, CENTRAL).focus();
      await sendKeys({ press: 'Escape' });
      expect(details.at(-1)).to.deep.equal({ menu: CENTRAL, open: false });
      await open(el, CENTRAL);
      closeOf(el, CENTRAL).click();
      expect(details.at(-1)).to.deep.equal({ menu: CENTRAL, open: false });
      await open(el, TERRITORIAL);
      document.body.click();
      expect(details.at(-1)).to.deep.equal({ menu: TERRITORIAL, open: false });
      expect(details).to.have.length(8);
    });

    it('does not fire when open is set by script', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      let count = 0;
      el.addEventListener('mes-menu-toggle', () => count++);
      el.open = CENTRAL;
      await el.updateComplete;
      el.setAttribute('open', TERRITORIAL);
      await el.updateComplete;
      el.open = null;
      await el.updateComplete;
      expect(count).to.equal(0);
    });
  });

  // Language, heading-level, content from outside and definition: src/test/contract.test.ts, as for every element.
  describe('content override: the structure’s own', () => {
    const partner = {
      title: 'Our partners',
      menus: [
        {
          id: 'partners',
          title: 'Partner services',
          groups: [
            {
              title: 'Rescue services',
              items: [
                { name: 'Partner rescue service', url: 'https://rescue.example.org/' },
                { name: 'Write to us', url: 'mailto:partners@example.org' },
                { name: 'A unit without a site' },
              ],
            },
          ],
        },
      ],
    };

    it('replaces the menus, with links only where a URL is given', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      el.content = partner;
      await el.updateComplete;
      expect(topHeading(el).textContent).to.equal('Our partners');
      expect(buttons(el).map(nameFromContent)).to.deep.equal(['Partner services']);
      await open(el, 'partners');
      const panel = panelOf(el, 'partners');
      expect(links(panel).map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
        ['Partner rescue service', 'https://rescue.example.org/'],
        ['Write to us', 'mailto:partners@example.org'],
      ]);
      expect(panel.querySelectorAll('li')[2].textContent!.trim()).to.equal('A unit without a site');
      await transitionsEnded(el);
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: URL, reports it, and shows that unit as text', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const warnings = captureWarnings();
      try {
        const errored = nextContentError(el);
        el.content = {
          menus: [
            {
              id: 'm',
              title: 'Menu',
              groups: [
                {
                  title: 'Group',
                  items: [
                    { name: 'Evil unit', url: 'javascript:window.__structurePwned=1' },
                    { name: 'Data unit', url: 'data:text/html,<script>alert(1)</script>' },
                    { name: 'Good unit', url: 'https://good.example.org/' },
                  ],
                },
              ],
            },
          ],
        };
        const detail = await errored;
        await el.updateComplete;
        expect(detail.source).to.equal('content');
        expect(detail.problems.join('\n')).to.contain('menus[0].groups[0].items[0].url: only http:, https: and mailto:');
        expect(detail.problems.join('\n')).to.contain('items[1].url');
        expect(warnings.messages).to.have.length(1);
        await open(el, 'm');
        const panel = panelOf(el, 'm');
        const items = [...panel.querySelectorAll('li')];
        expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Evil unit', 'Data unit', 'Good unit']);
        expect(describeNode(items[0].querySelector('a'))).to.equal('nothing');
        expect(describeNode(items[1].querySelector('a'))).to.equal('nothing');
        expect(links(panel).map((a) => a.getAttribute('href'))).to.deep.equal(['https://good.example.org/']);
        expect(describeNode(root(el).querySelector('a[href^="javascript"], a[href^="data"]'))).to.equal('nothing');
        items[0].querySelector('span')!.click();
        expect((window as unknown as { __structurePwned?: number }).__structurePwned).to.equal(undefined);
      } finally {
        warnings.restore();
      }
    });

    it('reports a menu whose id is already used and shows only the first', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const warnings = captureWarnings();
      try {
        const errored = nextContentError(el);
        const group = [{ title: 'G', items: [{ name: 'Unit' }] }];
        el.content = {
          menus: [
            { id: 'a', title: 'First A', groups: group },
            { id: 'b', title: 'B', groups: group },
            { id: 'a', title: 'Second A', groups: group },
          ],
        };
        const detail = await errored;
        await el.updateComplete;
        expect(detail.problems.join('\n')).to.contain('more than one menu has the id "a"');
        expect(buttons(el).map(nameFromContent)).to.deep.equal(['First A', 'B']);
        expect(new Set(buttons(el).map((b) => b.getAttribute('aria-controls'))).size).to.equal(2);
      } finally {
        warnings.restore();
      }
    });

    it('shows markup in content as text, never as HTML', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const evil = '<img src=x onerror="window.__structurePwned=1"><b>bold</b>';
      el.content = {
        title: evil,
        menus: [{ id: 'x', title: evil, groups: [{ title: evil, items: [{ name: evil }, { name: evil, url: 'https://example.org/' }] }] }],
      };
      await el.updateComplete;
      await open(el, 'x');
      expect(topHeading(el).textContent).to.equal(evil);
      expect(nameFromContent(button(el, 'x'))).to.equal(evil);
      expect(panelOf(el, 'x').querySelector('h3')!.textContent).to.equal(evil);
      expect([...panelOf(el, 'x').querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([evil, evil]);
      expect(describeNode(root(el).querySelector('img, b'))).to.equal('nothing');
      expect((window as unknown as { __structurePwned?: number }).__structurePwned).to.equal(undefined);
    });
  });

  describe('presentation', () => {
    it('at 320 px stacks the buttons and shows the open panel right under its button', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><mes-structure-nav open=${CENTRAL}></mes-structure-nav></div>`,
      );
      const el = host.querySelector('mes-structure-nav')!;
      await settle(el);
      const [central, territorial] = [button(el, CENTRAL), button(el, TERRITORIAL)].map((b) => b.getBoundingClientRect());
      const panel = panelOf(el, CENTRAL).getBoundingClientRect();
      expect(territorial.top).to.be.greaterThan(central.bottom - 1);
      expect(panel.top).to.be.greaterThan(central.bottom - 1);
      expect(panel.bottom).to.be.lessThan(territorial.top + 1);
      expect(panel.width).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('at a wide width shows each open panel right after its own button, in the focus order', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div style="width: 1280px"><mes-structure-nav open=${CENTRAL}></mes-structure-nav></div>`,
      );
      const el = host.querySelector('mes-structure-nav')!;
      await settle(el);
      let [central, territorial] = [button(el, CENTRAL), button(el, TERRITORIAL)].map((b) => b.getBoundingClientRect());
      let panel = panelOf(el, CENTRAL).getBoundingClientRect();
      // Central office open: its panel lies between its button and the next one, as Tab goes.
      expect(panel.top).to.be.greaterThan(central.bottom - 1);
      expect(territorial.top).to.be.greaterThan(panel.bottom - 1);
      // The two groups of the central office sit side by side.
      const groups = [...panelOf(el, CENTRAL).querySelectorAll('[part="group"]')].map((g) => g.getBoundingClientRect());
      expect(Math.abs(groups[0].top - groups[1].top)).to.be.lessThan(1);
      expect(groups[1].left).to.be.greaterThan(groups[0].right - 1);
      // Territorial departments open: the buttons share a row, and the panel follows below them.
      el.open = TERRITORIAL;
      await settle(el);
      [central, territorial] = [button(el, CENTRAL), button(el, TERRITORIAL)].map((b) => b.getBoundingClientRect());
      expect(Math.abs(central.top - territorial.top)).to.be.lessThan(1);
      expect(territorial.left).to.be.greaterThan(central.right - 1);
      panel = panelOf(el, TERRITORIAL).getBoundingClientRect();
      expect(panel.top).to.be.greaterThan(territorial.bottom - 1);
    });

    it('rotates the chevron of the open button, with an animation', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav open=${CENTRAL}></mes-structure-nav>`);
      const chevron = (id: string) => button(el, id).querySelector('svg')!;
      expect(chevron(CENTRAL).getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(chevron(CENTRAL)).transform).not.to.equal('none');
      expect(getComputedStyle(chevron(TERRITORIAL)).transform).to.equal('none');
      expect(getComputedStyle(chevron(CENTRAL)).transitionDuration).not.to.equal('0s');
    });

    it('rotates the chevron without animation when reduced motion is asked for', async function () {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav open=${CENTRAL}></mes-structure-nav>`);
      const chevron = (id: string) => button(el, id).querySelector('svg')!;
      await emulateMedia(this, { reducedMotion: 'reduce' });
      expect(getComputedStyle(chevron(CENTRAL)).transform).not.to.equal('none');
      expect(getComputedStyle(chevron(CENTRAL)).transitionDuration).to.equal('0s');
    });

    it('follows a dark colour scheme of an ancestor', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div><mes-structure-nav open=${CENTRAL}></mes-structure-nav><div style="color-scheme: dark"><mes-structure-nav open=${CENTRAL}></mes-structure-nav></div></div>`,
      );
      const [light, dark] = [...host.querySelectorAll('mes-structure-nav')];
      // The accent follows the scheme; surfaces are tints over the page's own background (see themes.test.ts).
      expect(getComputedStyle(button(dark, TERRITORIAL)).color).not.to.equal(getComputedStyle(button(light, TERRITORIAL)).color);
    });

    it('prints every panel expanded, without the Close buttons', async function () {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      await emulateMedia(this, { media: 'print' });
      for (const menu of en.structure.menus) {
        expect(getComputedStyle(panelOf(el, menu.id)).display).not.to.equal('none');
        expect(getComputedStyle(closeOf(el, menu.id)).display).to.equal('none');
        expect(getComputedStyle(button(el, menu.id).querySelector('svg')!).display).to.equal('none');
      }
      expect(visibleText(el)).to.contain('Headquarters of the Ministry');
      expect(visibleText(el)).to.contain('Mogilev Regional Department of the MES');
      await emulateMedia(this, { media: 'screen' });
      expect(getComputedStyle(panelOf(el, CENTRAL)).display).to.equal('none');
    });
  });
});
