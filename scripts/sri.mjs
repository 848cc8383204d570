#!/usr/bin/env node
/**
 * Prints the Subresource Integrity hash (`sha384-…`) of the CDN entry dist/cdn/mes-components.js and
 * writes it to dist/cdn/mes-components.js.sri, for the `integrity` attribute of a script tag:
 *   <script type="module" src="…/cdn/mes-components.js" integrity="sha384-…" crossorigin="anonymous"></script>
 * That hash covers the entry only: the browser does not check the Russian and Belarusian chunks the entry
 * imports on demand against it. For those, dist/cdn/integrity.json lists the hash of every script in
 * dist/cdn/ (for an import map's `"integrity"` section, where a browser supports it). Each host adapter,
 * dist/cdn/themes/<name>.css, gets its hash in dist/cdn/themes/<name>.css.sri, for the `integrity` of its `<link>`.
 * Run after `vite build --mode cdn` (`npm run build` does).
 * A few lines of node:crypto: no dependency is worth adding for them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = 'dist/cdn';
const hash = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`${dir}/${file}`))
    .digest('base64')}`;

const all = {};
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .sort())
  all[file] = hash(file);
if (!all['mes-components.js']) throw new Error(`sri: ${dir}/mes-components.js does not exist; run the CDN build first`);

writeFileSync(`${dir}/mes-components.js.sri`, `${all['mes-components.js']}\n`);
const themes = existsSync(`${dir}/themes`) ? readdirSync(`${dir}/themes`).filter((f) => f.endsWith('.css')) : [];
for (const file of themes) writeFileSync(`${dir}/themes/${file}.sri`, `${hash(`themes/${file}`)}\n`);
writeFileSync(`${dir}/integrity.json`, `${JSON.stringify(all, null, 2)}\n`);
console.log(`sri: ${dir}/mes-components.js integrity="${all['mes-components.js']}"`);
console.log(`sri: the hashes of all ${Object.keys(all).length} scripts in ${dir}/ are in ${dir}/integrity.json`);
if (themes.length) console.log(`sri: the host adapters' hashes are in ${dir}/themes/<name>.css.sri`);
