// What <mes-strategy-goals> looks like: one section style, readable year labels, marks that keep 3:1 against the
// page, year ranges that never break, targets of 24 px, and what print adds (link addresses, the date of the count).
// Wrappers use fixtureSync: fixture() waits an animation frame for a non-Lit root, and a test page in the background
// gets no frames.
import { expect, fixtureSync, html } from '@open-wc/testing';
import './mes-strategy-goals.js';
import type { MesStrategyGoals } from './mes-strategy-goals.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Content } from '../../content/types.js';
import { emulateMedia, resetMedia } from '../../test/commands.js';
import { contrastRatio, firstColor, parseColor, visibleText } from '../../test/helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const all = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<E>(selector),
];
const one = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector)!;
const px = (value: string) => parseFloat(value);

/** The element, today fixed, in a wrapper `<div>` with the given inline style (a test page may use one). */
async function inWrapper(style: string, lang = 'en', today = '2026-12-04'): Promise<MesStrategyGoals> {
  const wrap = fixtureSync<HTMLDivElement>(
    html`<div style=${style}><mes-strategy-goals lang=${lang} today=${today}></mes-strategy-goals></div>`,
  );
  const el = wrap.firstElementChild as MesStrategyGoals;
  await el.updateComplete;
  return el;
}

