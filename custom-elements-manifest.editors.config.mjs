/**
 * The manifest's config (custom-elements-manifest.config.mjs) plus the editor data made from it, with the
 * analyzer plugins made for this:
 * - dist/vscode.html-custom-data.json: VS Code's HTML custom data (`"html.customData"` in settings), so that the
 *   editor completes the tags and attributes and shows their descriptions (custom-element-vs-code-integration);
 * - dist/web-types.json: the same for JetBrains IDEs, which find it through package.json `"web-types"`
 *   (custom-element-jet-brains-integration).
 * `npm run build` runs it after `vite build` (which empties dist/): `npm run analyze -- --config <this file>`.
 *
 * Two fields feed the plugins, set by the plugin below just before them and removed just after, so that
 * custom-elements.json is the same as `npm run analyze` writes:
 * - `editorValues` on `lang` and `heading-level` (the plugins' `typesSrc`): both plugins offer an attribute's values
 *   for completion when its type is a union of literals, but these two take any text in HTML (a regional tag, a
 *   number), so their types in the manifest stay wide;
 * - `editorDescription` on each element (the plugins' `descriptionSrc`): its summary and its description, where the
 *   plugins would show only one of them.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import manifestConfig from './custom-elements-manifest.config.mjs';

// The registry's list of languages, as `npm run build` has compiled it.
const { LANGS } = await import(pathToFileURL(resolve('dist/elements.js')).href);

const literals = (values) => values.map((v) => `'${v}'`).join(' | ');

/** The values an editor offers for an attribute, by its name. */
const VALUES = {
  lang: literals(LANGS),
  'heading-level': literals(['1', '2', '3', '4', '5', '6']),
};

function* elementsOf(customElementsManifest) {
  for (const mod of customElementsManifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) if (decl.customElement) yield decl;
  }
}

const editorFields = {
  set: {
    name: 'mes-editor-fields',
    packageLinkPhase({ customElementsManifest }) {
      for (const el of elementsOf(customElementsManifest)) {
        el.editorDescription = [el.summary, el.description].filter(Boolean).join('\n\n');
        for (const attr of el.attributes ?? []) {
          if (VALUES[attr.name]) attr.editorValues = { text: VALUES[attr.name] };
        }
      }
    },
  },
  remove: {
    name: 'mes-editor-fields-removed',
    packageLinkPhase({ customElementsManifest }) {
      for (const el of elementsOf(customElementsManifest)) {
        delete el.editorDescription;
        for (const attr of el.attributes ?? []) delete attr.editorValues;
      }
    },
  },
};

/** What both plugins are given. */
const shared = {
  outdir: 'dist',
  descriptionSrc: 'editorDescription',
  typesSrc: 'editorValues',
  // Methods are the elements' machinery (content checks, rendering), not something to use from HTML.
  hideMethodDocs: true,
  hideLogs: true,
};

export default {
  ...manifestConfig,
  plugins: [
    ...manifestConfig.plugins,
    editorFields.set,
    customElementVsCodePlugin({ ...shared, htmlFileName: 'vscode.html-custom-data.json', cssFileName: null }),
    customElementJetBrainsPlugin({ ...shared, webTypesFileName: 'web-types.json' }),
    editorFields.remove,
  ],
};
