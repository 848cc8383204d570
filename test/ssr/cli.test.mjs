/**
 * `mes-components render` and the files of dist/static/ (run after `npm run build`):
 * `node --test test/ssr/cli.test.mjs`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { describe, it } from 'node:test';
import { loadContent, nextOccurrence, renderElement, scriptJson, structuredData } from '../../bin/render.js';
import {
  checkStylesHref,
  linkStyles,
  shadowStyles,
  STYLE_FILE_END,
  STYLE_GUARD,
  styleFile,
  styleFileName,
  styleHashSource,
} from '../../bin/styles.js';
import { HOLIDAY_TAGS, LANGS, TAGS, partsOf } from '../support/elements.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/mes-components.js');

function run(...args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON-LD of a snippet, and the text between its `<script>` tags. */
function jsonLd(html) {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>\s*$/.exec(html);
  assert.ok(m, 'a JSON-LD script ends the snippet');
  return { raw: m[1], data: JSON.parse(m[1]) };
}

describe('mes-components render', () => {
  it('prints an element as declarative shadow DOM with its content in the language asked for', async () => {
    const ru = await loadContent('ru');
    const { status, stdout, stderr } = run('render', 'mes-priorities', '--lang', 'ru');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<mes-priorities lang="ru"><template shadowrootmode="open"><style>/);
    assert.ok(stdout.includes(ru.priorities.title));
    assert.ok(stdout.includes(ru.priorities.items[0]));
    assert.ok(!stdout.includes('defer-hydration'), 'the element itself hydrates as soon as it is defined');
  });

  it('passes --heading-level and --today on to the element', () => {
    const { status, stdout } = run(
      'render',
      'mes-holiday-calendar',
      '--lang',
      'be',
      '--today',
      '2027-01-18',
      '--heading-level',
      '4',
    );
    assert.equal(status, 0);
    assert.match(stdout, /^<mes-holiday-calendar lang="be" heading-level="4" prerendered-today="2027-01-18">/);
    assert.match(stdout, /<h4 part="heading"/);
    assert.match(stdout, /<td\b(?=[^>]*data-date="2027-01-18")(?=[^>]*aria-current="date")/, 'today is the date given');
    assert.match(stdout, /<time\b[^>]*\sdatetime="2027-01-19"/, 'the next holiday is Rescuers Day, the next day');
  });

  it('renders the sections of the whole page in its language, with JSON-LD for the ministry and its holidays', async () => {
    const be = await loadContent('be');
    const { status, stdout } = run('render', 'mes-international-cooperation', '--lang', 'be', '--today', '2026-11-25');
    assert.equal(status, 0);
    for (const text of [
      be.ui.page.internationalCooperation,
      be.priorities.title,
      be.activities.title,
      be.strategy.name,
      be.holidays.items[1].name,
    ]) {
      // As text: a year range is a span of its own (it never breaks at its dash), Lit's markers around it.
      assert.ok(stdout.replace(/<!--[^]*?-->|<[^>]+>/g, '').includes(text), text);
    }
    const parts = partsOf('mes-international-cooperation');
    assert.ok(parts.length > 0, 'the registry names the elements of its sections');
    for (const tag of parts) {
      assert.match(stdout, new RegExp(`<${tag}\\b[^>]*\\slang="be"[^>]*\\sdefer-hydration`), tag);
    }
    const { data } = jsonLd(stdout);
    const [org, ...events] = data['@graph'];
    assert.equal(data['@context'], 'https://schema.org');
    assert.deepEqual(
      { type: org['@type'], name: org.name, alternateName: org.alternateName, url: org.url },
      { type: 'GovernmentOrganization', name: be.ministry.name, alternateName: 'МНС', url: 'https://mchs.gov.by/' },
    );
    assert.deepEqual(
      events.map((e) => [
        e['@type'],
        e.name,
        e.startDate,
        e.eventSchedule.repeatFrequency,
        e.eventSchedule.byMonth,
        e.eventSchedule.byMonthDay,
        e.organizer['@id'],
        e.location.name,
      ]),
      [
        ['Event', be.holidays.items[0].name, '2027-01-19', 'P1Y', 1, 19, org['@id'], 'Беларусь'],
        ['Event', be.holidays.items[1].name, '2027-07-25', 'P1Y', 7, 25, org['@id'], 'Беларусь'],
      ],
    );
  });

  it('gives the same bytes for the same options, whenever it runs (the iCalendar file is stamped at the date)', async () => {
    const first = await renderElement('mes-holiday-calendar', { lang: 'be', today: '2026-11-25' });
    // Past the second that a stamp of the current time would show.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await renderElement('mes-holiday-calendar', { lang: 'be', today: '2026-11-25' });
    assert.equal(again, first);
    // The start of 25 November 2026 in Minsk (UTC+3), in UTC.
    assert.match(first, /DTSTAMP%3A20261124T210000Z/);
    assert.doesNotMatch(first, /DTSTAMP%3A(?!20261124T210000Z)/);
  });

  it('stamps each of several renderings at once with its own date, and leaves the clock as it found it', async () => {
    const { MesHolidayCalendar } = await import('../../dist/index.js');
    const clock = MesHolidayCalendar.clock;
    const [a, b] = await Promise.all([
      renderElement('mes-holiday-calendar', { today: '2026-11-25' }),
      renderElement('mes-holiday-calendar', { today: '2027-03-01' }),
    ]);
    assert.match(a, /DTSTAMP%3A20261124T210000Z/);
    assert.match(b, /DTSTAMP%3A20270228T210000Z/);
    assert.equal(MesHolidayCalendar.clock, clock);
  });

  it('prints --help on stdout and exits 0', () => {
    const { status, stdout } = run('--help');
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: mes-components render <tag>/);
  });

  const bad = [
    [[], /no command given/],
    [['render'], /no element given/],
    [['draw', 'mes-priorities'], /unknown command "draw"/],
    [['render', 'mes-carousel'], /unknown element "mes-carousel"/],
    [['render', 'mes-priorities', '--lang', 'de'], new RegExp(`--lang "de" is not one of ${LANGS.join(', ')}`)],
    [['render', 'mes-priorities', '--lang'], /argument missing/],
    [['render', 'mes-holiday-calendar', '--today', '2026-02-30'], /--today "2026-02-30" is not a date that exists/],
    [['render', 'mes-holiday-calendar', '--today', '25.11.2026'], /--today "25.11.2026" is not a date/],
    [['render', 'mes-priorities', '--heading-level', '7'], /--heading-level "7" is not a whole number from 1 to 6/],
    [['render', 'mes-priorities', '--heading-level', '2.5'], /--heading-level "2.5"/],
    [['render', 'mes-priorities', '--colour', 'red'], /Unknown option '--colour'/],
    [['render', 'mes-priorities', 'mes-structure-nav'], /unexpected argument "mes-structure-nav"/],
    [['render', 'mes-priorities', '--styles-href', ''], /--styles-href is empty/],
    [['render', 'mes-priorities', '--styles-href', 'javascript:alert(1)'], /is a javascript: URL/],
    [['render', 'mes-priorities', '--styles-href', 'data:text/css,p{}'], /is a data: URL/],
    [
      ['render', 'mes-priorities', '--styles-href', '/a b/'],
      /holds whitespace, a control character, a quote, a backslash, < or >/,
    ],
    [['render', 'mes-priorities', '--styles-href', '/x"><script>'], /holds whitespace, a control character, a quote/],
    [['render', 'mes-priorities', '--styles-href', '/mes/?v=1'], /has a query or fragment/],
    [['render', 'mes-priorities', '--styles-href', 'https://'], /has no host/],
  ];
  for (const [args, message] of bad) {
    it(`refuses \`${args.join(' ') || '(nothing)'}\` with a usage message and exit status 2`, () => {
      const { status, stdout, stderr } = run(...args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /Usage: mes-components render <tag>/);
    });
  }
});

