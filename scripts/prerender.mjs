#!/usr/bin/env node
/**
 * `npm run build` step (after the ES modules are built): writes dist/static/<tag>.<lang>.html for every element
 * and each of be, ru, en: the element's static HTML (declarative shadow DOM, readable with JavaScript off)
 * followed by its schema.org JSON-LD, made by bin/render.js for today's date in Minsk, or for
 * `--today YYYY-MM-DD`.
 *
 * Also writes dist/static/csp-style-src.txt: the hash sources (`'sha256-…'`) of the `<style>` elements of that
 * static HTML, for the `style-src` of a page with a strict Content Security Policy (without them, such a page
 * shows the static HTML unstyled until the library loads). They change when the elements' CSS changes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderElement, todayInMinsk } from '../bin/render.js';
// The elements and languages: the registry (src/elements.ts, built by `vite build`).
import { LANGS, TAGS } from '../dist/elements.js';

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ?? todayInMinsk();
const dir = 'dist/static';

mkdirSync(dir, { recursive: true });
let count = 0;
const styles = new Set();
for (const tag of TAGS) {
  for (const lang of LANGS) {
    const html = await renderElement(tag, { lang, today });
    writeFileSync(`${dir}/${tag}.${lang}.html`, html);
    for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(m[1]);
    count++;
  }
}
const sources = [...styles].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`).sort();
writeFileSync(`${dir}/csp-style-src.txt`, `${sources.join(' ')}\n`);
console.log(
  `prerender: ${count} files written to ${dir}/ for ${today}; ${sources.length} style hashes in ${dir}/csp-style-src.txt`,
);
