#!/usr/bin/env node
/**
 * Writes, from custom-elements.json (the manifest `npm run analyze` makes from the elements' JSDoc):
 * - dist/vscode.html-custom-data.json: VS Code's HTML custom data (`"html.customData"` in settings), so that
 *   the editor completes the tags and attributes and shows their descriptions;
 * - dist/web-types.json: the same for JetBrains IDEs (package.json `"web-types"` points at it);
 * - dist/jsx.d.ts: JSX types for React 19 and Preact (`<mes-priorities heading-level={3}>` type-checks),
 *   referenced from dist/index.d.ts and each dist/components/mes-<name>.d.ts.
 * Run after `tsc -p tsconfig.build.json` and scripts/entry-types.mjs (`npm run build` does).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const LANGS = ['be', 'ru', 'en'];

/** The custom elements of the manifest, by tag. */
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, modulePath: m.path })))
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) throw new Error('editor-data: custom-elements.json lists no element; run `npm run analyze`');

const oneLine = (s = '') => s.replace(/\s*\n\s*/g, ' ').trim();
const readme = `${(pkg.homepage ?? '').replace(/#.*$/, '')}`;

/** Known values of an attribute, for completion. */
function values(attr) {
  if (attr.name === 'lang') return LANGS;
  if (attr.name === 'heading-level') return ['1', '2', '3', '4', '5', '6'];
  return [];
}

/* ---------------------------------------------------------------------------------------------------------- */
/* VS Code custom data                                                                                        */
/* ---------------------------------------------------------------------------------------------------------- */

const customData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: {
      kind: 'markdown',
      value: [
        el.summary ?? '',
        el.description ?? '',
        el.events?.length ? `**Events:** ${el.events.map((e) => `\`${e.name}\``).join(', ')}` : '',
        el.cssParts?.length ? `**CSS parts:** ${el.cssParts.map((p) => `\`${p.name}\``).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    attributes: (el.attributes ?? []).map((attr) => ({
      name: attr.name,
      description: oneLine(attr.description),
      ...(values(attr).length ? { values: values(attr).map((name) => ({ name })) } : {}),
    })),
    ...(readme ? { references: [{ name: 'README', url: readme }] } : {}),
  })),
};
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(customData, null, 2)}\n`);

/* ---------------------------------------------------------------------------------------------------------- */
/* JetBrains web-types                                                                                        */
/* ---------------------------------------------------------------------------------------------------------- */

/** The value type of an attribute for web-types. */
function valueType(attr) {
  if (attr.name === 'lang') return { type: 'string', kind: 'plain' };
  const text = attr.type?.text ?? 'string';
  return { type: text.replace(/\s*\|\s*null\b/g, ''), kind: text.includes('number') ? 'expression' : 'plain' };
}

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: [el.summary, el.description].filter(Boolean).join('\n\n'),
        ...(readme ? { 'doc-url': readme } : {}),
        attributes: (el.attributes ?? []).map((attr) => ({
          name: attr.name,
          description: oneLine(attr.description),
          value: valueType(attr),
          ...(values(attr).length ? { values: values(attr).map((name) => ({ name })) } : {}),
        })),
        events: (el.events ?? []).map((e) => ({ name: e.name, description: oneLine(e.description) })),
        js: {
          properties: (el.members ?? [])
            .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'))
            .map((m) => ({ name: m.name, description: oneLine(m.description), ...(m.type?.text ? { type: m.type.text } : {}) })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: oneLine(e.description) })),
        },
        css: {
          parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
          properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
        },
      })),
    },
  },
};
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);

/* ---------------------------------------------------------------------------------------------------------- */
/* JSX types (React 19, Preact)                                                                               */
/* ---------------------------------------------------------------------------------------------------------- */

/** The `detail` type of each event, as the library exports it. Events not listed here are typed `CustomEvent`. */
const DETAIL_TYPES = {
  'mes-content-error': 'ContentErrorDetail',
  'mes-content-load': 'ContentLoadDetail',
  'mes-holiday-select': 'HolidaySelectDetail',
  'mes-menu-toggle': 'MenuToggleDetail',
};

/** The TypeScript type of an attribute in JSX (`null` left out: leave the attribute out instead). */
function jsxType(attr) {
  if (attr.name === 'lang') return `${LANGS.map((l) => `'${l}'`).join(' | ')} | (string & {})`;
  const text = (attr.type?.text ?? 'string').replace(/\s*\|\s*null\b/g, '').replace(/\bnull\s*\|\s*/g, '');
  if (!/^[\w\s|'"-]+$/.test(text)) return 'string';
  return text;
}

const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const classNames = elements.map((el) => el.name);
const detailTypes = [...new Set(elements.flatMap((el) => (el.events ?? []).map((e) => DETAIL_TYPES[e.name]).filter(Boolean)))];

const propsInterfaces = elements.map((el) => {
  const lines = [];
  for (const attr of el.attributes ?? []) {
    lines.push(`  /** ${oneLine(attr.description).replace(/\*\//g, '*\\/')} */`, `  '${attr.name}'?: ${jsxType(attr)};`);
  }
  lines.push(
    '  /** Content that replaces the built-in content (set as a property): the shape of this element’s JSON Schema. */',
    '  content?: unknown;',
  );
  for (const e of el.events ?? []) {
    const detail = DETAIL_TYPES[e.name];
    lines.push(
      `  /** \`${e.name}\`: ${oneLine(e.description).replace(/\*\//g, '*\\/')} (React 19 and Preact add it as an event listener.) */`,
      `  'on${e.name}'?: (event: ${detail ? `CustomEvent<${detail}>` : 'CustomEvent'}) => void;`,
    );
  }
  return `/** The attributes, \`content\` and events of \`<${el.tagName}>\` in JSX. */\nexport interface ${pascal(el.tagName)}JsxProps {\n${lines.join('\n')}\n}`;
});

const entries = (wrap) => elements.map((el) => `      '${el.tagName}': ${wrap(el.name, `${pascal(el.tagName)}JsxProps`)};`).join('\n');

const jsx = `/**
 * JSX types for the elements of ${pkg.name} ${pkg.version}, for React 19 and Preact: with them,
 * \`<mes-priorities heading-level={3} lang="ru" />\` type-checks, and a wrong attribute type does not.
 * Generated by scripts/editor-data.mjs from custom-elements.json; referenced from the package's types, so
 * \`import 'mes-components'\` brings them. Each framework's part applies only where that framework's types
 * are installed (the \`@ts-ignore\` lines keep a project without React or Preact free of errors).
 */
