#!/usr/bin/env node
/**
 * Copies the host adapters, src/themes/*.css (stylesheets that map GOV.UK Frontend's, USWDS's and Bootstrap's
 * values onto the elements' `--mes-*` properties), to dist/themes/ (`mes-components/themes/*`) and
 * dist/cdn/themes/ (beside the CDN bundle). Fails when an adapter's selector does not name exactly the library's
 * elements (the registry, dist/elements.js), so that a new element cannot be left out of one.
 * Run after both `vite build`s (`npm run build` does): they empty their folders.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAGS } from '../dist/elements.js';

const from = 'src/themes';
const to = ['dist/themes', 'dist/cdn/themes'];

const files = readdirSync(from)
  .filter((f) => f.endsWith('.css'))
  .sort();
if (files.length === 0) throw new Error(`themes: no stylesheet in ${from}/`);

const problems = [];
for (const file of files) {
  const css = readFileSync(join(from, file), 'utf8');
  // Every rule of an adapter is `:where(<the tags>) { … }`, at the top level or in a media query.
  const lists = [...css.matchAll(/:where\(([^)]*)\)\s*\{/g)].map((m) => m[1].split(',').map((t) => t.trim()));
  if (lists.length === 0) problems.push(`${file}: no :where(…) rule`);
  for (const list of lists) {
    const missing = TAGS.filter((t) => !list.includes(t));
    const unknown = list.filter((t) => !TAGS.includes(t));
    if (missing.length) problems.push(`${file}: a rule leaves out ${missing.join(', ')}`);
    if (unknown.length) problems.push(`${file}: a rule names ${unknown.join(', ')}, not elements of the library`);
  }
  // The declarations: what stands between braces that hold no other braces.
  const declarations = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\{([^{}]*)\}/g)].flatMap((m) =>
    m[1]
      .split(';')
      .map((d) => d.split(':')[0].trim())
      .filter(Boolean),
  );
  const other = declarations.filter((p) => !p.startsWith('--mes-'));
  if (other.length) problems.push(`${file}: sets ${[...new Set(other)].join(', ')}; an adapter sets --mes-* only`);
}
if (problems.length) throw new Error(`themes:\n- ${problems.join('\n- ')}`);

for (const dir of to) {
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file), readFileSync(join(from, file)));
}
console.log(`themes: ${files.join(', ')} → ${to.map((d) => `${d}/`).join(', ')}`);
