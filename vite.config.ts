import { readdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * Minifies the CSS and HTML inside Lit's `css` and `html` templates of the library's own modules. Only those: Lit's
 * published files are minified already (and name `unsafeCSS`, which the plugin warns about for each), and Storybook,
 * which reads this file, has its own templates that are not the plugin's to touch.
 */
const minifyOwnTemplates = () => minifyTemplateLiterals({ include: ['src/**/*.ts'] });

/**
 * One entry per element (`src/components/<name>/mes-<name>.ts`), `src/index.ts`, the registry `src/elements.ts`
 * (plain data, for Node scripts), `src/date.ts` (the elements' date code, for the CLI: no DOM, no Lit),
 * `src/content/all.ts` (the built-in content in every language, for the CLI's content-diff: plain data), and the
 * Node entries: `src/node.ts` (the main entry with every language) and `src/server.ts`.
 */
function entries(): Record<string, string> {
  const out: Record<string, string> = {
    index: resolve('src/index.ts'),
    elements: resolve('src/elements.ts'),
    date: resolve('src/date.ts'),
    // For Node only (package.json's `node` condition and `mes-components/server`): every language at once.
    node: resolve('src/node.ts'),
    server: resolve('src/server.ts'),
    'builtin-content': resolve('src/content/all.ts'),
  };
  for (const name of readdirSync('src/components', { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const file = resolve('src/components', name.name, `mes-${name.name}.ts`);
    if (existsSync(file)) out[`components/mes-${name.name}`] = file;
  }
  return out;
}

/** Whether a module is content from outside: an element's check, the checks' toolkit, or the code that loads `src`. */
const OUTSIDE = [
  /[\\/]src[\\/]components[\\/](?:[^\\/]+[\\/])?(?:list-)?check\.ts$/,
  /[\\/]src[\\/]content[\\/](?:validate|source-check)\.ts$/,
  /[\\/]src[\\/]core[\\/]content-load\.ts$/,
];

/**
 * Content from outside is one chunk (`outside`), fetched the first time an element is given content: each element
 * imports its own check on demand, and the build groups them all with the code of the content controller that
 * loads and checks. Only these modules: what they share with the elements (dates, URLs) stays where it is.
 */
const codeSplitting = {
  groups: [
    { name: 'outside', test: (id: string) => OUTSIDE.some((re) => re.test(id)), includeDependenciesRecursively: false },
  ],
};

/**
 * Fails the build when the `outside` chunk imports a module that defines elements (an entry of the npm build): loading
 * the checks must define nothing. (Rolldown may move a module that an element and a check share into the element's
 * entry; a check must then not import that module, but be given what it needs, as the strategy's period.)
 */
const outsideDefinesNothing: Plugin = {
  name: 'mes-outside-defines-nothing',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.name !== 'outside') continue;
      const entries = chunk.imports.filter((name) => {
        const imported = bundle[name];
        return imported?.type === 'chunk' && imported.isEntry;
      });
      if (entries.length > 0)
        this.error(`the chunk of content from outside imports entries, which define elements: ${entries.join(', ')}`);
    }
  },
};

/**
 * The Node entry (src/node.ts) imports the Russian and Belarusian content to have it at once; this gives it a copy
 * of its own, so that the browser's chunks of them, fetched on demand, stay what they were: imported by nothing
 * but the content store, and nothing added to them or to the chunks around them.
 */
const nodeContentCopy: Plugin = {
  name: 'mes-node-content-copy',
  enforce: 'pre',
  resolveId: {
    filter: { id: /^\.\/content\/(?:ru|be)\.js$/ },
    handler: (source, importer) =>
      importer && /[\\/]src[\\/]node\.ts$/.test(importer)
        ? `${resolve(dirname(importer), source.replace(/\.js$/, '.ts'))}?node-copy`
        : null,
  },
};

/**
 * Each language file of the CDN build carries its own copy of what the Russian and Belarusian content share (the
 * sources' links and the queue it hands its content to), rather than importing a chunk of them: a page that loads
 * its language file beside the entry then waits for two files, not for a third that is found only once the language
 * file has arrived (a round trip more before the first paint). The copies are a few hundred bytes.
 */
const languageFileCopies: Plugin = {
  name: 'mes-language-file-copies',
  enforce: 'pre',
  resolveId: {
    filter: { id: /^\.\/(?:sources|register)\.js$/ },
    handler: (source, importer) => {
      const lang = importer?.match(/[\\/]src[\\/]content[\\/](ru|be)\.ts$/)?.[1];
      return lang ? `${resolve(dirname(importer!), source.replace(/\.js$/, '.ts'))}?${lang}-copy` : null;
    },
  },
};

/**
 * `vite build` writes the ES modules for bundlers to dist/ (lit stays an import);
 * `vite build --mode cdn` writes dist/cdn/mes-components.js, a minified module with Lit inside that
 * defines every element, and beside it the chunks it fetches on demand: Russian and Belarusian content, and content
 * from outside (both builds make that one chunk, `outside`).
 */
export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      // CSS and HTML inside Lit's `css` and `html` templates are minified like the code around them.
      plugins: [minifyOwnTemplates(), languageFileCopies],
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
            // The language files have names without a hash, for a page to load its own beside the entry, render-blocking
            // (README, "No layout shift"); the URL's version keeps them apart from one release to the next.
            chunkFileNames: (chunk) =>
              /^(?:ru|be)$/.test(chunk.name) ? 'mes-components-[name].js' : 'mes-components-[name]-[hash].js',
            codeSplitting,
            minify: true,
            comments: { legal: true, annotation: false, jsdoc: false },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyOwnTemplates(), outsideDefinesNothing, nodeContentCopy],
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
        external: [/^lit(\/|$)/, /^@lit\//, /^parse5(\/|$)/],
        // The `outside` group takes only its own modules (see codeSplitting), which Rolldown allows when entries may export more.
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting },
      },
    },
  };
});
