#!/usr/bin/env node
/**
 * Writes dist/cdn/mes-components-hydrate.js: the CDN module (every element, Lit inside) with Lit's hydration
 * support, for pages that hold static HTML of the elements (dist/static/, `mes-components render`). The
 * hydration support must run before Lit defines LitElement, so it is the first import; it shares the bundle's
 * one copy of Lit. It is a separate file because it costs about 2 KB (min+gzip) that other pages need not load.
 *
 * Built with the project's `cdn` configuration (same plugins and chunk names), after `vite build --mode cdn`:
 * the language chunks are the same files as the main module's when their code is the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'vite';

// The language files have fixed names (vite.config.ts), so both entries must share them: this build may rewrite
// them only with the same bytes (they import nothing from an entry).
const LANGUAGE_FILES = ['dist/cdn/mes-components-ru.js', 'dist/cdn/mes-components-be.js'];
const before = LANGUAGE_FILES.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : null));

const ENTRY = 'virtual:mes-components-hydrate';

await build({
  mode: 'cdn',
  logLevel: 'warn',
  plugins: [
    {
      name: 'mes-components-hydrate-entry',
      enforce: 'pre',
      resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
      load: (id) =>
        id === `\0${ENTRY}`
          ? `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nexport * from '/src/index.ts';\n`
          : null,
    },
  ],
  build: {
    emptyOutDir: false,
    lib: { entry: ENTRY, formats: ['es'], fileName: () => 'mes-components-hydrate.js' },
  },
});
for (const [i, file] of LANGUAGE_FILES.entries()) {
  if (before[i] !== null && readFileSync(file, 'utf8') !== before[i]) {
    console.error(
      `build-hydrate: ${file} differs between the two entries' builds; a language file must import nothing from an entry.`,
    );
    process.exit(1);
  }
}
console.log('build-hydrate: dist/cdn/mes-components-hydrate.js written');
