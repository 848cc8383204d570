#!/usr/bin/env node
/**
 * Builds dist/react/index.js, the `mes-components/react` entry (src/react/index.ts), after `vite build`.
 *
 * React stays an import (an optional peer dependency), and so do Lit and the library itself: the wrappers
 * import `../index.js`, the library's own entry in dist/, so that a page that imports both
 * `mes-components` and `mes-components/react` defines each element once. `@lit/react` (1.4 KB, no
 * imports) is bundled in, so that the package needs no other dependency. Types: `tsc -p
 * tsconfig.build.json` writes dist/react/index.d.ts.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const libraryEntry = resolve('src/index.ts');

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/react',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: resolve('src/react/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: {
      external: (id, importer) =>
        /^(react|react-dom|lit)(\/|$)/.test(id) ||
        /^@lit\/(?!react)/.test(id) ||
        (importer !== undefined && resolve(importer, '..', id).replace(/\.js$/, '.ts') === libraryEntry),
      // The library's entry is dist/index.js, one folder up from dist/react/index.js.
      output: {
        paths: (id) => (id.replace(/\.js$/, '.ts') === libraryEntry || id === '../index.js' ? '../index.js' : id),
      },
    },
  },
});
console.log('build-react: wrote dist/react/index.js');
