// What every element promises (see support.ts): `show-sources` adds a "Source" line per section, and nothing else
// ever shows one.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../../elements.js';
import { be } from '../../content/be.js';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import type { Content, SourceContent } from '../../content/types.js';
import { captureWarnings, deepQueryAll } from '../helpers.js';
import { loadBuiltInContents, settled, subject } from './support.js';

/** The "Source" lines an element shows, through the shadow roots of the sections inside it. */
const sourceLines = (el: Element) =>
  deepQueryAll(el, '[part="source"]').map((p) => ({
    text: p.textContent!.replace(/\s+/g, ' ').trim(),
    href: p.querySelector('a')?.getAttribute('href') ?? null,
    lang: p.closest('[lang]')?.getAttribute('lang'),
  }));

/** The sections an element shows with a source line of its own (the page element's are its four section elements). */
const SECTIONS: Record<string, (keyof Content)[]> = {
  'mes-international-cooperation': ['priorities', 'activities', 'strategy', 'holidays'],
  'mes-priorities': ['priorities'],
  'mes-cooperation-activities': ['activities'],
  'mes-strategy-goals': ['strategy'],
  'mes-holiday-calendar': ['holidays'],
  'mes-structure-nav': ['structure'],
};

const bare = (url: string) => url.replace(/^https:\/\//, '').replace(/\/$/, '');

describe('what every element promises', () => {
  before(loadBuiltInContents);

  for (const info of ELEMENTS) {
    const { tag, place } = subject(info);
    const sections = SECTIONS[tag]!;

    describe(`<${tag}> show-sources`, () => {
      it('shows no "Source" line without the attribute, in any language', async () => {
        for (const lang of ['en', 'ru', 'be']) {
          const el = await place({ lang });
          expect(sourceLines(el), lang).to.deep.equal([]);
          expect(el.shadowRoot!.textContent).not.to.contain('mchs.gov.by/en/');
        }
      });

      it('adds one "Source" line per section, linking the official page, in en, ru and be', async () => {
        const words = {
          en: ['Source', 'Source'],
          ru: ['Источник (перевод)', 'Источник (перевод)'],
          be: ['Крыніца (пераклад)', 'Крыніца (пераклад)'],
        };
        for (const c of [en, ru, be]) {
          const el = await place({ lang: c.lang, 'show-sources': '' });
          const expected = sections.map((s) => {
            const url = (c[s] as { source: SourceContent }).source.url;
            return { text: `${words[c.lang][0]}: ${bare(url)}`, href: url, lang: c.lang };
          });
          expect(sourceLines(el), c.lang).to.deep.equal(expected);
        }
        const el = await place({ 'show-sources': '' });
        await expect(el).to.be.accessible();
      });

      it('follows the property, and the line goes away again', async () => {
        const el = (await place()) as unknown as HTMLElement & { showSources: boolean };
        el.showSources = true;
        await settled(el);
        expect(sourceLines(el)).to.have.length(sections.length);
        expect(el.hasAttribute('show-sources')).to.equal(true);
        el.removeAttribute('show-sources');
        await settled(el);
        expect(sourceLines(el)).to.deep.equal([]);
      });
    });
  }

  describe('a partner’s content and show-sources', () => {
    const info = ELEMENTS.find((e) => e.tag === 'mes-priorities')!;
    const { place } = subject(info);

    it('shows no source for a partner’s text that brings none (the built-in source does not vouch for it)', async () => {
      const el = (await place({ 'show-sources': '' })) as HTMLElement & { content: unknown };
      el.content = { items: ['Our own priority.'] };
      await settled(el);
      expect(sourceLines(el)).to.deep.equal([]);
    });

    it('shows the partner’s own source, saying when it is their own wording', async () => {
      const el = (await place({ 'show-sources': '' })) as HTMLElement & { content: unknown };
      el.content = {
        items: ['Our own priority.'],
        source: { url: 'https://partner.example.org/priorities/', text: 'library', checked: '2026-01-15' },
      };
      await settled(el);
      expect(sourceLines(el)).to.deep.equal([
        {
          text: 'Source (adapted): partner.example.org/priorities',
          href: 'https://partner.example.org/priorities/',
          lang: 'en',
        },
      ]);
    });

    it('refuses a source that is not a web page: no line for the partner’s text it came with', async () => {
      const el = (await place({ 'show-sources': '' })) as HTMLElement & { content: unknown };
      const errors: string[][] = [];
      el.addEventListener('mes-content-error', (e) => errors.push((e as CustomEvent).detail.problems));
      const warnings = captureWarnings();
      try {
        el.content = {
          items: ['Our own priority.'],
          source: { url: 'javascript:alert(1)', text: 'ministry', checked: '2026-01-15' },
        };
        await settled(el);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(errors.flat()).to.include('source.url: expected the address of a web page (https://…)');
      expect(sourceLines(el)).to.deep.equal([]);
    });
  });
});
