/**
 * The JSON Schemas in dist/schema/ (`npm run build` writes them): the built-in content of every element in
 * every language passes its schema; files with mistakes fail it; and the schema and the element agree on
 * every sample (valid by the schema exactly when the element reports no problem).
 * Run with `npm run test:schema` after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { LANGS, TAGS, elementInfo, ownSection, partsOf } from './support/elements.mjs';

const lib = await import(pathToFileURL(resolve('dist/index.js')).href);
const ajv = new Ajv({ allErrors: true, strict: true });
const schemaOf = (tag) => JSON.parse(readFileSync(`dist/schema/${tag}.json`, 'utf8'));
const validators = new Map();
const validate = (tag) => {
  if (!validators.has(tag)) validators.set(tag, ajv.compile(schemaOf(tag)));
  return validators.get(tag);
};

/** The words of its interface that an element made of others (`partsOf`) has in its content besides its sections. */
const ownKeys = {
  'mes-international-cooperation': (c) => ({
    title: c.ui.page.internationalCooperation,
    generalInformation: c.ui.page.generalInformation,
  }),
};

/**
 * Each element's part of the built-in content (the registry's sections): its own section; for an element made of
 * others, its own keys and every section it shows.
 */
function sliceOf(tag, c) {
  if (partsOf(tag).length === 0) return c[ownSection(tag)];
  const { sections } = elementInfo(tag);
  return { ...ownKeys[tag](c), ...Object.fromEntries(sections.map((s) => [s, c[s]])) };
}

/** Each element's content check (a chunk the element loads when it is given content). */
const checks = {};
for (const tag of TAGS) checks[tag] = await customElements.get(tag).contentCheck();

/**
 * What the element itself says of a value: its content check's problems (and, for an element made of others, those
 * of the elements its sections are handed to, each of which checks its own).
 */
function elementProblems(tag, value) {
  const problems = [];
  checks[tag](value, '', problems);
  if (value && typeof value === 'object') {
    for (const part of partsOf(tag)) {
      const key = ownSection(part);
      if (value[key] !== undefined) problems.push(...elementProblems(part, value[key]));
    }
  }
  return problems;
}

/** A key of a per-language file: a language the library ships, any case, maybe with a region after - or _. */
const languageKey = new RegExp(`^(${LANGS.join('|')})([-_]|$)`, 'i');

const ajvErrors = (v) => (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');

describe('a JSON Schema for every element', () => {
  it(`is written for each of the ${TAGS.length} elements`, () => {
    for (const tag of TAGS) assert.equal(typeof validate(tag), 'function', tag);
    const manifestTags = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
      .modules.flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => d.tagName)
      .sort();
    assert.deepEqual(manifestTags, [...TAGS].sort());
  });
});

for (const lang of LANGS) {
  describe(`the built-in ${lang} content`, () => {
    for (const tag of TAGS) {
      it(`passes the schema of <${tag}> and the element's own check`, async () => {
        const content = await lib.loadContent(lang);
        assert.equal(content.lang, lang);
        const value = sliceOf(tag, content);
        const v = validate(tag);
        assert.ok(v(value), `${tag} ${lang}: ${ajvErrors(v)}`);
        assert.deepEqual(elementProblems(tag, value), []);
        // The per-language form too, as a `src` file for all three languages would give it.
        assert.ok(v({ [lang]: value, [`${lang}-BY`]: value }), `${tag} ${lang} (per language): ${ajvErrors(v)}`);
      });
    }
  });
}

