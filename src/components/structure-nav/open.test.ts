// <mes-structure-nav>: the open attribute and property (which menu is open), and unknown menu ids.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './mes-structure-nav.js';
import type { MesStructureNav } from './mes-structure-nav.js';
import { captureWarnings, jsonUrl } from '../../test/helpers.js';
import {
  CENTRAL,
  TERRITORIAL,
  button,
  buttons,
  describeNode,
  focused,
  isShown,
  links,
  nameFromContent,
  open,
  panelOf,
  root,
} from './test-support.js';

describe('<mes-structure-nav>', () => {
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
          expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
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
        const src = jsonUrl({
          menus: [{ id: 'partners', title: 'Partners', groups: [{ title: 'G', items: [{ name: 'A' }] }] }],
        });
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
      [
        'brings other menus',
        () => jsonUrl({ menus: [{ id: 'others', title: 'Others', groups: [{ title: 'G', items: [{ name: 'A' }] }] }] }),
      ],
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
      const el = await fixture<MesStructureNav>(
        html`<mes-structure-nav lang="en" open=${TERRITORIAL}></mes-structure-nav>`,
      );
      el.lang = 'be';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(isShown(panelOf(el, TERRITORIAL))).to.equal(true);
      expect(nameFromContent(button(el, TERRITORIAL))).to.equal('Тэрытарыяльныя ўпраўленні');
      expect(links(panelOf(el, TERRITORIAL))[0].textContent!.trim()).to.equal('Брэсцкае абласное ўпраўленне МНС');
    });
  });
});