describe('JSON-LD', () => {
  it('cannot end its script or open a comment, whatever the content says', async () => {
    const en = await loadContent('en');
    const name = '</script><script>alert(1)</script><!-- & \u2028';
    const hostile = { ...en, holidays: { ...en.holidays, items: [{ id: 'x', month: 3, day: 1, name }] } };
    const raw = scriptJson(structuredData('mes-holiday-calendar', hostile, '2026-11-25'));
    assert.ok(!/[<>&\u2028]/.test(raw), raw);
    assert.equal(JSON.parse(raw)['@graph'][1].name, name);
  });

  it('dates each holiday on its next occurrence (29 February: the next leap year)', () => {
    assert.equal(nextOccurrence(1, 19, '2026-11-25'), '2027-01-19');
    assert.equal(nextOccurrence(7, 25, '2026-07-25'), '2026-07-25');
    assert.equal(nextOccurrence(7, 25, '2026-07-26'), '2027-07-25');
    assert.equal(nextOccurrence(2, 29, '2026-03-01'), '2028-02-29');
  });
});

describe('dist/static/ (npm run build)', () => {
  for (const tag of TAGS) {
    for (const lang of LANGS) {
      const file = join(ROOT, 'dist/static', `${tag}.${lang}.html`);
      it(`${tag}.${lang}.html: the element in ${lang}, then its JSON-LD`, () => {
        assert.ok(existsSync(file), `${file} is missing`);
        const html = readFileSync(file, 'utf8');
        assert.match(html, new RegExp(`^<${tag} lang="${lang}"[^>]*><template shadowrootmode="open">`));
        const { raw, data } = jsonLd(html);
        assert.ok(!raw.includes('<'));
        const types = data['@graph'].map((n) => n['@type']);
        const holidays = HOLIDAY_TAGS.includes(tag);
        assert.deepEqual(types, holidays ? ['GovernmentOrganization', 'Event', 'Event'] : ['GovernmentOrganization']);
      });
    }
  }
});

