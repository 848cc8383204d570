// <mes-structure-nav>: opening and closing its panels (buttons, Enter, Space, Escape, Tab, clicks outside), and the
// mes-menu-toggle event that says so.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './mes-structure-nav.js';
import type { MenuToggleDetail, MesStructureNav } from './mes-structure-nav.js';
import { pressKeys } from '../../test/commands.js';
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
  open,
  panelOf,
  root,
} from './test-support.js';

describe('<mes-structure-nav>', () => {
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
      expect(describeNode(focused(el))).to.equal(describeNode(button(el, SUBORDINATE)));
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
        await clickOn(panelOf(el, CENTRAL).querySelector('.name')!, el.shadowRoot!);
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
});
