import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * One entry per element (`src/components/<name>/mes-<name>.ts`), `src/index.ts`, the registry `src/elements.ts`
 * (plain data, for Node scripts), and `src/date.ts` (the elements' date code, for the CLI: no DOM, no Lit).
 */
function entries(): Record<string, string> {
  const out: Record<string, string> = {
    index: resolve('src/index.ts'),
    elements: resolve('src/elements.ts'),
    date: resolve('src/date.ts'),
  };
  for (const name of readdirSync('src/components', { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const file = resolve('src/components', name.name, `mes-${name.name}.ts`);
    if (existsSync(file)) out[`components/mes-${name.name}`] = file;
  }
  return out;
}

/**
 * `vite build` writes the ES modules for bundlers to dist/ (lit stays an import);
 * `vite build --mode cdn` writes dist/cdn/mes-components.js, a minified module with Lit inside that
 * defines every element, and beside it the chunks of Russian and Belarusian content it fetches on demand.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      // CSS and HTML inside Lit's `css` and `html` templates are minified like the code around them.
      plugins: [minifyTemplateLiterals()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: resolve('src/index.ts'),
          formats: ['es'],
          fileName: () => 'mes-components.js',
        },
        // Russian and Belarusian content are chunks beside the entry, fetched when a page needs them.
        // Library mode keeps whitespace in ES output for bundlers; this file goes to browsers as it is.
        rolldownOptions: {
          // Chunks import what they share with the entry from the entry itself, not from more chunks.
          preserveEntrySignatures: 'allow-extension',
          // For browsers as it is: no whitespace, and no comments but licences.
          output: {
            chunkFileNames: 'mes-components-[name]-[hash].js',
            minify: true,
            comments: { legal: true, annotation: false, jsdoc: false },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyTemplateLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: entries(),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
