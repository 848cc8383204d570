#!/usr/bin/env node
/**
 * Keeps the README's generated parts current:
 *
 * - the element reference (attributes, properties, events, CSS parts, CSS custom properties), written from
 *   custom-elements.json between the markers `<!-- reference:start -->` and `<!-- reference:end -->`;
 * - the version in every published URL, `https://unpkg.com/mes-components@<version>/…`, from package.json;
 * - the `integrity` of each `<script>` or `<link>` that loads a file of `dist/cdn/` from such a URL: for the entry
 *   `mes-components.js`, the hash of the CDN build, which this script makes in memory (`vite build --mode cdn`, about
 *   a second, nothing written); for a host adapter `themes/<name>.css`, the hash of `src/themes/<name>.css`, which the
 *   build copies as it is.
 *
 * `npm run docs` writes them (and nothing when all is current). `--check` (in `npm run lint`) exits 1 when the
 * README is not current instead of writing it; it also checks that the Storybook's Embedding guide shows the same CDN
 * URL. `--check --from-dist` (in .ci/run, after `npm run build`) takes the entry's hash from the file the build
 * wrote, dist/cdn/mes-components.js.sri, so that what the README shows is proven to be what the build makes.
 *
 * A script rather than `@custom-elements-manifest/to-markdown`: that tool writes a document of its own in its own
 * layout; it neither writes between two markers of an existing README nor says whether the README is current.
 */
import { createHash } from 'node:crypto';
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

const check = process.argv.includes('--check');
const fromDist = process.argv.includes('--from-dist');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const CDN = 'https://unpkg.com/mes-components@';

// The version in every published URL.
next = next.replace(/https:\/\/unpkg\.com\/mes-components@[^/\s"'`]+\//g, `${CDN}${version}/`);

const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

/** The integrity of the CDN entry: from the build's .sri file, or from a CDN build made in memory. */
async function entryIntegrity() {
  if (fromDist) {
    const file = 'dist/cdn/mes-components.js.sri';
    if (!existsSync(file)) {
      console.error(`readme-reference: ${file} does not exist; run \`npm run build\` first.`);
      process.exit(2);
    }
    return readFileSync(file, 'utf8').trim();
  }
  const { build } = await import('vite');
  const result = await build({ mode: 'cdn', logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const entry = outputs.find((o) => o.type === 'chunk' && o.fileName === 'mes-components.js');
  if (!entry) throw new Error('readme-reference: the CDN build made no mes-components.js');
  return sri(entry.code);
}

// Each tag that loads a file of dist/cdn/ from the published URL, with its integrity.
const TAG =
  /<(?:script|link)\b[^>]*?\b(?:src|href)="https:\/\/unpkg\.com\/mes-components@[^/]+\/dist\/cdn\/([^"]+)"[^>]*?\bintegrity="([^"]*)"/g;
const files = new Set([...next.matchAll(TAG)].map((m) => m[1]));
const hashes = new Map();
for (const file of files) {
  if (file === 'mes-components.js') hashes.set(file, await entryIntegrity());
  else if (/^themes\/[\w-]+\.css$/.test(file)) hashes.set(file, sri(readFileSync(`src/${file}`)));
  else {
    console.error(
      `readme-reference: README.md gives an integrity for dist/cdn/${file}, which this script cannot hash.`,
    );
    process.exit(2);
  }
}
next = next.replace(TAG, (tag, file, old) => tag.replace(`integrity="${old}"`, `integrity="${hashes.get(file)}"`));

if (check) {
  const problems = [];
  if (next !== readme) {
    const part = (a, b) => a.slice(a.indexOf(START), a.indexOf(END)) !== b.slice(b.indexOf(START), b.indexOf(END));
    if (part(next, readme)) problems.push('the element reference is not current');
    const urls = (t) => t.match(/https:\/\/unpkg\.com\/mes-components@[^/]+\//g) ?? [];
    if (urls(next).join() !== urls(readme).join()) problems.push(`a published URL does not name version ${version}`);
    const integrities = (t) => [...t.matchAll(TAG)].map((m) => `${m[1]} ${m[2]}`);
    const [want, have] = [integrities(next), integrities(readme)];
    for (let i = 0; i < want.length; i++)
      if (want[i] !== have[i])
        problems.push(
          `the integrity of dist/cdn/${want[i].split(' ')[0]} is ${want[i].split(' ')[1]}` +
            `${fromDist ? ' (dist/cdn/mes-components.js.sri)' : ''}, not ${have[i].split(' ')[1]}`,
        );
  }
  // The Storybook's Embedding guide shows the same URL as the README, with the version of package.json.
  const guide = 'stories/embedding.stories.ts';
  if (!readFileSync(guide, 'utf8').includes(`${CDN}\${version}/dist/cdn/mes-components.js`))
    problems.push(`${guide} does not show the CDN URL ${CDN}\${version}/dist/cdn/mes-components.js`);
  if (problems.length) {
    console.error(`README.md: ${problems.join('; ')}. Run \`npm run docs\` and commit README.md.`);
    process.exit(1);
  }
  console.log(
    `README.md: the element reference, the published URLs (${version}) and the integrity hashes are current` +
      `${fromDist ? " (the entry's as dist/cdn/mes-components.js.sri)" : ''}.`,
  );
} else if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md: written (element reference, published URLs, integrity hashes).');
} else {
  console.log('README.md: already current.');
}
