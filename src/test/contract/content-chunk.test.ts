import { expect, fixture, html } from '@open-wc/testing';
import '../../components/priorities/mes-priorities.js';
import { MesPriorities } from '../../components/priorities/mes-priorities.js';
import { enPriorities } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { captureWarnings, jsonUrl, nextContentError } from '../helpers.js';

/** Whether this page has requested a module (each test file runs in a page of its own). */
const requested = (pattern: RegExp) => performance.getEntriesByType('resource').some((r) => pattern.test(r.name));
const OUTSIDE = /\/core\/content-load\.[jt]s/;
const VALIDATE = /\/content\/validate\.[jt]s/;

const title = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';
const lead = (el: Element) => el.shadowRoot!.querySelector('.lead')?.textContent ?? '';

/** The titles an element shows, in order, from now until `stop()`. */
function titlesOf(el: Element) {
  const seen: string[] = [];
  const record = () => seen.push(title(el));
  const observer = new MutationObserver(record);
  if (el.shadowRoot) observer.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
  return {
    seen,
    stop() {
      record();
      observer.disconnect();
    },
  };
}

describe('content from outside: a chunk of its own', () => {
  // This test comes first: it reads which modules the page has requested so far.
  it('is not downloaded by a page that shows the built-in content', async () => {
    const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
    expect(title(el)).to.equal(enPriorities.title);
    // No content is no content to check.
    el.content = null;
    await el.updateComplete;
    expect(title(el)).to.equal(enPriorities.title);
    expect(requested(OUTSIDE), 'the content-from-outside chunk').to.equal(false);
    expect(requested(VALIDATE), 'the checks').to.equal(false);
  });

  it('is downloaded when an element is given content, which then shows without the built-in content first', async () => {
    const el = document.createElement('mes-priorities') as MesPriorities;
    el.content = { title: 'Partner title' };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    expect(title(el)).to.equal('Partner title');
    expect(requested(OUTSIDE)).to.equal(true);

    // A new value replaces the one shown, with nothing in between.
    const titles = titlesOf(el);
    el.content = { title: 'Second title' };
    await el.updateComplete;
    titles.stop();
    expect(
      titles.seen.filter((t) => t !== 'Partner title' && t !== 'Second title'),
      titles.seen.join(' | '),
    ).to.deep.equal([]);
    expect(title(el)).to.equal('Second title');
  });

  it('says so, and keeps the built-in content, when the check cannot be loaded', async () => {
    class UncheckedPriorities extends MesPriorities {
      static override contentCheck = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    customElements.define('mes-test-unchecked', UncheckedPriorities);
    const warnings = captureWarnings();
    try {
      const el = await fixture<UncheckedPriorities>(html`<mes-test-unchecked></mes-test-unchecked>`);
      const error = nextContentError(el);
      el.content = { title: 'Partner title' };
      const detail = await error;
      await el.updateComplete;
      expect(detail.source).to.equal('content');
      expect(detail.problems.join(' ')).to.contain('could not be checked').and.to.contain('Failed to fetch');
      expect(title(el)).to.equal(enPriorities.title);
      expect(warnings.messages.join('\n')).to.contain('<mes-test-unchecked>');
    } finally {
      warnings.restore();
    }
  });

  it('shows the new language when the language changes while content is being checked', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    class SlowCheckPriorities extends MesPriorities {
      static override contentCheck = () => held.then(() => MesPriorities.contentCheck());
    }
    customElements.define('mes-test-slow-check', SlowCheckPriorities);
    const host = await fixture<HTMLDivElement>(html`<div lang="en"><mes-test-slow-check></mes-test-slow-check></div>`);
    const el = host.firstElementChild as SlowCheckPriorities;
    el.content = { title: 'Partner title' };
    await new Promise((r) => setTimeout(r));
    host.lang = 'ru';
    await new Promise((r) => setTimeout(r));
    release();
    await el.updateComplete;
    await el.updateComplete;
    expect(title(el)).to.equal('Partner title');
    expect(lead(el), 'the built-in lead in the new language').to.equal(ru.priorities.lead);
  });

  it('loads src A again when it goes A → B → A in one moment while A is loading', async () => {
    const a = jsonUrl({ title: 'File A' });
    const originalFetch = window.fetch;
    let releaseA!: () => void;
    const heldA = new Promise<void>((resolve) => (releaseA = resolve));
    let fetchesOfA = 0;
    window.fetch = (input, init) => {
      if (String(input) === a && fetchesOfA++ === 0) return heldA.then(() => originalFetch(input, init));
      return originalFetch(input, init);
    };
    try {
      const el = await fixture<MesPriorities>(html`<mes-priorities></mes-priorities>`);
      el.src = a;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
      el.src = jsonUrl({ title: 'File B' });
      el.src = a;
      releaseA();
      const loaded = new Promise((r) => el.addEventListener('mes-content-load', r, { once: true }));
      await loaded;
      await el.updateComplete;
      expect(title(el)).to.equal('File A');
    } finally {
      window.fetch = originalFetch;
    }
  });
});
