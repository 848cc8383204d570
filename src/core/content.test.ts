import { expect, fixture, html } from '@open-wc/testing';
import { html as template } from 'lit';
import { enPriorities } from '../content/en.js';
import type { ContentView } from '../content/types.js';
import { integer, object, text, type Check } from '../content/validate.js';
import { captureWarnings, jsonUrl } from '../test/helpers.js';
import { defineElement } from './define.js';
import { MesElement, type ContentErrorDetail } from './mes-element.js';

/** What the test element shows: a title, and a span of years whose end must not come before its start. */
type Span = { title: string; from: number; to: number };

const spanCheck: Check<Partial<Span>> = object<Span>(
  { title: text, from: integer(1, 100), to: integer(1, 100) },
  [],
  (value, path, problems) => {
    const from = value.from ?? 10;
    const to = value.to ?? 20;
    if (to >= from) return true;
    problems.push(`${path ? `${path}.to` : 'to'}: ${to} is before from ${from}`);
    delete value.from;
    delete value.to;
    return true;
  },
);

/** The smallest element on the base: its content from outside goes through the content controller like any other. */
class TestSpan extends MesElement<Span, ContentView<'priorities'>> {
  protected readonly english = { priorities: enPriorities, ui: {} };
  static override contentCheck = () => Promise.resolve(spanCheck);

  protected builtIn(content: ContentView<'priorities'>): Span {
    return { title: content.priorities.title, from: 10, to: 20 };
  }

  protected headingText(data: Span): string {
    return data.title;
  }

  protected renderBody(data: Span) {
    return template`<p class="span">${data.from}–${data.to}</p>`;
  }
}
defineElement('mes-test-span', TestSpan);

const title = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent;
const span = (el: Element) => el.shadowRoot!.querySelector('.span')!.textContent;
const missing = () => new URL('/no-such-span.json', location.href).href;

/** The content events an element fires, in order, as `error:<source>` and `load`. */
function eventsOf(el: HTMLElement) {
  const seen: string[] = [];
  const details: ContentErrorDetail[] = [];
  el.addEventListener('mes-content-error', (e) => {
    seen.push(`error:${e.detail.source}`);
    details.push(e.detail);
  });
  el.addEventListener('mes-content-load', () => seen.push('load'));
  return { seen, details };
}

/** An element given `src` (and `content`) before it is in the document. */
async function spanWith(src: string | null, content?: unknown) {
  const el = document.createElement('mes-test-span') as TestSpan;
  if (src) el.src = src;
  el.content = content;
  const events = eventsOf(el);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  return { el, events };
}