import type { ${[...classNames, ...detailTypes].join(', ')} } from './index.js';
// @ts-ignore -- applies only where React's types (@types/react) are installed
import type * as React from 'react';
// @ts-ignore -- applies only where Preact (10.20 or later) is installed
import type { HTMLAttributes as PreactHTMLAttributes } from 'preact';

${propsInterfaces.join('\n\n')}

/** React's props of an element: its HTML attributes, \`key\` and \`ref\`, and the element's own (which win). */
export type MesReactJsxProps<I extends HTMLElement, P> = Omit<React.DetailedHTMLProps<React.HTMLAttributes<I>, I>, keyof P> & P;

/** Preact's props of an element: its HTML attributes and the element's own (which win). */
export type MesPreactJsxProps<I extends HTMLElement, P> = Omit<PreactHTMLAttributes<I>, keyof P> & P;

// @ts-ignore -- applies only where React's types (@types/react) are installed
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries((cls, props) => `MesReactJsxProps<${cls}, ${props}>`)}
    }
  }
}

// @ts-ignore -- applies only where Preact is installed
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries((cls, props) => `MesPreactJsxProps<${cls}, ${props}>`)}
    }
  }
}
`;
writeFileSync('dist/jsx.d.ts', jsx);

/** References dist/jsx.d.ts from a declaration file (once). */
function reference(file, path) {
  if (!existsSync(file)) throw new Error(`editor-data: ${file} does not exist; run tsc -p tsconfig.build.json first`);
  const text = readFileSync(file, 'utf8');
  const line = `/// <reference path="${path}" />\n`;
  if (!text.startsWith(line)) writeFileSync(file, line + text);
}
reference('dist/index.d.ts', './jsx.d.ts');
for (const name of readdirSync('dist/components')) {
  if (/^mes-.*\.d\.ts$/.test(name)) reference(`dist/components/${name}`, '../jsx.d.ts');
}

console.log(
  `editor-data: ${elements.length} elements → dist/vscode.html-custom-data.json, dist/web-types.json, dist/jsx.d.ts`,
);
