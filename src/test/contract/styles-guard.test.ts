// Static HTML made with `mes-components render --styles-href`: each shadow root opens with a small guard, then links
// its style file (bin/styles.js). Firefox and Safari paint a shadow root before its stylesheet has loaded; the guard
// keeps the element hidden and of no height until then, and shows it after 3 s should the file never come. Here in each engine,
// with a shadow root of the same shape and a priorities element's own CSS as the file.
import { expect } from '@open-wc/testing';
import { STYLE_FILE_END, STYLE_GUARD, styleFile } from '../../../bin/styles-guard.js';
import { MesPriorities } from '../../index.js';

const made: HTMLElement[] = [];
const urls: string[] = [];

/** A host whose shadow root holds what `--styles-href` writes: the guard, the link, then the content. */
function guarded(href: string, tag = 'mes-not-defined'): { host: HTMLElement; link: HTMLLinkElement } {
  // A custom element's tag, not defined (yet), as the elements of static HTML are before the library's script runs.
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const guard = document.createElement('style');
  guard.textContent = STYLE_GUARD;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const heading = document.createElement('h2');
  heading.className = 'heading';
  heading.textContent = 'Priorities';
  root.append(guard, link, heading);
  document.body.append(host);
  made.push(host);
  return { host, link };
}

/** A style file as the build writes it, from the priorities element's own CSS. */
function styleFileUrl(): string {
  const css = MesPriorities.elementStyles.map((s) => (s as { cssText: string }).cssText).join('');
  const url = URL.createObjectURL(new Blob([styleFile(css)], { type: 'text/css' }));
  urls.push(url);
  return url;
}

const loaded = (link: HTMLLinkElement) =>
  new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), { once: true });
  });
/** Whether the host shows anything: displayed, visible and with a height. */
const shown = (el: Element) => {
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility === 'visible' && el.getBoundingClientRect().height > 0;
};
const display = (el: Element) => getComputedStyle(el).display;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('static HTML with --styles-href: the guard before each style file', () => {
  afterEach(() => {
    for (const host of made.splice(0)) host.remove();
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  });

  it('ends each style file with the rule that stops its wait', () => {
    expect(styleFile('p{color:red}')).to.equal(`p{color:red}${STYLE_FILE_END}`);
  });

  it('shows nothing of the element while its file loads, then the element styled', async () => {
    const { host, link } = guarded(styleFileUrl());
    expect(shown(host), 'while the file loads').to.equal(false);
    expect(host.getBoundingClientRect().height, 'no room taken while the file loads').to.equal(0);
    await loaded(link);
    expect(shown(host), 'once the file is there').to.equal(true);
    const heading = host.shadowRoot!.querySelector('h2')!;
    expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
    // The element's own heading style applies (`.heading`: no margin above, where a browser's own h2 has one).
    expect(getComputedStyle(heading).marginTop).to.equal('0px');
  });

  it('keeps a hidden element hidden, with its file and without it, once the guard would have shown it', async () => {
    const { host, link } = guarded(styleFileUrl());
    await loaded(link);
    host.hidden = true;
    const { host: without } = guarded('/no-such-style-file.css');
    without.hidden = true;
    await wait(3300);
    expect(shown(host), 'with its file').to.equal(false);
    expect(display(without), 'without its file').to.equal('none');
    host.hidden = false;
    expect(shown(host)).to.equal(true);
  });

  it('stands aside once the element is defined (the library has taken it over), even before its file', () => {
    const tag = 'mes-guard-defined-test';
    const { host } = guarded('/no-such-style-file.css', tag);
    expect(shown(host), 'not defined yet').to.equal(false);
    customElements.define(tag, class extends HTMLElement {});
    expect(getComputedStyle(host).visibility).to.equal('visible');
    expect(getComputedStyle(host).animationName).to.equal('none');
    expect(host.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows the element after 3 s when its file never comes (unstyled, but never a blank)', async () => {
    const { host, link } = guarded('/no-such-style-file.css');
    await loaded(link).catch(() => undefined);
    expect(shown(host), 'at first').to.equal(false);
    await wait(3300);
    expect(shown(host), 'after 3 s').to.equal(true);
  });
});
