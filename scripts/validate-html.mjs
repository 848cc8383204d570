#!/usr/bin/env node
/**
 * `npm run test:html` (after `npm run build`): the static HTML of dist/static/ checked by the Nu HTML Checker
 * (the `vnu-jar` package; it needs Java 17 or later).
 *
 * A snippet is a fragment for a page's `<body>`, so each one is checked inside a minimal document of its own
 * (doctype, `<html lang>` of its language, `<title>`). The Nu HTML Checker does not look into `<template>`, so the
 * content of every declarative shadow root (`<template shadowrootmode>`, nested ones too) is also checked as a
 * document of its own: its `<style>` elements (or, in HTML made with `--styles-href`, its `<link rel="stylesheet">`)
 * in the `<head>`, the rest in the `<body>`.
 *
 * Prints every error with the snippet, the shadow root it is in, its line and column in the checked document and
 * the checker's extract; then one line: `vnu: N documents (S snippets, R shadow roots), E errors`. Exit status 1
 * when there is an error (or nothing to check), 2 when the checker cannot run. Two kinds of message in shadow roots
 * are about what the checker does not know yet (CHECKER_GAPS below: the `part` attribute, CSS container queries):
 * they are counted on a line of their own, not as errors.
 *
 *   node scripts/validate-html.mjs [file.html …]     (default: dist/static/*.html)
 *   --keep DIR    also write the documents checked to DIR (to read an error's line in its context)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultTreeAdapter as adapter, parse, parseFragment, serialize } from 'parse5';

const require = createRequire(import.meta.url);
const { values, positionals } = parseArgs({ allowPositionals: true, options: { keep: { type: 'string' } } });

const STATIC = 'dist/static';
let files = positionals;
if (files.length === 0) {
  let names = [];
  try {
    names = readdirSync(STATIC).filter((n) => n.endsWith('.html'));
  } catch {
    // reported below
  }
  files = names.sort().map((n) => join(STATIC, n));
}
if (files.length === 0) {
  console.error(`validate-html: no HTML to check in ${STATIC}/ (run \`npm run build\` first)`);
  process.exit(1);
}

/** Text escaped for an HTML text node or attribute value. */
const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A full document around `body` (and `head` content), in `lang`. */
function documentOf({ lang, title, head = '', body }) {
  return (
    `<!DOCTYPE html>\n<html lang="${escape(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<title>${escape(title)}</title>\n${head}</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}

const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** Every `<template shadowrootmode>` under `node` (in its children and template contents), in document order. */
function* shadowRoots(node) {
  for (const child of adapter.getChildNodes(node) ?? []) {
    if (child.nodeName === 'template') {
      if (attr(child, 'shadowrootmode') !== undefined) yield child;
      yield* shadowRoots(adapter.getTemplateContent(child));
    } else if (adapter.isElementNode(child)) {
      yield* shadowRoots(child);
    }
  }
}

/** The nearest `lang` at or above `node` (a template's parent is its host). */
function langOf(node, fallback) {
  for (let n = node; n; n = n.parentNode) {
    const lang = attr(n, 'lang');
    if (lang !== undefined) return lang;
  }
  return fallback;
}

/** The documents to check, with what each of them is. */
const documents = [];
for (const file of files) {
  const snippet = readFileSync(file, 'utf8');
  const name = basename(file, '.html');
  // `<tag>.<lang>.html`, as scripts/prerender.mjs writes them; otherwise the language of the first element.
  const fragment = parseFragment(snippet);
  const lang = /\.([a-z]{2,3})$/.exec(name)?.[1] ?? langOf(fragment.childNodes.find(adapter.isElementNode), 'en');
  documents.push({ file, where: '', name: `${name}.html`, html: documentOf({ lang, title: name, body: snippet }) });

  // Parsed in the document's context, so that the line numbers of the snippet's own errors and these agree.
  const body = parse(documentOf({ lang, title: name, body: snippet }));
  let n = 0;
  for (const template of shadowRoots(body)) {
    n++;
    const host = template.parentNode;
    const content = adapter.getTemplateContent(template);
    // A shadow root's `<style>` or stylesheet link is metadata of the root: in a document, the head is where it belongs.
    const styles = content.childNodes.filter(
      (c) => c.nodeName === 'style' || (c.nodeName === 'link' && attr(c, 'rel') === 'stylesheet'),
    );
    for (const style of styles) adapter.detachNode(style);
    const head = styles
      .map((s) =>
        s.nodeName === 'style'
          ? `<style>${serialize(s)}</style>\n`
          : `<link${s.attrs.map((a) => ` ${a.name}="${escape(a.value)}"`).join('')}>\n`,
      )
      .join('');
    const where = `shadow root ${n} (of <${host.nodeName}>)`;
    documents.push({
      file,
      where,
      name: `${name}.shadow-${n}.${host.nodeName}.html`,
      html: documentOf({ lang: langOf(host, lang), title: `${name}: ${where}`, head, body: serialize(content) }),
    });
  }
}

const dir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'validate-html-'));
mkdirSync(dir, { recursive: true });
const byPath = new Map();
for (const doc of documents) {
  const path = join(dir, doc.name);
  writeFileSync(path, doc.html);
  byPath.set(path, doc);
}

const jar = join(require.resolve('vnu-jar/package.json').replace(/package\.json$/, ''), 'build', 'dist', 'vnu.jar');
const java = process.env.JAVA ?? 'java';
const run = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...byPath.keys()], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (!values.keep) rmSync(dir, { recursive: true, force: true });
if (run.error || (run.status !== 0 && run.status !== 1)) {
  console.error(
    `validate-html: the Nu HTML Checker did not run (${run.error?.message ?? `exit ${run.status}`}). ` +
      'It needs Java 17 or later on the PATH (Debian: apt-get install default-jre-headless).',
  );
  if (run.stderr) console.error(run.stderr);
  process.exit(2);
}

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`validate-html: the Nu HTML Checker's report is not JSON:\n${run.stdout}\n${run.stderr}`);
  process.exit(2);
}

/**
 * Messages about what the checker does not know yet, in shadow roots only (where the elements' markup and CSS are):
 * each pattern matches one message exactly. They are counted apart and listed by kind, never hidden.
 */
const CHECKER_GAPS = [
  {
    what: 'the `part` attribute',
    why:
      'a global attribute of CSS Shadow Parts (https://drafts.csswg.org/css-shadow-parts/#part-attr), the ' +
      "elements' documented styling hook (`::part()`); the checker's HTML schema does not have it",
    pattern: /^Attribute “part” not allowed on element “[a-z][a-z0-9-]*” at this point\.$/,
  },
  {
    what: 'CSS container queries',
    why:
      'CSS Containment Module Level 3 (https://drafts.csswg.org/css-contain-3/), in every browser the library ' +
      "supports; the checker's CSS grammar predates it",
    pattern:
      /^CSS: (?:Unrecognized at-rule “@container”|“(container(?:-type|-name)?)”: Property “\1” doesn't exist\.)$/,
  },
];

const messages = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
const docOf = (m) => (m.url ? byPath.get(fileURLToPath(m.url)) : undefined);
const gapOf = (m) => (docOf(m)?.where ? CHECKER_GAPS.find((g) => g.pattern.test(m.message)) : undefined);
const gaps = new Map(CHECKER_GAPS.map((g) => [g, 0]));
const errors = [];
for (const m of messages) {
  const gap = gapOf(m);
  if (gap) gaps.set(gap, gaps.get(gap) + 1);
  else errors.push(m);
}

for (const m of errors) {
  const doc = docOf(m);
  const place = doc ? `${doc.file}${doc.where ? `, ${doc.where}` : ''}` : (m.url ?? 'the checker');
  const line = m.lastLine === undefined ? '' : ` ${m.firstLine ?? m.lastLine}:${m.firstColumn ?? ''}`;
  console.log(`${place}${line}: ${m.message}`);
  if (m.extract) console.log(`    ${m.extract.replace(/\s+/g, ' ').trim()}`);
}
for (const [gap, n] of gaps) {
  if (n > 0) console.log(`not counted: ${n} × ${gap.what}, ${gap.why}`);
}
/** `n thing(s)`. */
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
console.log(
  `vnu: ${count(documents.length, 'document')} (${count(files.length, 'snippet')}, ` +
    `${count(documents.length - files.length, 'shadow root')}), ${count(errors.length, 'error')}`,
);
process.exit(errors.length > 0 ? 1 : 0);
