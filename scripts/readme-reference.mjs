#!/usr/bin/env node
/**
 * Writes the README's element reference (attributes, properties, events, CSS parts, CSS custom
 * properties) from custom-elements.json, between the markers
 * `<!-- reference:start -->` and `<!-- reference:end -->`. With `--check`, exits 1 when the README
 * is not current instead of writing it.
 *
 * A script rather than `@custom-elements-manifest/to-markdown`: that tool writes a document of its own in its own
 * layout; it neither writes between two markers of an existing README nor says whether the README is current.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (s) => (s ? `\`${cell(s)}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })))
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const sections = elements.map((el) => {
  const attrs = (el.attributes ?? []).map((a) => [
    code(a.name),
    code(a.fieldName),
    code(a.type?.text),
    cell(a.description),
  ]);
  const props = (el.members ?? [])
    .filter(
      (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.attribute && m.description,
    )
    .map((m) => [code(m.name), code(m.type?.text), cell(m.description)]);
  const events = (el.events ?? []).map((e) => [code(e.name), cell(e.description)]);
  const parts = (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const vars = (el.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]);
  return [
    `### \`<${el.tagName}>\``,
    cell(el.summary || el.description),
    `Import: \`mes-components/components/${el.tagName}.js\``,
    attrs.length ? `**Attributes**\n\n${table(['attribute', 'property', 'type', 'description'], attrs)}` : '',
    props.length ? `**Properties** (JavaScript only)\n\n${table(['property', 'type', 'description'], props)}` : '',
    events.length ? `**Events**\n\n${table(['event', 'description'], events)}` : '',
    parts.length ? `**CSS parts**\n\n${table(['part', 'description'], parts)}` : '',
    vars.length ? `**CSS custom properties**\n\n${table(['property', 'description'], vars)}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
});

const generated = `${START}\n<!-- Generated from custom-elements.json by scripts/readme-reference.mjs: edit the JSDoc in src/, then run \`npm run docs\`. -->\n\n${sections.join('\n\n')}\n\n${END}`;
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < 0) {
  console.error('readme-reference: README.md lacks the reference markers.');
  process.exit(2);
}
let next = readme.slice(0, from) + generated + readme.slice(to + END.length);
// The script-tag example carries the Subresource Integrity hash of the CDN entry, when a build has made one.
const SRI_FILE = 'dist/cdn/mes-components.js.sri';
if (existsSync(SRI_FILE) && !process.argv.includes('--check')) {
  const hash = readFileSync(SRI_FILE, 'utf8')
    .trim()
    .match(/sha384-[A-Za-z0-9+/=]+/)?.[0];
  const a = next.indexOf('<!-- sri:start -->');
  const b = next.indexOf('<!-- sri:end -->');
  if (hash && a >= 0 && b > a) {
    next = next.slice(0, a) + next.slice(a, b).replace(/integrity="[^"]*"/, `integrity="${hash}"`) + next.slice(b);
  }
}
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md: the element reference is not current; run `npm run docs` and commit it.');
    process.exit(1);
  }
  console.log('README.md: the element reference is current.');
} else if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md: element reference written.');
}
