/**
 * custom-elements.json (`npm run analyze`, also run by `npm run build`) against the Custom Elements Manifest schema
 * that the `custom-elements-manifest` package ships, and against the registry of the elements (dist/elements.js):
 * every tag has its `custom-element-definition` export in its defining module, pointing at the class that
 * implements it, where that class is declared. Also the editor data made from the manifest
 * (custom-elements-manifest.editors.config.mjs). Run with `npm run test:schema` after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { ELEMENTS, LANGS } = await import(pathToFileURL(resolve('dist/elements.js')).href);

const modules = manifest.modules ?? [];
const definitions = modules.flatMap((m) =>
  (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: m.path })),
);

describe('custom-elements.json', () => {
  it(`is valid by the schema of custom-elements-manifest ${require('custom-elements-manifest/package.json').version}`, () => {
    // The schema uses union types (`"type": ["string", "boolean"]`), which Ajv's strict mode asks to allow by name.
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    const errors = validate(manifest) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
    assert.deepEqual(errors, []);
  });

  it('the schema check finds a broken manifest: a module without its kind, an export without its declaration', () => {
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    const broken = structuredClone(manifest);
    const definition = broken.modules.find((m) => m.exports?.some((e) => e.kind === 'custom-element-definition'));
    delete definition.kind;
    delete definition.exports.find((e) => e.kind === 'custom-element-definition').declaration;
    assert.equal(validate(broken), false);
    const messages = validate.errors.map((e) => `${e.instancePath} ${e.message}`);
    assert.ok(
      messages.some((m) => /^\/modules\/\d+ must have required property 'kind'$/.test(m)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => /^\/modules\/\d+\/exports\/\d+ must have required property 'declaration'$/.test(m)),
      messages.join('\n'),
    );
  });

  it('declares a custom element definition for each tag of the registry, and for no other tag', () => {
    assert.deepEqual(definitions.map((d) => d.name).sort(), ELEMENTS.map((e) => e.tag).sort());
  });

  for (const { tag, className, folder } of ELEMENTS) {
    it(`defines <${tag}> in src/components/${folder}/mes-${folder}.ts, as ${className} where that class is declared`, () => {
      const defined = definitions.filter((d) => d.name === tag);
      assert.equal(defined.length, 1, `${defined.length} definitions of ${tag}`);
      const [definition] = defined;
      assert.equal(definition.in, `src/components/${folder}/mes-${folder}.ts`);
      assert.equal(definition.declaration.name, className);
      assert.equal(definition.declaration.package, undefined, 'the class is in this package');
      const declaring = modules.find((m) => m.path === definition.declaration.module);
      assert.ok(declaring, `${definition.declaration.module} is a module of the manifest`);
      const klass = (declaring.declarations ?? []).find((d) => d.kind === 'class' && d.name === className);
      assert.ok(klass, `${definition.declaration.module} declares the class ${className}`);
      assert.equal(klass.customElement, true);
      assert.equal(klass.tagName, tag);
      assert.match(definition.declaration.module, new RegExp(`^src/components/${folder}/`));
    });
  }
});

describe('the editor data made from custom-elements.json', () => {
  const tags = ELEMENTS.map((e) => e.tag).sort();
  const described = (el) => {
    const declaration = modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === el.name);
    return [declaration.summary, declaration.description].every((text) => text && el.description.includes(text.trim()));
  };

  it('dist/vscode.html-custom-data.json: every element, with its summary and description, and the values of lang and heading-level', () => {
    const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
    assert.deepEqual(data.tags.map((t) => t.name).sort(), tags);
    for (const el of data.tags) {
      assert.ok(described(el), `${el.name}: summary and description`);
      const values = (name) => el.attributes.find((a) => a.name === name)?.values.map((v) => v.name);
      assert.deepEqual(values('lang'), [...LANGS], el.name);
      assert.deepEqual(values('heading-level'), ['1', '2', '3', '4', '5', '6'], el.name);
    }
  });

  it('dist/web-types.json: the package, every element with its summary and description, and the values of lang and heading-level', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const data = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.deepEqual([data.name, data.version], [pkg.name, pkg.version]);
    const elements = data.contributions.html.elements;
    assert.deepEqual(elements.map((e) => e.name).sort(), tags);
    for (const el of elements) {
      assert.ok(described(el), `${el.name}: summary and description`);
      const type = (name) => el.attributes.find((a) => a.name === name)?.value.type;
      assert.equal(type('lang'), LANGS.map((l) => `'${l}'`).join(' | '), el.name);
      assert.equal(type('heading-level'), "'1' | '2' | '3' | '4' | '5' | '6'", el.name);
    }
  });

  it('leaves custom-elements.json as the analyzer writes it (the fields made for the editor plugins are removed)', () => {
    const text = readFileSync('custom-elements.json', 'utf8');
    assert.equal(/"editor(Values|Description)"/.test(text), false);
  });
});