describe('mes-components render --styles-href', () => {
  const HREF = '/assets/mes/';
  const TODAY = '2026-11-25';
  const LINK = /<link rel="stylesheet" href="([^"]*)">/g;

  for (const tag of TAGS) {
    it(`${tag}: each shadow root links the file of dist/static/styles/ with its CSS instead of a <style>`, async () => {
      const { status, stdout, stderr } = run('render', tag, '--lang', 'ru', '--today', TODAY, '--styles-href', HREF);
      assert.equal(status, 0, stderr);
      const inline = await renderElement(tag, { lang: 'ru', today: TODAY });
      const styles = shadowStyles(inline);
      assert.ok(styles.length > 0, 'the inline HTML has a <style> in each shadow root');
      // No <style> left but the guard's, which opens each shadow root.
      assert.ok(!stdout.replaceAll(`<style>${STYLE_GUARD}</style>`, '').includes('<style'), 'no <style> left');
      const templates = stdout.match(/<template shadowrootmode="open">/g) ?? [];
      assert.equal(templates.length, styles.length, 'one shadow root for each <style> of the inline HTML');
      // Each shadow root opens with the guard and its link; the rest is the inline HTML, byte for byte.
      const guard = `<style>${STYLE_GUARD}</style>`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const GUARDED = `${guard}<link rel="stylesheet" href="[^"]*">`;
      const opened = stdout.match(new RegExp(`<template shadowrootmode="open">${GUARDED}`, 'g')) ?? [];
      assert.equal(opened.length, templates.length, 'the guard and a link first in every shadow root');
      const hrefs = [...stdout.matchAll(LINK)].map((m) => m[1]);
      assert.deepEqual(
        hrefs,
        styles.map((css) => `${HREF}${styleFileName(css)}`),
      );
      let i = 0;
      const back = stdout.replace(new RegExp(GUARDED, 'g'), () => `<style>${styles[i++]}</style>`);
      assert.equal(back, inline);
      // The files are there, with the same CSS.
      for (const [n, href] of hrefs.entries()) {
        const file = join(ROOT, 'dist/static/styles', href.slice(HREF.length));
        assert.ok(existsSync(file), `${file} is missing (run \`npm run build\`)`);
        assert.equal(readFileSync(file, 'utf8'), styleFile(styles[n]));
      }
      // What this mode is for: the CSS is not in the instance (a link is some 60 bytes, and the guard its own size).
      const cssBytes = styles.reduce((n, css) => n + css.length, 0);
      assert.ok(
        stdout.length <= inline.length - cssBytes + (70 + STYLE_GUARD.length + 15) * styles.length,
        `${stdout.length} bytes with links, ${inline.length} inline (${cssBytes} of CSS)`,
      );
    });
  }

  it('takes a path, a relative URL or an http(s) URL, with or without its final /', () => {
    assert.equal(checkStylesHref('/assets/mes'), '/assets/mes/');
    assert.equal(checkStylesHref('/assets/mes/'), '/assets/mes/');
    assert.equal(checkStylesHref('styles'), 'styles/');
    assert.equal(checkStylesHref('../static/styles/'), '../static/styles/');
    assert.equal(checkStylesHref('https://cdn.example.org/mes/1.0.0'), 'https://cdn.example.org/mes/1.0.0/');
    const html = '<mes-x><template shadowrootmode="open"><style>p{color:red}</style><p>t</p></template></mes-x>';
    assert.equal(
      linkStyles(html, 'https://cdn.example.org/a&b'),
      `<mes-x><template shadowrootmode="open"><style>${STYLE_GUARD}</style><link rel="stylesheet" href="https://cdn.example.org/a&amp;b/${styleFileName('p{color:red}')}"><p>t</p></template></mes-x>`,
    );
    // A <style> that does not open a shadow root is not the renderer's: left alone.
    assert.equal(linkStyles('<p>t</p><style>p{}</style>', '/s/'), '<p>t</p><style>p{}</style>');
  });

  it('names a file by its CSS: the same CSS, one file; other CSS, another file', () => {
    assert.match(styleFileName('p{color:red}'), /^mes-[0-9a-f]{12}\.css$/);
    assert.equal(styleFileName('p{color:red}'), styleFileName('p{color:red}'));
    assert.notEqual(styleFileName('p{color:red}'), styleFileName('p{color:blue}'));
    // Named by the whole file, the rule that ends the guard included: a file cached for good never changes under its name.
    assert.equal(
      styleFileName('p{color:red}'),
      `mes-${createHash('sha256').update(`p{color:red}${STYLE_FILE_END}`).digest('hex').slice(0, 12)}.css`,
    );
  });
});

