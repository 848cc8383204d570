/**
 * Part of `npm run test:ssr` (after `npm run build`): the package in a plain Node renderer, imported by its name as a
 * portal imports it (the package's `exports`, `node` condition), with `@lit-labs/ssr` and no DOM shim of its own.
 * - `render()` of an element with `lang="be"` or `lang="ru"` gives that language at once, with no `loadContent` first
 *   (the README's "Use it in a CMS" snippet, as it is written there);
 * - an element without `lang` renders English, and does not throw;
 * - the element and React entries in Node have every language too;
 * - `inheritPageLang()` writes a page's language on the elements that have none, and nothing else.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import process from 'node:process';
import { describe, it } from 'node:test';
import { ROOT } from '../support/elements.mjs';

// (In a child process, so that each import starts from a Node without the library loaded.)
const node = (code) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: join(ROOT, 'test/ssr'),
    encoding: 'utf8',
  });

/** The README's Node renderer snippet, as it is printed there. */
const SNIPPET = join(ROOT, 'test/ssr/readme-snippet.mjs');

/** The title of `<mes-priorities>` in each language (the library's own content). */
const content = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'test/ssr/content.mjs')], { encoding: 'utf8' }));
const titles = Object.fromEntries(Object.entries(content).map(([lang, c]) => [lang, c.priorities.title]));

describe('mes-components in a Node renderer (@lit-labs/ssr)', () => {
  it('has titles to look for in each language', () => {
    assert.equal(new Set(Object.values(titles)).size, 3, JSON.stringify(titles));
  });

  it("renders be and ru with render() from the main entry, with no extra call (the README's snippet)", () => {
    const [be, ru] = ['be', 'ru'].map((lang) =>
      execFileSync(process.execPath, [SNIPPET, lang], { cwd: join(ROOT, 'test/ssr'), encoding: 'utf8' }),
    );
    assert.match(be, /<mes-priorities\s+lang="be"><template shadowroot="open" shadowrootmode="open">/);
    assert.match(be, /<div part="base" class="base" lang="be">/);
    assert(be.includes(titles.be), `the Belarusian title is not rendered:\n${be.slice(0, 600)}`);
    assert(!be.includes(titles.en), 'English is rendered');
    assert.match(ru, /<div part="base" class="base" lang="ru">/);
    assert(ru.includes(titles.ru), `the Russian title is not rendered:\n${ru.slice(0, 600)}`);
  });

  it('renders every element in be and ru, each in its language, and one without lang in English', () => {
    const out = JSON.parse(
      node(`import { render } from '@lit-labs/ssr';
        import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
        import { html, unsafeStatic } from 'lit/static-html.js';
        import { TAGS } from 'mes-components/elements.js';
        import 'mes-components';
        const out = {};
        for (const tag of TAGS)
          for (const lang of ['be', 'ru', '']) {
            const t = unsafeStatic(tag);
            const result = await collectResult(render(lang ? html\`<\${t} lang=\${lang}></\${t}>\` : html\`<\${t}></\${t}>\`));
            out[tag + '.' + (lang || 'none')] = [...result.matchAll(/<div part="base" class="base" lang="([a-z]+)">/g)].map((m) => m[1]);
          }
        console.log(JSON.stringify(out));`),
    );
    for (const [key, langs] of Object.entries(out)) {
      const lang = key.split('.')[1];
      assert(langs.length > 0, `${key}: nothing rendered`);
      assert(
        langs.every((l) => l === (lang === 'none' ? 'en' : lang)),
        `${key}: rendered in ${langs.join(', ')}`,
      );
    }
  });

  it('has every language in Node through the element and React entries too', () => {
    for (const entry of ['mes-components/components/mes-priorities.js', 'mes-components/react']) {
      const out = node(`import { render } from '@lit-labs/ssr';
        import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
        import { html } from 'lit';
        await import(${JSON.stringify(entry)});
        console.log(await collectResult(render(html\`<mes-priorities lang="ru"></mes-priorities>\`)));`);
      assert(out.includes(titles.ru), `${entry}: the Russian title is not rendered`);
    }
  });

  it('keeps loading ru and be on demand where the node condition is not used (a browser bundler)', () => {
    const out = node(`import { loadedContent } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
      console.log(String(loadedContent('be')?.lang), String(loadedContent('en')?.lang));`);
    assert.equal(out.trim(), 'undefined en');
  });
});

describe('inheritPageLang() (mes-components/server)', () => {
  const inherit = (html) =>
    node(`import { inheritPageLang } from 'mes-components/server';
      process.stdout.write(inheritPageLang(${JSON.stringify(html)}));`);

  it("writes the page's or the nearest ancestor's language on the elements without one", () => {
    const page =
      '<!doctype html><html lang="be"><head><title>t</title></head><body>' +
      '<mes-priorities></mes-priorities><section lang="ru-BY"><mes-structure-nav heading-level="3"></mes-structure-nav>' +
      '<mes-strategy-goals lang="en"></mes-strategy-goals></section><mes-priorities lang=""></mes-priorities></body></html>';
    assert.equal(
      inherit(page),
      '<!doctype html><html lang="be"><head><title>t</title></head><body>' +
        '<mes-priorities lang="be"></mes-priorities><section lang="ru-BY"><mes-structure-nav lang="ru-BY" heading-level="3"></mes-structure-nav>' +
        '<mes-strategy-goals lang="en"></mes-strategy-goals></section><mes-priorities lang="be"></mes-priorities></body></html>',
    );
  });

  it('leaves alone other elements, pages in other languages and pages without elements of the library', () => {
    for (const html of [
      '<html lang="be"><body><my-card></my-card><p>mes-priorities</p></body></html>',
      '<html lang="de"><body><mes-priorities></mes-priorities></body></html>',
      '<div><mes-priorities></mes-priorities></div>',
      '',
    ])
      assert.equal(inherit(html), html);
  });

  it('crosses declarative shadow roots, keeps line ends, and escapes what it writes', () => {
    assert.equal(
      inherit(
        '<div lang="ru">\r\n<x-host><template shadowrootmode="open"><mes-priorities\r\n></mes-priorities></template></x-host></div>',
      ),
      '<div lang="ru">\r\n<x-host><template shadowrootmode="open"><mes-priorities lang="ru"\r\n></mes-priorities></template></x-host></div>',
    );
    assert.equal(
      inherit(`<div lang='ru-"&'><mes-priorities></mes-priorities></div>`),
      `<div lang='ru-"&'><mes-priorities lang="ru-&quot;&amp;"></mes-priorities></div>`,
    );
  });
});