describe('content controller', () => {
  describe('contentSettled', () => {
    it('resolves at once for an element given no content', async () => {
      const { el, events } = await spanWith(null);
      await el.contentSettled;
      expect(title(el)).to.equal(enPriorities.title);
      expect(events.seen).to.deep.equal([]);
    });

    it('resolves once a file is shown, after its mes-content-load', async () => {
      const { el, events } = await spanWith(jsonUrl({ title: 'From the file' }));
      await el.contentSettled;
      expect(title(el)).to.equal('From the file');
      expect(events.seen).to.deep.equal(['load']);
    });

    it('resolves once a file is refused, after its mes-content-error, with the built-in content on screen', async () => {
      const warnings = captureWarnings();
      try {
        const { el, events } = await spanWith(missing());
        await el.contentSettled;
        expect(events.seen).to.deep.equal(['error:src']);
        expect(events.details[0].problems.join(' ')).to.contain('404');
        expect(title(el)).to.equal(enPriorities.title);
      } finally {
        warnings.restore();
      }
    });

    it('waits for the src set last when src changes before the first one has answered', async () => {
      const { el, events } = await spanWith(jsonUrl({ title: 'First' }));
      el.src = jsonUrl({ title: 'Second' });
      await el.contentSettled;
      expect(title(el)).to.equal('Second');
      expect(events.seen).to.deep.equal(['load']);
    });

    it('resolves once a new content value is shown', async () => {
      const { el } = await spanWith(null);
      el.content = { title: 'Given' };
      await el.contentSettled;
      expect(title(el)).to.equal('Given');
    });
  });

  describe('one override of both sources, checked together', () => {
    it('shows the file with the content property on top, key by key', async () => {
      const { el } = await spanWith(jsonUrl({ title: 'From the file', from: 12 }), { to: 15 });
      await el.contentSettled;
      expect(title(el)).to.equal('From the file');
      expect(span(el)).to.equal('12–15');
    });

    it('holds a rule across sources: the problem goes to the source of the key it names, and both years are refused', async () => {
      const warnings = captureWarnings();
      try {
        const { el, events } = await spanWith(jsonUrl({ from: 50 }), { to: 15 });
        await el.contentSettled;
        expect(events.details).to.deep.equal([{ source: 'content', problems: ['to: 15 is before from 50'] }]);
        expect(span(el)).to.equal('10–20');
      } finally {
        warnings.restore();
      }
    });

    it('shows the file’s value where the content property gives a wrong one, and reports the property’s', async () => {
      const warnings = captureWarnings();
      try {
        const { el, events } = await spanWith(jsonUrl({ title: 'From the file', from: 12 }), { title: 42 });
        await el.contentSettled;
        expect(title(el)).to.equal('From the file');
        expect(span(el)).to.equal('12–20');
        expect(events.details).to.deep.equal([{ source: 'content', problems: ['title: expected text, got a number'] }]);
      } finally {
        warnings.restore();
      }
    });

    it('shows the built-in value where the content property gives a wrong one and the file gives none', async () => {
      const warnings = captureWarnings();
      try {
        const { el, events } = await spanWith(jsonUrl({ from: 12 }), { title: 42 });
        await el.contentSettled;
        expect(title(el)).to.equal(enPriorities.title);
        expect(span(el)).to.equal('12–20');
        expect(events.details).to.deep.equal([{ source: 'content', problems: ['title: expected text, got a number'] }]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('each problem reported once', () => {
    it('does not report the problems of one source again when the other changes, or when the language does', async () => {
      const warnings = captureWarnings();
      try {
        const src = jsonUrl({ title: 7, from: 12 });
        const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        const el = document.createElement('mes-test-span') as TestSpan;
        const events = eventsOf(el);
        el.content = { to: 'soon' };
        el.src = src;
        host.append(el);
        await el.contentSettled;
        expect(events.details).to.deep.equal([
          { source: 'content', problems: ['to: expected a whole number, got text'] },
          { source: 'src', src, problems: ['title: expected text, got a number'] },
        ]);

        // A new value of content is checked with the file again: only what is new is reported, not the file's problem.
        el.content = { to: 'later' };
        await el.contentSettled;
        // Another language, and no content: the same file, nothing new.
        host.lang = 'ru';
        await el.contentSettled;
        el.content = null;
        await el.contentSettled;
        expect(events.details.slice(2)).to.deep.equal([
          { source: 'content', problems: ['to: expected a whole number, got text'] },
        ]);
        expect(span(el)).to.equal('12–20');
        expect(warnings.messages.filter((m) => m.includes('<mes-test-span>'))).to.have.length(events.details.length);
      } finally {
        warnings.restore();
      }
    });

    it('reports a problem of a file per language under that language, once', async () => {
      const warnings = captureWarnings();
      try {
        const src = jsonUrl({ en: { title: '' }, 'ru-BY': { from: 0 } });
        const { el, events } = await spanWith(src);
        await el.contentSettled;
        expect(events.details).to.have.length(1);
        expect(events.details[0].problems).to.have.members([
          'ru-BY.from: 0 is outside 1–100',
          'en.title: must not be empty',
        ]);
      } finally {
        warnings.restore();
      }
    });
  });
});