/** Files a content author might write: [element, what it is, the file, whether it is right]. */
const samples = [
  ['mes-priorities', 'a partial override', { title: 'Our priorities' }, true],
  ['mes-priorities', 'an empty object (nothing replaced)', {}, true],
  [
    'mes-priorities',
    'the file names its schema',
    { $schema: '../node_modules/mes-components/dist/schema/mes-priorities.json', items: ['a'] },
    true,
  ],
  ['mes-priorities', 'one object per language', { en: { title: 'T' }, 'ru-BY': { items: ['пункт'] } }, true],
  [
    'mes-priorities',
    'its own source (provenance)',
    {
      items: ['Ours.'],
      source: {
        url: 'https://partner.example.org/',
        text: 'library',
        checked: '2026-01-31',
        unconfirmed: ['A name'],
        note: 'Our wording.',
      },
    },
    true,
  ],
  [
    'mes-priorities',
    'a source without a date',
    { source: { url: 'https://partner.example.org/', text: 'ministry' } },
    false,
  ],
  [
    'mes-priorities',
    'a source of an unknown kind',
    { source: { url: 'https://partner.example.org/', text: 'ours', checked: '2026-01-31' } },
    false,
  ],
  [
    'mes-priorities',
    'a source checked in month 13',
    { source: { url: 'https://partner.example.org/', text: 'ministry', checked: '2026-13-01' } },
    false,
  ],
  [
    'mes-priorities',
    'a source that is not a web page',
    { source: { url: 'mailto:info@example.org', text: 'ministry', checked: '2026-01-31' } },
    false,
  ],
  ['mes-priorities', 'a misspelt key', { tittle: 'Our priorities' }, false],
  ['mes-priorities', 'an empty title', { title: '  ' }, false],
  ['mes-priorities', 'items as text, not a list', { items: 'one, two' }, false],
  ['mes-priorities', 'an empty list', { items: [] }, false],
  ['mes-priorities', 'a number in the list', { items: ['a', 2] }, false],
  ['mes-priorities', 'a language the library does not ship', { fr: { title: 'Priorités' } }, false],
  ['mes-priorities', 'languages mixed with content keys', { en: { title: 'T' }, title: 'T' }, false],
  ['mes-priorities', 'a list instead of an object', [{ title: 'T' }], false],
  [
    'mes-strategy-goals',
    'years and links',
    { startYear: 2019, endYear: 2030, links: [{ label: 'Sendai', url: 'https://www.undrr.org/' }] },
    true,
  ],
  [
    'mes-strategy-goals',
    'a link to a document in another language',
    { links: [{ label: 'Сендайская рамачная праграма', url: 'https://undocs.org/ru/A/RES/69/283', hreflang: 'ru' }] },
    true,
  ],
  [
    'mes-strategy-goals',
    'a link language that is no language tag',
    { links: [{ label: 'x', url: '/x', hreflang: 'in Russian' }] },
    false,
  ],
  ['mes-strategy-goals', 'a relative link', { links: [{ label: 'Here', url: '/strategy.pdf' }] }, true],
  ['mes-strategy-goals', 'a mailto: link', { links: [{ label: 'Write', url: 'MAILTO:info@example.org' }] }, true],
  ['mes-strategy-goals', 'a javascript: link', { links: [{ label: 'x', url: 'javascript:alert(1)' }] }, false],
  ['mes-strategy-goals', 'a data: link after spaces', { links: [{ label: 'x', url: '  data:text/html,x' }] }, false],
  ['mes-strategy-goals', 'a link without a label', { links: [{ url: 'https://example.org/' }] }, false],
  ['mes-strategy-goals', 'a year as text', { startYear: '2019' }, false],
  ['mes-strategy-goals', 'a year with a fraction', { endYear: 2030.5 }, false],
  [
    'mes-holiday-calendar',
    'an added holiday',
    { extend: true, items: [{ id: 'rescuer-day', month: 7, day: 19, name: 'Rescuer day' }] },
    true,
  ],
  ['mes-holiday-calendar', '29 February', { items: [{ month: 2, day: 29, name: 'Leap day' }] }, true],
  ['mes-holiday-calendar', '30 February', { items: [{ month: 2, day: 30, name: 'No such day' }] }, false],
  ['mes-holiday-calendar', '31 April', { items: [{ month: 4, day: 31, name: 'No such day' }] }, false],
  ['mes-holiday-calendar', 'month 13', { items: [{ month: 13, day: 1, name: 'x' }] }, false],
  ['mes-holiday-calendar', 'a holiday without a name', { items: [{ month: 1, day: 1 }] }, false],
  ['mes-holiday-calendar', 'an id with spaces', { items: [{ id: 'my day', month: 1, day: 1, name: 'x' }] }, false],
  ['mes-holiday-calendar', 'extend as text', { extend: 'yes' }, false],
  [
    'mes-structure-nav',
    'a menu',
    {
      menus: [
        {
          id: 'm',
          title: 'Menu',
          groups: [{ title: 'G', items: [{ name: 'Unit', url: 'https://mchs.gov.by/' }, { name: 'No link' }] }],
        },
      ],
    },
    true,
  ],
  [
    'mes-structure-nav',
    'a menu that is one list (a group without a title)',
    { menus: [{ id: 'm', title: 'Menu', groups: [{ items: [{ name: 'Unit' }] }] }] },
    true,
  ],
  [
    'mes-international-cooperation',
    'the ministry with its source',
    { ministry: { source: { url: 'https://mchs.gov.by/', text: 'ministry', checked: '2026-12-05' } } },
    true,
  ],
  ['mes-structure-nav', 'a menu without groups', { menus: [{ id: 'm', title: 'Menu', groups: [] }] }, false],
  [
    'mes-structure-nav',
    'a unit with a javascript: link',
    { menus: [{ id: 'm', title: 'M', groups: [{ title: 'G', items: [{ name: 'U', url: 'javascript:void 0' }] }] }] },
    false,
  ],
  [
    'mes-international-cooperation',
    'a title and a section',
    { title: 'Cooperation', priorities: { items: ['a'] } },
    true,
  ],
  ['mes-international-cooperation', 'a mistake inside a section', { priorities: { items: [] } }, false],
  [
    'mes-international-cooperation',
    'an impossible holiday inside a section',
    { holidays: { items: [{ month: 6, day: 31, name: 'x' }] } },
    false,
  ],
  [
    'mes-international-cooperation',
    'a ministry without a valid link',
    { ministry: { url: 'ftp://example.org' } },
    false,
  ],
];

describe('the schema and the element agree', () => {
  for (const [tag, what, file, right] of samples) {
    it(`<${tag}>: ${what} is ${right ? 'accepted' : 'refused'}`, () => {
      const v = validate(tag);
      const bySchema = v(file);
      assert.equal(bySchema, right, `schema: ${ajvErrors(v) || 'no error'}`);
      // The element reads a per-language file one language at a time.
      const keys = Object.keys(file);
      const perLanguage = !Array.isArray(file) && keys.length > 0 && keys.every((k) => languageKey.test(k));
      const problems = perLanguage ? keys.flatMap((k) => elementProblems(tag, file[k])) : elementProblems(tag, file);
      assert.equal(problems.length === 0, right, `element: ${problems.join('; ') || 'no problem'}`);
    });
  }

  it('a bad file is refused with messages that point at the mistakes', () => {
    const v = validate('mes-priorities');
    assert.equal(v({ title: '', items: ['ok', 3] }), false);
    const paths = v.errors.map((e) => e.instancePath);
    assert.ok(paths.includes('/title'), paths.join(', '));
    assert.ok(paths.includes('/items/1'), paths.join(', '));
  });
});