describe('dist/static/styles/ and csp-style-src.txt (npm run build)', () => {
  const styles = new Set();
  for (const name of existsSync(join(ROOT, 'dist/static')) ? readdirSync(join(ROOT, 'dist/static')) : []) {
    if (name.endsWith('.html')) {
      for (const css of shadowStyles(readFileSync(join(ROOT, 'dist/static', name), 'utf8'))) styles.add(css);
    }
  }

  it('holds one file for each distinct <style> of dist/static/, and nothing else', () => {
    assert.ok(styles.size > 0, 'dist/static/ has no <style> (run `npm run build`)');
    const files = readdirSync(join(ROOT, 'dist/static/styles')).sort();
    assert.deepEqual(files, [...styles].map(styleFileName).sort());
    for (const css of styles) {
      const file = readFileSync(join(ROOT, 'dist/static/styles', styleFileName(css)), 'utf8');
      assert.equal(file, styleFile(css));
      // The file shows the host that the guard hides (the shared base styles' \`:host\` rule), and ends the guard's wait.
      assert.match(file, /^:host\{[^}]*display:block/);
      assert.ok(file.endsWith(STYLE_FILE_END));
    }
  });

  it('csp-style-src.txt allows exactly those <style> elements and the guard of --styles-href', () => {
    const listed = readFileSync(join(ROOT, 'dist/static/csp-style-src.txt'), 'utf8').trim().split(' ').sort();
    assert.deepEqual(listed, [...styles, STYLE_GUARD].map(styleHashSource).sort());
  });
});
