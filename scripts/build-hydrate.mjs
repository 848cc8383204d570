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
import { build } from 'vite';

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
console.log('build-hydrate: dist/cdn/mes-components-hydrate.js written');
