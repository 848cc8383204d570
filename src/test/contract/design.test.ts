// What every element promises about its design (README, "Design"): one type scale, no small text, its own space
// below it, the page's font or --mes-font-family, and markers that keep 3:1 against the page.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ELEMENTS, LANGS } from '../../elements.js';
import { skipBecause } from '../commands.js';
import { contrastRatio } from '../helpers.js';
import { loadBuiltInContents, subject } from './support.js';

/** Every element in the element's shadow tree, through the shadow roots of the library's elements inside it. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const node of root.querySelectorAll('*')) {
    found.push(node);
    if (node.shadowRoot) found.push(...deepElements(node.shadowRoot));
  }
  return found;
}

const px = (value: string) => Number.parseFloat(value);
const shown = (node: Element) => (node as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;

/** The elements that hold text a person sees: some of their own (not only whitespace) text, and rendered. */
function textHolders(el: Element): Element[] {
  return deepElements(el.shadowRoot!).filter(
    (node) =>
      shown(node) &&
      [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== ''),
  );
}

describe('the design every element follows', () => {
  before(loadBuiltInContents);

  for (const width of [320, 1280]) {
    describe(`at ${width} px`, () => {
      before(async function () {
        try {
          await setViewport({ width, height: 800 });
        } catch {
          skipBecause(this, `this engine's driver cannot set the viewport to ${width} px (WebKit's WebDriver classic)`);
        }
      });

      it('one type scale: each heading level has one size in every element, and the sizes step down with the level', async () => {
        const sizes = new Map<number, Set<number>>();
        for (const info of ELEMENTS) {
          for (const level of [1, 2, 3, 4, 5]) {
            const el = await subject(info).place({ 'heading-level': String(level) });
            for (const h of deepElements(el.shadowRoot!).filter((n) => /^h[1-6]$/.test(n.localName))) {
              const n = Number(h.localName.slice(1));
              if (!sizes.has(n)) sizes.set(n, new Set());
              sizes.get(n)!.add(Math.round(px(getComputedStyle(h).fontSize) * 10) / 10);
            }
            el.parentElement!.remove();
          }
        }
        const levels = [...sizes.keys()].sort();
        expect(levels).to.deep.equal([1, 2, 3, 4, 5, 6]);
        for (const level of levels) expect([...sizes.get(level)!], `h${level} sizes`).to.have.length(1);
        const scale = levels.map((level) => [...sizes.get(level)!][0]!);
        for (let i = 1; i < scale.length; i++) {
          expect(scale[i], `h${i + 1} is smaller than h${i} (${scale.join(', ')} px)`).to.be.below(scale[i - 1]!);
        }
        expect(scale[scale.length - 1], 'the smallest heading is at least the body text').to.be.at.least(16);
      });
    });
  }

  for (const info of ELEMENTS) {
    const { tag, place } = subject(info);

    describe(`<${tag}>`, () => {
      for (const lang of LANGS) {
        it(`${lang}: no text under 14 px, none faded by opacity, body text at least 16 px`, async () => {
          const el = await place({ lang });
          const holders = textHolders(el);
          expect(holders.length, 'text found').to.be.at.least(3);
          for (const node of holders) {
            const style = getComputedStyle(node);
            const label = `"${node.textContent!.trim().slice(0, 40)}" (<${node.localName} class="${node.className}">)`;
            expect(px(style.fontSize), `${label}: font size`).to.be.at.least(14);
            for (
              let n: Element | null = node;
              n && n !== el;
              n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host
            ) {
              expect(getComputedStyle(n).opacity, `${label}: opacity`).to.equal('1');
            }
          }
          const paragraphs = holders.filter((n) => n.localName === 'p' || n.localName === 'li');
          for (const p of paragraphs) expect(px(getComputedStyle(p).fontSize), 'body text').to.be.at.least(16);
        });
      }

      it('has a space of its own below it (2 units), which --mes-margin-block-end sets, 0 included', async () => {
        const frame = await fixture<HTMLDivElement>(html`<div><p>Before</p></div>`);
        const el = await place({}, frame);
        const next = document.createElement('p');
        next.textContent = 'The portal’s text';
        next.style.margin = '0';
        frame.append(next);
        const gap = () => next.getBoundingClientRect().top - el.getBoundingClientRect().bottom;
        expect(getComputedStyle(el).marginBlockEnd).to.equal('32px');
        expect(gap()).to.be.closeTo(32, 0.01);
        el.style.setProperty('--mes-margin-block-end', '0');
        expect(gap()).to.be.closeTo(0, 0.01);
        frame.style.setProperty('--mes-margin-block-end', '3rem');
        el.style.removeProperty('--mes-margin-block-end');
        expect(gap(), 'set on an ancestor').to.be.closeTo(48, 0.01);
      });

      it('uses the page’s font, and --mes-font-family when it is set', async () => {
        const frame = await fixture<HTMLDivElement>(html`<div></div>`);
        frame.style.fontFamily = 'Georgia, serif';
        const el = await place({}, frame);
        const families = () => new Set(textHolders(el).map((n) => getComputedStyle(n).fontFamily));
        expect([...families()]).to.deep.equal(['Georgia, serif']);
        frame.style.setProperty('--mes-font-family', '"Courier New", monospace');
        expect([...families()]).to.deep.equal(['"Courier New", monospace']);
      });
    });
  }

  describe('markers that carry meaning keep 3:1 against the page', () => {
    const pages = {
      light: 'color-scheme: light; background: #ffffff; color: #0b0c0c',
      dark: 'color-scheme: dark; background: #121212; color: #f0f0f0',
      'dark, no color-scheme': 'background: #121212; color: #f0f0f0',
    };
    for (const [name, style] of Object.entries(pages)) {
      it(`list markers, ${name}`, async () => {
        const frame = await fixture<HTMLDivElement>(html`<div></div>`);
        frame.setAttribute('style', style);
        for (const info of ELEMENTS.filter((e) => ['mes-priorities', 'mes-cooperation-activities'].includes(e.tag))) {
          const el = await subject(info).place({}, frame);
          const item = el.shadowRoot!.querySelector('li')!;
          const marker = getComputedStyle(item, '::marker').color;
          const page = getComputedStyle(frame).backgroundColor;
          expect(contrastRatio(marker, page), `${info.tag}: ${marker} on ${page}`).to.be.at.least(3);
        }
      });
    }
  });
});
