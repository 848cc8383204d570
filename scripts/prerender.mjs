#!/usr/bin/env node
/**
 * `npm run build` step (after the ES modules are built): writes dist/static/<tag>.<lang>.html for every element
 * and each of be, ru, en: the element's static HTML (declarative shadow DOM, readable with JavaScript off)
 * followed by its schema.org JSON-LD, made by bin/render.js for today's date in Minsk, or for
 * `--today YYYY-MM-DD`.
 *
 * Also writes dist/static/csp-style-src.txt: the hash sources (`'sha256-…'`) of the `<style>` elements of that
 * static HTML and of the guard of static HTML made with `--styles-href`, for the `style-src` of a page with a strict
 * Content Security Policy (without them, such a page shows the static HTML unstyled until the library loads). They
 * change when the elements' CSS changes.
 *
 * And dist/static/styles/mes-<hash>.css: the same CSS, one file for each distinct `<style>` (and the rule that ends
 * the guard's wait), for static HTML made with `mes-components render --styles-href <url>` (bin/styles.js), whose
 * shadow roots link these files instead.
 * The folder holds only the current files (it is emptied first): a file's name changes when its CSS does.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderElement, todayInMinsk } from '../bin/render.js';
import { shadowStyles, STYLE_GUARD, styleFile, styleFileName, styleHashSource } from '../bin/styles.js';
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
    const inShadowRoots = shadowStyles(html);
    const all = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    // Every <style> of the static HTML is a shadow root's (the hashes and the files below cover them all).
    if (all.length !== inShadowRoots.length) throw new Error(`${tag}.${lang}: a <style> outside a shadow root`);
    for (const css of all) styles.add(css);
    count++;
  }
}
// And the guard of static HTML made with `--styles-href` (bin/styles.js), so that one list serves both.
const sources = [...styles, STYLE_GUARD].map(styleHashSource).sort();
writeFileSync(`${dir}/csp-style-src.txt`, `${sources.join(' ')}\n`);
rmSync(`${dir}/styles`, { recursive: true, force: true });
mkdirSync(`${dir}/styles`);
for (const css of styles) writeFileSync(`${dir}/styles/${styleFileName(css)}`, styleFile(css));
console.log(
  `prerender: ${count} files written to ${dir}/ for ${today}; ${sources.length} style hashes in ${dir}/csp-style-src.txt ` +
    `and ${styles.size} style files in ${dir}/styles/`,
);
