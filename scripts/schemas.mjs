#!/usr/bin/env node
/**
 * Writes dist/schema/<tag>.json: the JSON Schema (draft-07) of each element's content, for a content
 * author's editor (`"$schema"` in a `src` file, VS Code `json.schemas`, JetBrains JSON Schema mappings).
 *
 * The schemas are not written by hand: each element's content check describes itself
 * (`check.schema()`, src/content/validate.ts), so the schema and the element cannot disagree. This script
 * reads the checks from the built library (dist/index.js, run in Node on Lit's server DOM shim), and
 * wraps each in the two forms an element accepts: one object, or one object per language
 * (`{ "en": {…}, "ru": {…} }`). Run after `vite build` (`npm run build` does).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { LANGS, TAGS } = await import(pathToFileURL(resolve('dist/elements.js')).href);

/** The elements (the registry, src/elements.ts), with the summary and `src` description from their JSDoc (through the manifest). */
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const elements = [...TAGS].sort().map((tag) => {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) throw new Error(`schemas: <${tag}> is not in custom-elements.json`);
  return {
    tag,
    summary: d.summary ?? d.description ?? '',
    src: d.attributes?.find((a) => a.name === 'src')?.description ?? '',
  };
});

// Importing the library defines every element in the shim's registry (lit's Node build installs it).
await import(pathToFileURL(resolve('dist/index.js')).href);

/** The JSON Schema of an element's content (one object), from its content check. */
async function contentSchema(tag) {
  const Element = globalThis.customElements.get(tag);
  if (!Element) throw new Error(`schemas: <${tag}> is not defined by dist/index.js`);
  const check = await Element.contentCheck();
  if (typeof check?.schema !== 'function') throw new Error(`schemas: the content check of <${tag}> has no JSON Schema`);
  return check.schema();
}

/** `#/definitions/<tag>` references in a schema. */
function refs(schema, out = new Set()) {
  if (Array.isArray(schema)) schema.forEach((s) => refs(s, out));
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')) out.add(value.slice(14));
      else refs(value, out);
    }
  }
  return out;
}

/** A language key as the elements read it: one of LANGS, any case, with a region or script after - or _. */
const anyCase = (lang) => [...lang].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');
const LANGUAGE_KEY = `^\\s*(?:${LANGS.map(anyCase).join('|')})(?:[-_].*)?$`;

mkdirSync('dist/schema', { recursive: true });
const written = [];
for (const { tag, summary, src } of elements) {
  const own = await contentSchema(tag);
  // The definitions: the element's own content, and the content of the elements it is made of (by $ref).
  const definitions = { [tag]: own };
  for (let pending = [...refs(own)]; pending.length > 0;) {
    const name = pending.shift();
    if (definitions[name]) continue;
    definitions[name] = await contentSchema(name);
    pending.push(...refs(definitions[name]));
  }
  const single = {
    ...own,
    title: `<${tag}> content`,
    properties: {
      $schema: { type: 'string', description: 'This file’s JSON Schema, for editors; the element ignores it.' },
      ...own.properties,
    },
  };
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Content of <${tag}> (${pkg.name} ${pkg.version})`,
    description: [
      summary,
      src,
      'Each key is optional unless marked required; what a file leaves out comes from the built-in content. Give one object, or one object per language: { "en": {…}, "ru": {…}, "be": {…} }.',
    ]
      .filter(Boolean)
      .join('\n\n'),
    oneOf: [
      single,
      {
        title: `<${tag}> content per language`,
        type: 'object',
        minProperties: 1,
        properties: { $schema: { type: 'string' } },
        propertyNames: { anyOf: [{ pattern: LANGUAGE_KEY }, { const: '$schema' }] },
        additionalProperties: { $ref: `#/definitions/${tag}` },
      },
    ],
    definitions,
  };
  writeFileSync(`dist/schema/${tag}.json`, `${JSON.stringify(schema, null, 2)}\n`);
  written.push(`dist/schema/${tag}.json`);
}
console.log(`schemas: wrote ${written.length} JSON Schemas: ${written.join(', ')}`);
