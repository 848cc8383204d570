// <mes-structure-nav>: how it is laid out (a row of buttons, the open panel under the row, in the page's flow), what
// its parts look like (one button shape at every width, links apart from plain units, no text under 14 px, targets of
// 24 × 24 px), how it follows the colour scheme and reduced motion, and how it reads printed and with scripting off.
import { expect, fixture, html } from '@open-wc/testing';
import './mes-structure-nav.js';
import type { MesStructureNav } from './mes-structure-nav.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Content } from '../../content/types.js';
import { contrastRatio, frame, visibleText } from '../../test/helpers.js';
import { emulateMedia, resetMedia } from '../../test/commands.js';
import {
  CENTRAL,
  TERRITORIAL,
  button,
  buttons,
  closeOf,
  isShown,
  links,
  open,
  panelOf,
  root,
  transitionsEnded,
} from './test-support.js';

async function settle(el: MesStructureNav) {
  await el.updateComplete;
  await transitionsEnded(el);
  await frame();
}

/** An element in a container `width` px wide, followed by a paragraph of the portal. */
async function placed(width: number, lang = 'en') {
  const host = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><mes-structure-nav lang=${lang}></mes-structure-nav><p id="after">Portal text after the element.</p></div>`,
  );
  const el = host.querySelector('mes-structure-nav')!;
  await settle(el);
  return { host, el, after: host.querySelector<HTMLElement>('#after')! };
}

const rect = (node: Element) => node.getBoundingClientRect();
const position = (node: Element) => {
  const r = rect(node);
  return { left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width) };
};

/** Every element of the shadow root that shows text of its own (a text node with more than whitespace). */
function textHolders(scope: ParentNode): Element[] {
  return [...scope.querySelectorAll('*')].filter(
    (e) =>
      e.checkVisibility() &&
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
  );
}

describe('<mes-structure-nav>', () => {
  afterEach(async () => {
    await resetMedia();
  });

  describe('layout', () => {
    for (const width of [320, 1280]) {
      it(`at ${width} px keeps the buttons where they are when either menu opens, the panel under the row`, async () => {
        const { el } = await placed(width);
        const second = button(el, TERRITORIAL);
        const first = button(el, CENTRAL);
        const closed = [position(first), position(second)];
        await open(el, CENTRAL);
        await settle(el);
        expect([position(first), position(second)], 'the first menu open').to.deep.equal(closed);
        const lowest = Math.max(rect(first).bottom, rect(second).bottom);
        expect(rect(panelOf(el, CENTRAL)).top, 'the panel is under every button').to.be.at.least(lowest);
        await open(el, TERRITORIAL);
        await settle(el);
        expect([position(first), position(second)], 'the second menu open').to.deep.equal(closed);
        expect(rect(panelOf(el, TERRITORIAL)).top).to.be.at.least(lowest);
        expect(el.scrollWidth).to.be.at.most(width);
      });
    }

    it('at 1280 px lays the buttons out in rows in reading order, and the groups of a panel side by side', async () => {
      const { el } = await placed(1280);
      const [a, b, c] = buttons(el).map(rect);
      // The first two share a row; the third (past the element's measure) follows on that row or starts the next.
      expect(Math.abs(a.top - b.top)).to.be.lessThan(1);
      expect(b.left).to.be.greaterThan(a.right);
      if (Math.abs(c.top - b.top) < 1) expect(c.left).to.be.greaterThan(b.right);
      else expect(c.top).to.be.at.least(Math.max(a.bottom, b.bottom));
      // A menu of two groups (the built-in menus have one each).
      el.content = {
        menus: [
          {
            id: 'two',
            title: 'Two groups',
            groups: [
              { title: 'First group', items: [{ name: 'First unit' }] },
              { title: 'Second group', items: [{ name: 'Second unit' }] },
            ],
          },
        ],
      };
      await el.contentSettled;
      await open(el, 'two');
      await settle(el);
      const groups = [...panelOf(el, 'two').querySelectorAll('[part="group"]')].map(rect);
      expect(Math.abs(groups[0].top - groups[1].top)).to.be.lessThan(1);
      expect(groups[1].left).to.be.greaterThan(groups[0].right - 1);
    });

    it('puts the open panel in the page’s flow: what follows moves down, nothing overlaps it', async () => {
      const { el, after } = await placed(1280);
      const before = rect(after).top;
      await open(el, TERRITORIAL);
      await settle(el);
      const panel = panelOf(el, TERRITORIAL);
      expect(getComputedStyle(panel).position).to.equal('static');
      expect(rect(after).top - before).to.be.greaterThan(rect(panel).height);
      // The host's own bottom margin (two units of the spacing scale) lies between the panel and the portal's text.
      expect(rect(after).top - rect(panel).bottom).to.be.at.least(32 - 1);
      expect(rect(el).bottom).to.be.at.least(rect(panel).bottom);
    });

    it('gives the panel a plain border and no floating shadow', async () => {
      const { el } = await placed(1280);
      await open(el, CENTRAL);
      const style = getComputedStyle(panelOf(el, CENTRAL));
      expect(style.boxShadow).to.equal('none');
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopWidth).to.equal('1px');
    });
  });

  describe('look', () => {
    it('has buttons of one shape at every width: the same corners and height at 320 px and at 1280 px', async () => {
      const shape = async (width: number) => {
        const { el } = await placed(width);
        return buttons(el).map((b) => {
          const s = getComputedStyle(b);
          return { radius: s.borderTopLeftRadius, border: s.borderTopWidth, height: Math.round(rect(b).height) };
        });
      };
      const narrow = await shape(320);
      const wide = await shape(1280);
      expect(narrow).to.deep.equal(wide);
      expect(narrow[0].radius).to.equal('4px');
      // Not pill-shaped: the corners are far smaller than half the height.
      expect(parseFloat(narrow[0].radius)).to.be.lessThan(narrow[0].height / 4);
    });

    it('turns the chevron of the open button, and says the state with aria-expanded', async () => {
      const { el } = await placed(1280);
      await open(el, CENTRAL);
      await settle(el);
      const chevron = (id: string) => button(el, id).querySelector('svg')!;
      expect(chevron(CENTRAL).getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(chevron(CENTRAL)).transform).to.equal('matrix(-1, 0, 0, -1, 0, 0)');
      expect(getComputedStyle(chevron(TERRITORIAL)).transform).to.equal('none');
      expect(getComputedStyle(chevron(CENTRAL)).transitionDuration).not.to.equal('0s');
      expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false', 'false']);
    });

    it('turns the chevron without animation when reduced motion is asked for', async function () {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav open=${CENTRAL}></mes-structure-nav>`);
      const chevron = button(el, CENTRAL).querySelector('svg')!;
      await emulateMedia(this, { reducedMotion: 'reduce' });
      expect(getComputedStyle(chevron).transform).not.to.equal('none');
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
    });

    it('shows units with a site as underlined links in the link colour, and the others as plain text', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      el.content = {
        menus: [
          {
            id: 'm',
            title: 'Menu',
            groups: [
              { title: 'G', items: [{ name: 'With a site', url: 'https://example.org/' }, { name: 'Without' }] },
            ],
          },
        ],
      };
      await el.updateComplete;
      await open(el, 'm');
      await settle(el);
      const [link] = links(panelOf(el, 'm'));
      const plain = panelOf(el, 'm').querySelectorAll('li')[1].firstElementChild!;
      expect(plain.localName).to.equal('span');
      const [ls, ps] = [getComputedStyle(link), getComputedStyle(plain)];
      expect(ls.textDecorationLine).to.equal('underline');
      expect(ps.textDecorationLine).to.equal('none');
      expect(ls.color).not.to.equal(ps.color);
      // Plain units are in the text colour of the page.
      expect(ps.color).to.equal(getComputedStyle(el).color);
      await expect(el).to.be.accessible();
    });

    it('shows no text under 14 px and sets no size of its own on headings', async () => {
      const { el } = await placed(1280);
      for (const menu of en.structure.menus) {
        el.open = menu.id;
        await settle(el);
        const holders = textHolders(root(el));
        expect(holders.length).to.be.greaterThan(5);
        for (const node of holders) {
          expect(
            parseFloat(getComputedStyle(node).fontSize),
            `${node.localName} "${node.textContent!.trim()}"`,
          ).to.be.at.least(14);
        }
      }
      // The group headings are h3 under the element's h2: 1.25 em, the type scale's step for h3.
      const h3 = panelOf(el, TERRITORIAL).querySelector('h3')!;
      expect(parseFloat(getComputedStyle(h3).fontSize)).to.be.closeTo(16 * 1.25, 0.1);
    });

    for (const [name, css] of [
      ['a page of 16 px text', ''],
      ['a page with a 10 px root and line-height 1.1', 'font-size: 10px; line-height: 1.1'],
    ]) {
      it(`gives every button and link a target of at least 24 × 24 px, on ${name}`, async () => {
        const before = document.documentElement.getAttribute('style');
        document.documentElement.setAttribute('style', css);
        try {
          const { el } = await placed(320);
          for (const menu of en.structure.menus) {
            el.open = menu.id;
            await settle(el);
            const targets = [...root(el).querySelectorAll('button, a')].filter((t) => t.checkVisibility());
            expect(targets.length).to.be.greaterThan(2);
            for (const t of targets) {
              const r = rect(t);
              expect(r.height, `${t.localName} "${t.textContent!.trim()}" height`).to.be.at.least(24);
              expect(r.width, `${t.localName} "${t.textContent!.trim()}" width`).to.be.at.least(24);
            }
          }
        } finally {
          if (before === null) document.documentElement.removeAttribute('style');
          else document.documentElement.setAttribute('style', before);
        }
      });
    }

    for (const [name, style] of [
      ['a light page', 'color-scheme: light; background: #ffffff; color: #0b0c0c'],
      ['a dark page', 'color-scheme: dark; background: #121212; color: #f0f0f0'],
      ['a dark page without color-scheme', 'background: #121212; color: #f0f0f0'],
    ]) {
      it(`keeps the buttons' edges and chevrons at 3:1 and their text at 4.5:1, on ${name}`, async () => {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        host.setAttribute('style', style);
        const el = document.createElement('mes-structure-nav');
        el.setAttribute('open', CENTRAL);
        host.append(el);
        await settle(el);
        const page = getComputedStyle(host).backgroundColor;
        for (const b of buttons(el)) {
          const label = b.getAttribute('data-menu')!;
          // The open button's tint is laid over the page: its edge and chevron are measured against the page.
          expect(contrastRatio(getComputedStyle(b).borderTopColor, page), `${label}: edge`).to.be.at.least(3);
          expect(
            contrastRatio(getComputedStyle(b.querySelector('svg')!).color, page),
            `${label}: chevron`,
          ).to.be.at.least(3);
          const words = getComputedStyle(b.querySelector('.label')!).color;
          expect(contrastRatio(words, page), `${label}: text`).to.be.at.least(4.5);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('marks the open menu’s button in forced colours, apart from the closed one', async function () {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav open=${CENTRAL}></mes-structure-nav>`);
      await emulateMedia(this, { forcedColors: 'active' });
      const [opened, closed] = [button(el, CENTRAL), button(el, TERRITORIAL)];
      expect(getComputedStyle(opened).backgroundColor).not.to.equal(getComputedStyle(closed).backgroundColor);
      const words = (b: HTMLButtonElement) => getComputedStyle(b.querySelector('.label')!).color;
      expect(words(opened)).not.to.equal(words(closed));
      expect(words(opened)).to.equal(getComputedStyle(opened.querySelector('svg')!).color);
      expect(getComputedStyle(panelOf(el, CENTRAL)).borderTopStyle).to.equal('solid');
    });

    it('follows a dark colour scheme of an ancestor', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div><mes-structure-nav open=${CENTRAL}></mes-structure-nav><div style="color-scheme: dark"><mes-structure-nav open=${CENTRAL}></mes-structure-nav></div></div>`,
      );
      const [light, dark] = [...host.querySelectorAll('mes-structure-nav')];
      // The accent follows the scheme; surfaces are tints over the page's own background (see themes.test.ts).
      const words = (el: MesStructureNav) => getComputedStyle(button(el, TERRITORIAL).querySelector('.label')!).color;
      expect(words(dark)).not.to.equal(words(light));
      expect(getComputedStyle(button(dark, TERRITORIAL)).borderTopColor).not.to.equal(
        getComputedStyle(button(light, TERRITORIAL)).borderTopColor,
      );
    });
  });

  describe('print', () => {
    it('prints every panel open under its menu’s name, without buttons', async function () {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      await emulateMedia(this, { media: 'print' });
      for (const menu of en.structure.menus) {
        expect(getComputedStyle(panelOf(el, menu.id)).display).not.to.equal('none');
        expect(getComputedStyle(closeOf(el, menu.id)).display).to.equal('none');
        expect(getComputedStyle(button(el, menu.id)).display).to.equal('none');
        expect(isShown(panelOf(el, menu.id).querySelector('[part="menu-title"]')!)).to.equal(true);
      }
      const text = visibleText(el);
      for (const t of [
        'Central office of the MES',
        'Subordinate units',
        'Territorial departments',
        'Headquarters of the Ministry',
      ]) {
        expect(text).to.contain(t);
      }
      // A printed link says where it leads.
      const mogilev = links(panelOf(el, TERRITORIAL)).at(-1)!;
      // (Firefox gives the declared value of `content`, Chromium the one it draws.)
      expect(getComputedStyle(mogilev, '::after').content).to.be.oneOf([
        '" (https://mogilev.mchs.gov.by/)"',
        '" (" attr(href) ")"',
      ]);
      expect(mogilev.getAttribute('href')).to.equal('https://mogilev.mchs.gov.by/');
      await emulateMedia(this, { media: 'screen' });
      expect(getComputedStyle(panelOf(el, CENTRAL)).display).to.equal('none');
      expect(getComputedStyle(panelOf(el, CENTRAL).querySelector('[part="menu-title"]')!).display).to.equal('none');
      expect(isShown(button(el, CENTRAL))).to.equal(true);
    });
  });

  describe('with scripting off', () => {
    /**
     * The element's markup as the prerender writes it (declarative shadow DOM: its styles and its first render),
     * shown in a frame where scripts do not run.
     */
    async function staticCopy(lang: string) {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav lang=${lang}></mes-structure-nav>`);
      await settle(el);
      const css = el
        .shadowRoot!.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'))
        .join('\n');
      const markup = `<!doctype html><html lang="${lang}"><body style="margin: 0; font: 16px/1.5 sans-serif">
        <mes-structure-nav lang="${lang}"><template shadowrootmode="open"><style>${css}</style>${el.shadowRoot!.getHTML()}</template></mes-structure-nav>
        </body></html>`;
      const frameEl = await fixture<HTMLIFrameElement>(
        html`<iframe sandbox="allow-same-origin" style="width: 640px; height: 400px" title="Static copy"></iframe>`,
      );
      const loaded = new Promise((resolve) => frameEl.addEventListener('load', resolve, { once: true }));
      frameEl.srcdoc = markup;
      await loaded;
      const doc = frameEl.contentDocument!;
      return { doc, shadow: doc.querySelector('mes-structure-nav')!.shadowRoot! };
    }

    const shownText = (shadow: ShadowRoot) =>
      textHoldersIn(shadow)
        .map((e) => e.textContent!.trim())
        .join(' | ');
    /** (Nodes of the frame are of its own realm: `instanceof` would not know them.) */
    const textHoldersIn = (scope: ShadowRoot) =>
      [...scope.querySelectorAll('*')].filter(
        (e) =>
          e.checkVisibility() &&
          [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
      );

    for (const c of [en, ru, be] as Content[]) {
      it(`has no button that would do nothing, and shows every menu open (${c.lang})`, async () => {
        const { doc, shadow } = await staticCopy(c.lang);
        expect(doc.defaultView!.matchMedia('(scripting: none)').matches, 'scripts are off in the frame').to.equal(true);
        expect(shadow.querySelectorAll('button').length, 'the static HTML has the buttons').to.be.greaterThan(0);
        expect([...shadow.querySelectorAll('button')].filter((b) => b.checkVisibility())).to.have.length(0);
        const text = shownText(shadow);
        for (const menu of c.structure.menus) {
          expect(text).to.contain(menu.title);
          for (const group of menu.groups) {
            if (group.title) expect(text).to.contain(group.title);
            for (const unit of group.items) expect(text).to.contain(unit.name);
          }
        }
        // Each menu's name stands above its groups.
        const titles = [...shadow.querySelectorAll('[part="menu-title"]')];
        expect(titles.map((t) => t.textContent!.trim())).to.deep.equal(c.structure.menus.map((m) => m.title));
        const firstGroup = shadow.querySelector('[part="panel"] [part="group"]')!;
        expect(titles[0].getBoundingClientRect().bottom).to.be.at.most(firstGroup.getBoundingClientRect().top);
        // Each panel ends with its groups (no room kept for the hidden Close button).
        for (const panel of shadow.querySelectorAll('[part="panel"]')) {
          const groups = panel.querySelector('.groups')!.getBoundingClientRect();
          expect(panel.getBoundingClientRect().bottom - groups.bottom).to.be.at.most(25);
        }
        // And the links work without scripts.
        expect([...shadow.querySelectorAll('a[href]')].filter((a) => a.checkVisibility())).to.have.length(7);
      });
    }
  });
});
