/**
 * Screenshots of the host adapters (`themes/<host>.css`): a page of each design system, made with its real
 * stylesheet, with the page element and the menus in it, the adapter linked after the host's CSS. English only: the
 * hosts' fonts are Latin only, and Cyrillic would fall back to whatever the machine has.
 *
 * Fonts are fixed as in elements.visual.ts: GOV.UK's GDS Transport and USWDS's Source Sans Pro from their own npm
 * packages; Bootstrap's system font stack is pointed at Noto Sans (from @fontsource/noto-sans).
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../index.js';
import { emulateMedia, resetMedia } from '../commands.js';
import { settled } from '../contract/support.js';

const TODAY = '2026-07-20';
const NM = '/node_modules';

interface Host {
  css: string;
  fonts: string;
  /** The host's own markup around the elements: classes on <html> and <body>, and a heading and text of its own. */
  html: string[];
  body: string[];
  page: (elements: HTMLElement) => HTMLElement;
}

const HOSTS: Record<string, Host> = {
  govuk: {
    css: `${NM}/govuk-frontend/dist/govuk/govuk-frontend.min.css`,
    fonts: `
      @font-face { font-family: "GDS Transport"; font-weight: normal; src: url("${NM}/govuk-frontend/dist/govuk/assets/fonts/light-94a07e06a1-v2.woff2") format("woff2"); }
      @font-face { font-family: "GDS Transport"; font-weight: bold; src: url("${NM}/govuk-frontend/dist/govuk/assets/fonts/bold-b542beb274-v2.woff2") format("woff2"); }`,
    html: ['govuk-template'],
    body: ['govuk-template__body', 'govuk-frontend-supported'],
    page: (elements) =>
      wrap('div', 'govuk-width-container', [
        wrap('main', 'govuk-main-wrapper', [
          text('h1', 'govuk-heading-xl', 'A partner portal'),
          text('p', 'govuk-body', 'A page of a portal built with GOV.UK Frontend.'),
          elements,
        ]),
      ]),
  },
  uswds: {
    css: `${NM}/@uswds/uswds/dist/css/uswds.min.css`,
    fonts: '',
    html: [],
    body: [],
    page: (elements) =>
      wrap('div', 'grid-container', [
        wrap('main', 'usa-prose', [
          text('h1', '', 'A partner portal'),
          text('p', 'usa-intro', 'A page of a portal built with the U.S. Web Design System.'),
          elements,
        ]),
      ]),
  },
  bootstrap: {
    css: `${NM}/bootstrap/dist/css/bootstrap.min.css`,
    fonts: ':root { --bs-body-font-family: "Screenshot Sans", sans-serif; }',
    html: [],
    body: [],
    page: (elements) =>
      wrap('div', 'container py-4', [
        wrap('main', '', [
          text('h1', 'display-6', 'A partner portal'),
          text('p', 'lead', 'A page of a portal built with Bootstrap 5.'),
          elements,
        ]),
      ]),
  },
};

function wrap(tag: string, className: string, children: Node[]): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}
function text(tag: string, className: string, content: string): HTMLElement {
  const el = wrap(tag, className, []);
  el.textContent = content;
  return el;
}

function link(href: string): Promise<HTMLLinkElement> {
  const el = document.createElement('link');
  el.rel = 'stylesheet';
  el.href = href;
  const loaded = new Promise<HTMLLinkElement>((resolve, reject) => {
    el.onload = () => resolve(el);
    el.onerror = () => reject(new Error(`could not load ${href}`));
  });
  document.head.append(el);
  return loaded;
}

const FONT = `${NM}/@fontsource/noto-sans/files/noto-sans`;
const base = document.createElement('style');
base.textContent = [400, 700]
  .map(
    (weight) => `@font-face { font-family: "Screenshot Sans"; font-weight: ${weight};
      src: url("${FONT}-latin-${weight}-normal.woff2") format("woff2"); }`,
  )
  .join('\n');
document.head.append(base);

afterEach(async () => {
  await resetMedia();
});

for (const [name, host] of Object.entries(HOSTS)) {
  describe(`the ${name} adapter`, () => {
    for (const width of [1280, 320]) {
      it(`in a ${name} page, ${width} px`, async function () {
        await emulateMedia(this, { reducedMotion: 'reduce', colorScheme: 'light' });
        await setViewport({ width, height: 900 });
        const added = [await link(host.css), await link(`/src/themes/${name}.css`)];
        const fonts = document.createElement('style');
        fonts.textContent = host.fonts;
        document.head.append(fonts);
        document.documentElement.classList.add(...host.html);
        document.body.classList.add(...host.body);
        try {
          const page = await fixture<HTMLDivElement>(html`<div></div>`);
          const elements = document.createElement('div');
          const whole = document.createElement('mes-international-cooperation');
          whole.setAttribute('today', TODAY);
          whole.setAttribute('heading-level', '2');
          elements.append(whole, document.createElement('mes-structure-nav'));
          page.append(host.page(elements));
          await settled(whole);
          await document.fonts.ready;
          await settled(whole);
          await visualDiff(page, `adapters/${name}-${width}`);
        } finally {
          for (const el of [...added, fonts]) el.remove();
          document.documentElement.classList.remove(...host.html);
          document.body.classList.remove(...host.body);
        }
      });
    }
  });
}
