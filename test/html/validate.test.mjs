/**
 * The markup of `mes-components render` and of dist/static/ (after `npm run build`): valid HTML by the Nu HTML
 * Checker (scripts/validate-html.mjs, which needs Java 17+), with tidy tags, and a checker that does fail on broken
 * markup. `npm run test:html`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { after, describe, it } from 'node:test';
import { renderElement, tidyHtml } from '../../bin/render.js';
import { STYLE_GUARD } from '../../bin/styles.js';
import { LANGS, TAGS } from '../support/elements.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const VALIDATE = join(ROOT, 'scripts/validate-html.mjs');

function validate(...files) {
  const r = spawnSync(process.execPath, [VALIDATE, ...files], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** The start tags of `html` outside `<style>` and `<script>`. */
const startTags = (html) => html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, '').match(/<[a-zA-Z][^>]*>/g) ?? [];

describe('the HTML of mes-components render', () => {
  for (const tag of TAGS) {
    it(`${tag}: shadow roots opened by <template shadowrootmode="open"> alone, tags with single spaces, no <?>`, async () => {
      const html = await renderElement(tag, { lang: 'be', today: '2027-02-28', headingLevel: 3 });
      assert.ok(html.startsWith(`<${tag} lang="be" heading-level="3"`), html.slice(0, 80));
      const templates = html.match(/<template\b[^>]*>/g);
      assert.ok(templates.length > 0);
      for (const t of templates) assert.equal(t, '<template shadowrootmode="open">');
      assert.ok(!/\sshadowroot=/.test(html), 'no shadowroot attribute');
      assert.ok(!html.includes('<?>'), "no Lit placeholder '<?>'");
      const untidy = startTags(html).filter((t) => /\s{2}|\s>$/.test(t.replace(/"[^"]*"/g, '""')));
      assert.deepEqual(untidy, []);
    });
  }
});

describe('tidyHtml', () => {
  it('writes one space before each attribute of a start tag and none before its end, in every kind of tag', () => {
    assert.equal(
      tidyHtml(
        '<mes-x   lang="en"\n  heading-level=3 ><p  class="a  b"   hidden >t</p><br  /><path d="M0 0"  /></mes-x>',
      ),
      '<mes-x lang="en" heading-level=3><p class="a  b" hidden>t</p><br/><path d="M0 0"/></mes-x>',
    );
  });

  it('leaves text, attribute values, comments, end tags and the content of <style> and <script> as they are', () => {
    const same = [
      'a &lt;b  c&gt;   d',
      `<a title='x  <y  z>'>`,
      '<!-- a  <b  c > -->',
      '<p>t</p  >',
      '<style>a  >  b { content: "<i  x>" }</style >',
      '<script type="application/ld+json">{"a":  "<b  c>"}</script>',
    ];
    for (const html of same) assert.equal(tidyHtml(html), html);
  });

  it("drops Lit's '<?>' placeholder and nothing else that starts with '<?'", () => {
    assert.equal(tidyHtml('<h3>x</h3><?><!--/lit-part-->'), '<h3>x</h3><!--/lit-part-->');
    assert.equal(tidyHtml('a<?xml b?>'), 'a<?xml b?>');
  });
});

describe('scripts/validate-html.mjs (the Nu HTML Checker)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mes-validate-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no error in dist/static/, snippets and shadow roots alike', () => {
    const snippets = readdirSync(join(ROOT, 'dist/static')).filter((n) => n.endsWith('.html'));
    assert.equal(snippets.length, TAGS.length * LANGS.length);
    const { status, out } = validate();
    assert.equal(status, 0, out);
    const summary = /vnu: (\d+) documents \((\d+) snippets, (\d+) shadow roots\), 0 errors/.exec(out);
    assert.ok(summary, out);
    assert.equal(Number(summary[2]), snippets.length);
    assert.ok(Number(summary[3]) >= snippets.length, 'every snippet has at least one shadow root');
  });

  it('finds no error in static HTML made with --styles-href (the guard and a stylesheet link in each shadow root)', async () => {
    const files = [];
    for (const tag of TAGS) {
      const html = await renderElement(tag, { lang: 'en', today: '2026-11-25', stylesHref: '/assets/mes/' });
      // No <style> but the guard that opens each shadow root, before its link.
      const rest = html.replaceAll(`<style>${STYLE_GUARD}</style><link rel="stylesheet" href="/assets/mes/mes-`, '');
      assert.ok(!rest.includes('<style') && rest.length < html.length, tag);
      const file = join(dir, `${tag}.en.html`);
      writeFileSync(file, html);
      files.push(file);
    }
    const { status, out } = validate(...files);
    assert.equal(status, 0, out);
    assert.match(out, new RegExp(`vnu: \\d+ documents \\(${TAGS.length} snippets, \\d+ shadow roots\\), 0 errors`));
  });

  it('fails on an error in a snippet and on an error inside its shadow root, saying where each is', () => {
    const file = join(dir, 'mes-broken.en.html');
    writeFileSync(
      file,
      '<mes-broken lang="en"><template shadowroot="open" shadowrootmode="open"><style>p{color:red}</style>' +
        '<p part="lead">A part.</p><ul><p>Not a list item.</p></ul></template></mes-broken>\n',
    );
    const { status, out } = validate(file);
    assert.equal(status, 1, out);
    assert.match(out, /mes-broken\.en\.html \d+:\d+: Attribute “shadowroot” not allowed on element “template”/);
    assert.match(
      out,
      /mes-broken\.en\.html, shadow root 1 \(of <mes-broken>\) \d+:\d+: Element “p” not allowed as child of element “ul”/,
    );
    assert.match(out, /vnu: 2 documents \(1 snippet, 1 shadow root\), 2 errors/);
    assert.match(out, /not counted: 1 × the `part` attribute/);
  });

  it('counts a `part` attribute outside a shadow root as an error', () => {
    const file = join(dir, 'mes-part.en.html');
    writeFileSync(file, '<p part="x">text</p>\n');
    const { status, out } = validate(file);
    assert.equal(status, 1, out);
    assert.match(out, /Attribute “part” not allowed on element “p”/);
  });

  it('says so when there is nothing to check', () => {
    const r = spawnSync(process.execPath, [VALIDATE], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no HTML to check in dist\/static\/ \(run `npm run build` first\)/);
  });
});
