import { expect, fixture, html } from '@open-wc/testing';
import '../../components/priorities/mes-priorities.js';
import type { MesPriorities } from '../../components/priorities/mes-priorities.js';
import { en } from '../../content/en.js';
import { loadedContent } from '../../content/index.js';

const title = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';

describe('switching language at run time', () => {
  it('fetches the new language once and never shows an empty element while it loads', async () => {
    // This page has not loaded Belarusian yet (each test file runs in a page of its own).
    expect(loadedContent('be'), 'be not loaded before the switch').to.equal(undefined);
    const host = await fixture<HTMLDivElement>(
      html`<div lang="en"><mes-priorities></mes-priorities><mes-priorities></mes-priorities></div>`,
    );
    const [a, b] = [...host.querySelectorAll('mes-priorities')] as MesPriorities[];
    expect(title(a)).to.equal(en.priorities.title);

    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(title(a)));
    observer.observe(a.shadowRoot!, { subtree: true, childList: true, characterData: true });
    host.lang = 'be';
    // Until the chunk has arrived, the English content stays on screen.
    await new Promise((r) => setTimeout(r));
    const during = title(a);
    await a.updateComplete;
    await b.updateComplete;
    observer.disconnect();
    // The expected words, read only now: the language file hands its content to the page as it runs, so importing it
    // before the switch would have loaded it. It is the module the element fetched (one fetch, below).
    const { be } = await import('../../content/be.js');
    expect(during).to.be.oneOf([en.priorities.title, be.priorities.title]);

    expect(title(a)).to.equal(be.priorities.title);
    expect(title(b)).to.equal(be.priorities.title);
    expect(
      seen.every((t) => t.trim() !== ''),
      `a blank moment: ${JSON.stringify(seen)}`,
    ).to.equal(true);
    const fetches = performance.getEntriesByType('resource').filter((r) => /\/content\/be\.[jt]s/.test(r.name));
    expect(fetches, 'the Belarusian chunk is fetched once').to.have.length(1);
    // Russian was never needed, so it was never fetched.
    expect(performance.getEntriesByType('resource').some((r) => /\/content\/ru\.[jt]s/.test(r.name))).to.equal(false);
  });
});
