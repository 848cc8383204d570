import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { langListenerCount } from './lang.js';
import { loadContent } from '../content/index.js';
import { TAGS } from '../elements.js';

/** The library's elements in a tree: the hosts and those inside their shadow roots (the composite's sections). */
function libraryElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [
    ...(TAGS.includes(node.localName) ? [node] : []),
    ...(node.shadowRoot ? libraryElements(node.shadowRoot) : []),
  ]);
}

/** Counts what is still registered: timers, and listeners on the document and the window. */
function track() {
  const timers = new Set<number>();
  const listeners = new Map<string, number>();
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, setInterval: window.setInterval };
  const orig = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    docAdd: document.addEventListener,
    docRemove: document.removeEventListener,
    winAdd: window.addEventListener,
    winRemove: window.removeEventListener,
  };
  window.setTimeout = ((fn: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id: number = orig.setTimeout(
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      delay,
      ...args,
    );
    // Only long timers can outlive an element; the short ones of rendering and tests end by themselves.
    if ((delay ?? 0) > 1000) timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    orig.clearTimeout(id);
  }) as typeof window.clearTimeout;
  window.setInterval = (() => {
    throw new Error('no element may start an interval');
  }) as unknown as typeof window.setInterval;
  const counting = (target: 'doc' | 'win', delta: 1 | -1, original: typeof document.addEventListener) =>
    function (this: EventTarget, type: string, ...rest: unknown[]) {
      listeners.set(`${target}:${type}`, (listeners.get(`${target}:${type}`) ?? 0) + delta);
      return (original as (...a: unknown[]) => void).call(this, type, ...rest);
    };
  document.addEventListener = counting('doc', 1, orig.docAdd);
  document.removeEventListener = counting('doc', -1, orig.docRemove);
  window.addEventListener = counting('win', 1, orig.winAdd);
  window.removeEventListener = counting('win', -1, orig.winRemove);
  return {
    timers,
    listeners,
    restore() {
      Object.assign(window, real);
      document.addEventListener = orig.docAdd;
      document.removeEventListener = orig.docRemove;
      window.addEventListener = orig.winAdd;
      window.removeEventListener = orig.winRemove;
    },
  };
}

describe('lifecycle: nothing keeps growing', () => {
  before(async () => {
    await Promise.all([loadContent('ru'), loadContent('be')]);
  });

  for (const tag of TAGS) {
    it(`<${tag}> created, rendered and removed 2,000 times leaves no listener, observer or timer behind`, async function () {
      this.timeout(120_000);
      const host = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
      const baseline = langListenerCount();
      const t = track();
      try {
        for (let i = 0; i < 2000; i++) {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          if (i % 3 === 1) el.lang = 'be';
          host.append(el);
          await el.updateComplete;
          el.remove();
        }
        expect(langListenerCount(), 'language listeners').to.equal(baseline);
        expect([...t.timers], 'timers still set').to.deep.equal([]);
        const left = [...t.listeners].filter(([, n]) => n !== 0);
        expect(left, 'document and window listeners still registered').to.deep.equal([]);
      } finally {
        t.restore();
      }
    });
  }

  it('one shared language observer serves every element', async () => {
    const baseline = langListenerCount();
    const host = await fixture<HTMLDivElement>(html`<div>${TAGS.map((tag) => document.createElement(tag))}</div>`);
    // Every element listens, the composite's sections too (6 + 4 today), through one observer.
    const elements = libraryElements(host);
    expect(elements.length).to.be.greaterThan(TAGS.length);
    expect(langListenerCount() - baseline).to.equal(elements.length);
    host.remove();
    expect(langListenerCount()).to.equal(baseline);
  });
});
