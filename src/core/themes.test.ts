import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { ELEMENTS, type ElementInfo } from '../elements.js';

/** Page themes an element must stay readable in (axe checks the contrast of every text). */
const THEMES = {
  'a light page': 'background: #ffffff; color: #1b1b1b;',
  'a dark page that declares color-scheme: dark': 'color-scheme: dark; background: #10171f; color: #e8edf2;',
  'a dark page that does not declare a color-scheme': 'background: #121212; color: #eeeeee;',
  'a page with a warm background and brown text': 'background: #fbf3e4; color: #3b2a1a;',
};

async function themed(css: string, { tag, dated }: ElementInfo) {
  const style = document.createElement('style');
  style.textContent = `.themed { ${css} padding: 1rem; }`;
  document.head.append(style);
  const host = await fixture<HTMLDivElement>(html`<div class="themed" lang="en"></div>`);
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  if (dated) el.setAttribute('today', '2026-07-24');
  if (tag === 'mes-structure-nav') el.setAttribute('open', 'territorial-departments');
  host.append(el);
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll('*')) {
    await (inner as Partial<typeof el>).updateComplete;
  }
  return { host, el, style };
}

describe('readable on the page it is put in', () => {
  for (const [name, css] of Object.entries(THEMES)) {
    for (const info of ELEMENTS) {
      it(`<${info.tag}> on ${name}`, async () => {
        const { el, style } = await themed(css, info);
        try {
          await expect(el).to.be.accessible();
        } finally {
          style.remove();
        }
      });
    }
  }
});
