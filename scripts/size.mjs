#!/usr/bin/env node
/**
 * `npm run size`: the min+gzip size of the CDN entry, of every file in dist/, and of each element
 * bundled on its own (Lit included, as a page that uses only that element would load it). Exits 1 when
 * a budget is exceeded and `--check` is given. Run after `npm run build`.
 *
 * Budgets: the CDN entry (every element, English content) ≤ 20 KB; each element on its own ≤ 10 KB.
 * The Russian and Belarusian chunks are fetched only by pages in those languages and are listed apart.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const KB = 1024;
const BUDGET_CDN = 20 * KB;
const BUDGET_ELEMENT = 10 * KB;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(2)} KB`;

if (!existsSync('dist/cdn/mes-components.js')) {
  console.error('size: dist/cdn/mes-components.js does not exist; run `npm run build` first.');
  process.exit(2);
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.js')) yield path;
  }
}

function print(title, rows) {
  const width = Math.max(title.length, ...rows.map((r) => r[0].length));
  console.log(`\n${title.padEnd(width)}  ${'min'.padStart(10)}  ${'min+gzip'.padStart(10)}  budget`);
  for (const [name, raw, gzip, budget] of rows) {
    const verdict = budget ? `${gzip <= budget ? 'ok' : 'OVER'} (≤ ${kb(budget)})` : '';
    console.log(`${name.padEnd(width)}  ${kb(raw).padStart(10)}  ${kb(gzip).padStart(10)}  ${verdict}`);
  }
}

const failures = [];

// The published files.
const distRows = [...files('dist')].sort().map((path) => {
  const body = readFileSync(path);
  const name = relative('dist', path);
  const budget = name === 'cdn/mes-components.js' ? BUDGET_CDN : 0;
  const size = gz(body);
  if (budget && size > budget) failures.push(`${name}: ${kb(size)} > ${kb(budget)}`);
  return [name, body.length, size, budget];
});
print('dist/ file', distRows);

// Each element alone, with Lit, minified, as one entry (language chunks apart).
const elements = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/components/${d.name}/mes-${d.name}.ts`))
  .map((d) => d.name)
  .sort();
const elementRows = [];
for (const name of elements) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplateLiterals()],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(`src/components/${name}/mes-${name}.ts`), formats: ['es'], fileName: () => 'entry.js' },
      // As the CDN build: library mode alone would keep the whitespace that bundlers expect.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const entry = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  const size = gz(Buffer.from(entry.code));
  if (size > BUDGET_ELEMENT) failures.push(`mes-${name} alone: ${kb(size)} > ${kb(BUDGET_ELEMENT)}`);
  elementRows.push([`mes-${name}`, entry.code.length, size, BUDGET_ELEMENT]);
}
print('element alone (with Lit)', elementRows);

if (failures.length) {
  console.error(`\nsize: over budget:\n  ${failures.join('\n  ')}`);
  if (process.argv.includes('--check')) process.exit(1);
  process.exit(0);
}
console.log('\nsize: every budget is met.');
