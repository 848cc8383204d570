import { expect, fixture, html } from '@open-wc/testing';
import { inheritedLangTag, matchLang } from './lang.js';
import { parseHeadingLevel } from './heading.js';
import { integer, isSafeUrl, list, MAX_LIST_ITEMS, object, text, url } from '../content/validate.js';
import { defineElement } from './define.js';
import { VERSION } from './version.js';

describe('core', () => {
  describe('matchLang', () => {
    const cases: [string | null, string | null][] = [
      ['be', 'be'],
      ['ru', 'ru'],
      ['en', 'en'],
      ['ru-BY', 'ru'],
      ['be-BY', 'be'],
      ['BE-by', 'be'],
      ['en_GB', 'en'],
      [' ru ', 'ru'],
      ['fr', null],
      ['rus', null],
      ['', null],
      [null, null],
    ];
    for (const [tag, lang] of cases) {
      it(`maps ${JSON.stringify(tag)} to ${JSON.stringify(lang)}`, () => {
        expect(matchLang(tag)).to.equal(lang);
      });
    }
  });

  it('inheritedLangTag reads own, ancestor, shadow host and <html> lang', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="be"><span></span></div>`);
    const span = outer.querySelector('span')!;
    expect(inheritedLangTag(span)).to.equal('be');
    span.lang = 'ru-BY';
    expect(inheritedLangTag(span)).to.equal('ru-BY');
    const root = span.attachShadow({ mode: 'open' });
    const deep = document.createElement('p');
    root.append(deep);
    expect(inheritedLangTag(deep)).to.equal('ru-BY');
    const loose = document.createElement('p');
    document.documentElement.lang = 'en';
    expect(inheritedLangTag(loose)).to.equal('en');
  });

  it('parseHeadingLevel accepts 1–6 only', () => {
    expect([1, '2', ' 3 ', 6].map(parseHeadingLevel)).to.deep.equal([1, 2, 3, 6]);
    expect([0, 7, '2.5', 'h2', '', null, undefined, NaN].map(parseHeadingLevel)).to.deep.equal(Array(8).fill(null));
  });

  describe('validate', () => {
    it('reports every problem with its path, and keeps what is valid', () => {
      const check = object<{ title: string; items: string[]; year: number }>({
        title: text,
        items: list(text),
        year: integer(1900, 2100),
      });
      const problems: string[] = [];
      const value = check({ title: '  ', items: ['a', 3, 'b'], year: 1800, extra: true }, '', problems);
      expect(value).to.deep.equal({ items: ['a', 'b'] });
      expect(problems).to.deep.equal([
        'extra: unknown key',
        'title: must not be empty',
        'items[1]: expected text, got a number',
        'year: 1800 is outside 1900–2100',
      ]);
    });

    it('refuses an object that lacks a required key', () => {
      const check = object<{ name: string; url: string }>({ name: text, url }, ['name']);
      const problems: string[] = [];
      expect(check({ url: 'https://example.org/' }, 'link', problems)).to.equal(undefined);
      expect(problems).to.deep.equal(['link.name: is required']);
    });

    it('allows only http, https and mailto links', () => {
      expect(isSafeUrl('https://mchs.gov.by/')).to.equal(true);
      expect(isSafeUrl('mailto:info@example.org')).to.equal(true);
      expect(isSafeUrl('/relative/page')).to.equal(true);
      expect(isSafeUrl('javascript:alert(1)')).to.equal(false);
      expect(isSafeUrl(' JavaScript:alert(1)')).to.equal(false);
      expect(isSafeUrl('data:text/html,<b>x</b>')).to.equal(false);
    });

    it('refuses an empty list so that the built-in one stays', () => {
      const problems: string[] = [];
      expect(list(text)([], 'items', problems)).to.equal(undefined);
      expect(problems).to.deep.equal(['items: must not be empty']);
    });

    it('warns once when a second copy of the library defines its elements again', () => {
      const messages: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
      try {
        defineElement('mes-test-copy-a', class extends HTMLElement {});
        defineElement('mes-test-copy-b', class extends HTMLElement {});
        defineElement('mes-test-copy-a', class extends HTMLElement {}); // the "second copy"
        defineElement('mes-test-copy-b', class extends HTMLElement {});
      } finally {
        console.warn = original;
      }
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain(`mes-components ${VERSION} was loaded twice`);
    });

    it('refuses a list longer than MAX_LIST_ITEMS whole, and keeps one of exactly that length', () => {
      const problems: string[] = [];
      const ok = Array.from({ length: MAX_LIST_ITEMS }, (_, i) => `item ${i}`);
      expect(list(text)(ok, 'items', problems)).to.have.length(MAX_LIST_ITEMS);
      expect(problems).to.deep.equal([]);
      expect(list(text)([...ok, 'one more'], 'items', problems)).to.equal(undefined);
      expect(problems).to.deep.equal([
        `items: ${MAX_LIST_ITEMS + 1} entries, more than the ${MAX_LIST_ITEMS} a list may have`,
      ]);
    });
  });
});