describe('<mes-strategy-goals>: design', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await resetMedia();
  });

  describe('one section style: the strategy is a sub-section under its heading, not a card', () => {
    it('draws no box, tint, thick rule or padding around the strategy, and its name takes the size of its level', async () => {
      const el = await inWrapper('width: 800px; font-size: 16px');
      const section = getComputedStyle(one(el, '[part="strategy"]'));
      expect(section.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(section.backgroundImage).to.equal('none');
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(section[`border${side}Width`], side).to.equal('0px');
        expect(section[`padding${side}`], side).to.equal('0px');
      }
      // The name is an h3 under an h2 title: 1.25em, the type scale's size for h3, set by no rule of the element.
      const name = one(el, '[part="name"]');
      expect(name.localName).to.equal('h3');
      expect(getComputedStyle(name).fontSize).to.equal('20px');
      // The timeline is no box either: no rule under it.
      expect(getComputedStyle(one(el, '[part="timeline"]')).borderBottomWidth).to.equal('0px');
      await expect(el).to.be.accessible();
    });
  });

  describe('readable text', () => {
    it('writes the year labels at 14 px or more, in the full text colour, at full opacity', async () => {
      const el = await inWrapper('width: 800px; font-size: 16px; color: #0b0c0c');
      const ticks = all(el, '.ticks > *');
      expect(ticks).to.have.length(12);
      const textColour = getComputedStyle(el).color;
      for (const t of ticks) {
        const style = getComputedStyle(t);
        expect(px(style.fontSize), t.textContent!).to.be.at.least(14);
        expect(style.opacity, t.textContent!).to.equal('1');
        expect(style.color, t.textContent!).to.equal(textColour);
        expect(parseColor(style.color)[3], t.textContent!).to.equal(1);
      }
      for (let n: Element | null = one(el, '.ticks'); n && n !== el; n = n.parentElement) {
        expect(getComputedStyle(n).opacity).to.equal('1');
      }
      await expect(el).to.be.accessible();
    });

    for (const width of [320, 1000]) {
      it(`shows no text smaller than 14 px in a 16 px page, ${width} px wide`, async () => {
        const el = await inWrapper(`width: ${width}px; font-size: 16px`);
        const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
        let checked = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent!.trim()) continue;
          const size = px(getComputedStyle(n.parentElement!).fontSize);
          expect(size, `"${n.textContent!.trim()}"`).to.be.at.least(14);
          checked++;
        }
        expect(checked).to.be.greaterThan(30);
        await expect(el).to.be.accessible();
      });
    }

    it('shows every year label where all fit, just above the width where they appear, and no two touch', async () => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div style="font-size: 16px"></div>`);
      const el = document.createElement('mes-strategy-goals') as MesStrategyGoals;
      el.setAttribute('today', '2026-12-04');
      wrap.append(el);
      await el.updateComplete;
      let sawAll = false;
      for (let width = 480; width <= 640; width += 4) {
        wrap.style.width = `${width}px`;
        const shown = all(el, '.ticks > *').filter((t) => getComputedStyle(t).visibility !== 'hidden');
        if (shown.length === 12) sawAll = true;
        const rects = shown.map((t) => {
          const range = document.createRange();
          range.selectNodeContents(t);
          return range.getBoundingClientRect();
        });
        for (let i = 1; i < rects.length; i++) {
          expect(
            rects[i]!.left,
            `${width} px: ${shown[i - 1]!.textContent} and ${shown[i]!.textContent}`,
          ).to.be.at.least(rects[i - 1]!.right + 2);
        }
      }
      expect(sawAll).to.equal(true);
    });
  });

  describe('marks that carry meaning keep 3:1 against the page', () => {
    const pages: [string, string, string][] = [
      ['a light page', 'background: #ffffff; color: #0b0c0c', '#ffffff'],
      ['a dark page that declares color-scheme', 'color-scheme: dark; background: #0b0c0c; color: #f3f2f1', '#0b0c0c'],
      ['a dark page that does not declare color-scheme', 'background: #0b0c0c; color: #f3f2f1', '#0b0c0c'],
      ['a navy page', 'color-scheme: dark; background: #1d2b3a; color: #ffffff', '#1d2b3a'],
    ];
    for (const [name, style, background] of pages) {
      it(`on ${name}: filled years, the current year's hatching and outline, the outline of years ahead, the current year's underline, bullets`, async () => {
        const el = await inWrapper(`width: 800px; ${style}`);
        const seg = (kind: string) => getComputedStyle(one(el, `[part="progress"] .segment.${kind}`));
        const marks: [string, string][] = [
          ['filled year', seg('past').backgroundColor],
          ['filled year’s edge', seg('past').borderTopColor],
          ['current year’s hatching', firstColor(seg('current').backgroundImage)],
          ['current year’s outline', seg('current').borderTopColor],
          ['outline of a year ahead', seg('future').borderTopColor],
          ['current year’s underline', getComputedStyle(one(el, '.tick.current')).textDecorationColor],
          ['bullet', getComputedStyle(one(el, '[part="list"] > li'), '::marker').color],
        ];
        for (const legendKind of ['past', 'current', 'future']) {
          marks.push([
            `legend: ${legendKind}`,
            getComputedStyle(one(el, `.legend .segment.${legendKind}`)).borderTopColor,
          ]);
        }
        for (const [what, colour] of marks) {
          expect(contrastRatio(colour, background), `${what}: ${colour} on ${background}`).to.be.at.least(3);
        }
        // The current year is told apart by shape too: a thicker outline and a hatching.
        expect(px(seg('current').borderTopWidth)).to.be.greaterThan(px(seg('future').borderTopWidth));
        expect(seg('current').backgroundImage).to.contain('repeating-linear-gradient');
        await expect(el).to.be.accessible();
      });
    }

    it('the helper tells a faint mark from a strong one (the check can fail)', () => {
      expect(contrastRatio('rgba(11, 12, 12, 0.2)', '#ffffff')).to.be.below(3);
      expect(contrastRatio('#0b4a8b', '#0b0c0c')).to.be.below(3); // the light accent on a dark page
      expect(contrastRatio('color(srgb 0 0 0)', '#ffffff')).to.be.closeTo(21, 0.01);
    });
  });

  describe('a year range never breaks at its dash', () => {
    /** Every year range the element shows in its text (name, paragraphs, links). */
    const rangeSpans = (el: Element) =>
      all(el, '[part="paragraph"] .nowrap, [part="name"] .nowrap, [part="link"] .nowrap').filter((s) =>
        /\d{4}\s*[-–—]\s*\d{4}/.test(s.textContent!),
      );

    for (const c of [en, ru, be] as Content[]) {
      it(`in ${c.lang}: at every width from 160 to 420 px each range stays on one line, and the text is unchanged`, async () => {
        const wrap = fixtureSync<HTMLDivElement>(html`<div style="font-size: 16px"></div>`);
        const el = document.createElement('mes-strategy-goals') as MesStrategyGoals;
        el.setAttribute('lang', c.lang);
        el.setAttribute('today', '2026-12-04');
        wrap.append(el);
        await el.updateComplete;
        const spans = rangeSpans(el);
        // The name, the paragraphs and the Sendai link each hold at least one range.
        expect(spans.length).to.be.at.least(3);
        const widths = Array.from({ length: 131 }, (_, i) => 160 + i * 2);
        /** The ranges that fall on more than one line, at each width. */
        const broken = () =>
          widths.flatMap((w) => {
            wrap.style.width = `${w}px`;
            return spans.filter((s) => s.getClientRects().length !== 1).map((s) => ({ w, s }));
          });

        // Without the rule, each range of the paragraphs falls across a line's end at some of these widths: the
        // sweep reaches the case it is about.
        const own = [...shadow(el).adoptedStyleSheets]; // a copy: the property is a live array
        const wrapping = new CSSStyleSheet();
        wrapping.replaceSync('.nowrap { white-space: normal !important; }');
        shadow(el).adoptedStyleSheets = [...own, wrapping];
        try {
          const wouldBreak = new Set(broken().map((b) => b.s));
          const inParagraphs = all(el, '[part="paragraph"] .nowrap');
          expect(inParagraphs.length).to.be.at.least(2);
          for (const s of inParagraphs) {
            // Firefox never breaks at a hyphen between digits (it does at a dash); Chromium and WebKit do.
            if (navigator.userAgent.includes('Firefox') && /\d-\d/.test(s.textContent!)) continue;
            expect(wouldBreak.has(s), s.textContent!).to.equal(true);
          }
        } finally {
          shadow(el).adoptedStyleSheets = own;
        }

        expect(broken().map(({ w, s }) => `${w}px: ${s.textContent}`)).to.deep.equal([]);
        expect(all(el, '[part="paragraph"]').map((p) => p.textContent)).to.deep.equal(c.strategy.paragraphs);
        expect(one(el, '[part="name"]').textContent).to.equal(c.strategy.name);
        expect(all(el, '[part="link"]').map((a) => a.textContent!.trim())).to.deep.equal(
          c.strategy.links.map((l) => l.label),
        );
        for (const p of c.strategy.paragraphs) expect(visibleText(el)).to.contain(p);
      });
    }
  });

  describe('targets of 24 px or more', () => {
    const linkHeights = (el: Element) => all(el, '[part="link"]').map((a) => a.getBoundingClientRect().height);

    it('in a 16 px page, each link is at least 24 px high', async () => {
      const el = await inWrapper('width: 800px; font-size: 16px');
      const heights = linkHeights(el);
      expect(heights).to.have.length(2);
      for (const h of heights) expect(h).to.be.at.least(24);
    });

    for (const width of [1000, 200]) {
      it(`in a page with a 10 px root and line height 1.1, ${width} px wide, each link is at least 24 px high and they do not overlap`, async () => {
        document.documentElement.style.fontSize = '10px';
        const el = await inWrapper(`width: ${width}px; font-size: 1rem; line-height: 1.1; --mes-line-height: 1.1`);
        expect(getComputedStyle(el).fontSize).to.equal('10px');
        const [first, second] = all(el, '[part="link"]').map((a) => a.getBoundingClientRect());
        for (const r of [first!, second!]) expect(r.height).to.be.at.least(24);
        const apart = second!.top >= first!.bottom || second!.left >= first!.right;
        expect(apart).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('print', () => {
    const asOf: Record<string, string> = {
      en: 'as of December 4, 2026',
      ru: 'по состоянию на 4 декабря 2026 г.',
      be: 'па стане на 4 снежня 2026 г.',
    };

    it('shows each external link’s address after its label', async function () {
      const el = await inWrapper('width: 800px');
      const link = (a: HTMLElement) => getComputedStyle(a, '::after').content;
      for (const a of all(el, '[part="link"]')) expect(link(a)).to.be.oneOf(['none', 'normal']);
      await emulateMedia(this, { media: 'print' });
      const links = all(el, '[part="link"]');
      expect(links).to.have.length(2);
      for (const a of links) {
        expect(link(a)).to.match(/^" \(" attr\(href\) "\)"$|^" \(https:\/\/.+\)"$/);
        // A long address may break anywhere rather than run off the page.
        expect(getComputedStyle(a, '::after').overflowWrap).to.equal('anywhere');
      }
      // The icon says "opens a page" on screen; paper has no pages to open.
      expect(getComputedStyle(one(el, '[part="link"] .icon')).display).to.equal('none');
    });

    for (const c of [en, ru, be] as Content[]) {
      it(`in ${c.lang}: says the date the progress was counted on, once, on paper only`, async function () {
        const el = await inWrapper('width: 800px', c.lang);
        const status = one(el, '.status');
        const current = one(el, '.legend li:nth-child(2)');
        // On screen the count is today's: no date.
        expect(visibleText(status)).to.not.contain(asOf[c.lang]!);
        expect(visibleText(current)).to.not.contain(asOf[c.lang]!);
        await emulateMedia(this, { media: 'print' });
        expect(visibleText(status)).to.equal(`${statusOf(c)} (${asOf[c.lang]})`);
        // The current year's label in the legend goes with the count above it: the date is said once.
        expect(visibleText(current)).to.equal(`${c.ui.strategy.timelineCurrent}: 2026`);
        // The progress bar's own value stays the count alone.
        expect(one(el, '[role="progressbar"]').getAttribute('aria-valuetext')).to.equal(statusOf(c));
        await expect(el).to.be.accessible();
      });
    }

    it('dates "Completed" too, after the period', async function () {
      const el = await inWrapper('width: 800px', 'en', '2031-01-01');
      await emulateMedia(this, { media: 'print' });
      expect(visibleText(one(el, '.status'))).to.equal('Completed (as of January 1, 2031)');
    });
  });
});

/** "8 of 12 years" in the content's language, as on 4 December 2026. */
function statusOf(c: Content): string {
  return { en: '8 of 12 years', ru: '8 из 12 лет', be: '8 з 12 гадоў' }[c.lang];
}
