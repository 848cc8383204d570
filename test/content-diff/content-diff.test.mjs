/**
 * `mes-components content-diff`: a saved copy of the ministry's page against the built-in content (run after
 * `npm run build`: `node --test test/content-diff/content-diff.test.mjs`).
 */
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/mes-components.js');
const SEED = join(ROOT, 'src/content/source/international-cooperation.en.txt');
const HTML = join(import.meta.dirname, 'international-cooperation.en.html');
const seed = readFileSync(SEED, 'utf8');
const { en, ru, be } = await import(join(ROOT, 'dist/builtin-content.js'));

const dir = mkdtempSync(join(tmpdir(), 'mes-content-diff-'));
/** A file in a temporary folder, with this text (or these bytes). */
function file(name, data) {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** Runs the command (asynchronously: a test's own HTTP server must keep answering meanwhile). */
function run(...args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'content-diff', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** An input the command cannot use: exit 2 and one clear line on stderr, nothing on stdout, no stack trace. */
async function refused(args, message) {
  const r = await run(...args);
  assert.equal(r.status, 2, `exit status (${r.stderr})`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0], /^mes-components content-diff: /);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/);
  assert.match(lines[0], message);
}

/** The seed with one line replaced. */
const edited = (from, to) => {
  assert.ok(seed.includes(from), `the seed has "${from}"`);
  return seed.replace(from, to);
};

describe('mes-components content-diff', () => {
  describe('the page as published (the seed) and the built-in content', () => {
    it('finds no difference: exit 0', async () => {
      const r = await run(SEED);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^priorities: same$/m);
      assert.match(r.stdout, /^activities: same$/m);
      assert.match(r.stdout, /^strategy: same$/m);
      assert.match(r.stdout, /^holidays: same$/m);
      assert.match(r.stdout, /No differences/);
    });

    it('reads the page saved as HTML by a browser, the site’s header, menus, side menu, footer and pop-up left out', async () => {
      const r = await run(HTML);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /No differences/);
      assert.doesNotMatch(r.stdout, /^other:/m);
    });

    it('--json says the same as data', async () => {
      const r = await run(HTML, '--json');
      assert.equal(r.status, 0);
      const data = JSON.parse(r.stdout);
      assert.equal(data.same, true);
      assert.equal(data.lang, 'en');
      assert.deepEqual(
        data.sections.map((s) => [s.section, s.same, s.added.length, s.removed.length, s.changed.length]),
        ['priorities', 'activities', 'strategy', 'holidays'].map((s) => [s, true, 0, 0, 0]),
      );
    });
  });

  describe('a page that changed', () => {
    it('a list item added: "+" under its section, exit 1', async () => {
      const added = '  • cooperation in the training of rescuers;';
      const page = file(
        'added.txt',
        edited(
          '  • fostering regional and cross-border cooperation.',
          `  • fostering regional and cross-border cooperation.\n${added}`,
        ),
      );
      const r = await run(page);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /^priorities: 1 added$/m);
      assert.match(r.stdout, /^ {2}\+ cooperation in the training of rescuers;$/m);
      assert.match(r.stdout, /^activities: same$/m);
      assert.match(r.stdout, /1 of 4 sections differ/);
    });

    it('a sentence added to the strategy’s paragraph', async () => {
      const page = file(
        'sentence.txt',
        edited('for 2019-2030.\n', 'for 2019-2030. The strategy was updated in 2026.\n'),
      );
      const r = await run(page, '--json');
      assert.equal(r.status, 1);
      const strategy = JSON.parse(r.stdout).sections.find((s) => s.section === 'strategy');
      assert.deepEqual(strategy.added, ['The strategy was updated in 2026.']);
      assert.deepEqual(strategy.removed, []);
      assert.deepEqual(strategy.changed, []);
    });

    it('a list item removed: "-" under its section', async () => {
      const gone = en.activities.items[4];
      const page = file('removed.txt', edited(`  • ${gone}\n`, ''));
      const r = await run(page);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^activities: 1 removed$/m);
      assert.ok(r.stdout.includes(`  - ${gone}`), r.stdout);
      assert.match(r.stdout, /^priorities: same$/m);
    });

    it('a sentence reworded: "~" with the words removed and added', async () => {
      const page = file(
        'reworded.txt',
        edited(
          'creation and implementation of intelligent management systems and decision support;',
          'creation and implementation of digital management systems and decision support;',
        ),
      );
      const r = await run(page);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^strategy: 1 changed$/m);
      assert.match(
        r.stdout,
        /^ {2}~ creation and implementation of \[-intelligent-\]\{\+digital\+\} management systems and decision support;$/m,
      );
      const data = JSON.parse((await run(page, '--json')).stdout);
      const [change] = data.sections.find((s) => s.section === 'strategy').changed;
      assert.equal(change.from, en.strategy.items[2]);
      assert.equal(change.to, 'creation and implementation of digital management systems and decision support;');
      assert.deepEqual(
        change.words.filter((w) => w.change !== 'same').map((w) => [w.change, w.text]),
        [
          ['removed', 'intelligent'],
          ['added', 'digital'],
        ],
      );
    });

    it('a holiday moved to another day: a changed line in the holidays', async () => {
      const page = file('holiday.txt', edited('July 25th', 'July 26th'));
      const r = await run(page);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^holidays: 1 changed$/m);
      assert.match(r.stdout, /~ July \[-25-\]\{\+26\+\} – Fire Service Day/);
    });

    it('the HTML page with a reworded item', async () => {
      const html = readFileSync(HTML, 'utf8').replace('fostering regional', 'fostering interregional');
      const r = await run(file('changed.html', html));
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^priorities: 1 changed$/m);
      assert.match(r.stdout, /\[-regional-\]\{\+interregional\+\}/);
    });
  });

  describe('--write', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(ROOT, 'dist/schema/mes-international-cooperation.json'), 'utf8')),
    );

    it('writes the page’s text as content for src, valid against the schema, with its source', async () => {
      const out = join(dir, 'content.json');
      const r = await run(file('w.txt', edited('fostering regional', 'fostering interregional')), '--write', out);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /Wrote .*content\.json/);
      const json = JSON.parse(readFileSync(out, 'utf8'));
      assert.ok(validate(json), JSON.stringify(validate.errors));
      assert.deepEqual(Object.keys(json), ['en']);
      const c = json.en;
      assert.equal(c.priorities.items[3], 'fostering interregional and cross-border cooperation.');
      assert.deepEqual(c.activities.items, en.activities.items);
      assert.deepEqual(c.strategy.paragraphs, en.strategy.paragraphs);
      assert.deepEqual(c.strategy.items, en.strategy.items);
      assert.deepEqual(
        c.holidays.items,
        en.holidays.items.map(({ id, month, day, name }) => ({ id, month, day, name })),
      );
      assert.equal(c.priorities.source.url, 'https://mchs.gov.by/en/international-cooperation/');
      assert.equal(c.priorities.source.text, 'ministry');
      assert.match(c.priorities.source.checked, /^\d{4}-\d{2}-\d{2}$/);
    });

    it('writes nothing it cannot write, and says so in one line', async () => {
      await refused([SEED, '--write', join(dir, 'no-such-folder', 'x.json')], /x\.json: cannot be written/);
    });
  });

  describe('--lang', () => {
    /** The built-in content of a language as a page's plain text, as the ministry's page sets it out. */
    const asText = (c, holidayLines) =>
      [
        c.ministry.siteTitle,
        c.ui.page.generalInformation,
        c.priorities.lead,
        ...c.priorities.items.map((i) => `  • ${i}`),
        c.activities.lead,
        ...c.activities.items.map((i) => `  • ${i}`),
        c.strategy.paragraphs.join(' '),
        c.strategy.lead,
        ...c.strategy.items.map((i) => `  • ${i}`),
        c.holidays.title,
        ...holidayLines,
      ].join('\n');

    it('reads a Russian page, its holidays as "19 января – День спасателя"', async () => {
      const page = file('ru.txt', asText(ru, ['19 января – День спасателя', '25 июля – День пожарной службы']));
      const same = await run(page, '--lang', 'ru');
      assert.equal(same.status, 0, same.stdout + same.stderr);
      const changed = await run(
        file('ru2.txt', asText(ru, ['19 января – День спасателя', '26 июля – День пожарной службы'])),
        '--lang',
        'ru',
      );
      assert.equal(changed.status, 1);
      assert.match(changed.stdout, /^holidays: 1 changed$/m);
    });

    it('reads a Belarusian page', async () => {
      const page = file(
        'be.txt',
        asText(be, ['19 студзеня – Дзень ратавальніка', '25 ліпеня – Дзень пажарнай службы']),
      );
      const r = await run(page, '--lang', 'be');
      assert.equal(r.status, 0, r.stdout + r.stderr);
    });
  });

  describe('from an address', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/en/international-cooperation/') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(readFileSync(HTML));
        } else {
          res.writeHead(404);
          res.end('not found');
        }
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('fetches the page and compares it', async () => {
      const r = await run(`${base}/en/international-cooperation/`);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /No differences/);
    });

    it('--write gives the address as each section’s source', async () => {
      const out = join(dir, 'from-url.json');
      const r = await run(`${base}/en/international-cooperation/`, '--write', out);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(
        JSON.parse(readFileSync(out, 'utf8')).en.strategy.source.url,
        `${base}/en/international-cooperation/`,
      );
    });

    it('says clearly when the address answers with an error', async () => {
      await refused([`${base}/missing/`], /could not fetch http:\/\/127\.0\.0\.1:\d+\/missing\/: HTTP 404/);
    });

    it('says clearly when nothing answers at the address', async () => {
      const closed = createServer();
      await new Promise((r) => closed.listen(0, '127.0.0.1', r));
      const port = closed.address().port;
      await new Promise((r) => closed.close(r));
      await refused([`http://127.0.0.1:${port}/`], /could not fetch http:\/\/127\.0\.0\.1:\d+\/: .+/);
    });
  });

  describe('bad input: one clear line, exit 2', () => {
    it('a missing file', () => refused([join(dir, 'nope.html')], /nope\.html: no such file$/));
    it('a folder', () => refused([dir], /is a folder, not a saved page$/));
    it('an empty file', () => refused([file('empty.html', '')], /empty\.html is empty$/));
    it('a file of blank lines', () => refused([file('blank.txt', '\n  \n\t\n')], /blank\.txt is empty$/));
    it('binary data (a PNG image)', () =>
      refused(
        [file('image.html', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'))],
        /image\.html is not a saved web page or text \(binary data\)$/,
      ));
    it('text in another encoding that is not text', () =>
      refused(
        [file('latin.txt', Buffer.from([0x41, 0xff, 0xfe, 0x41, 0x0a]))],
        /latin\.txt is not a saved web page or text/,
      ));
    it('not a page at all (JSON)', () =>
      refused(
        [file('data.json', JSON.stringify(en.priorities))],
        /data\.json is not the ministry's "International cooperation" page in English: it has 0 of the 3 lists/,
      ));
    it('a different page of the ministry (its "About" page, saved as HTML)', () =>
      refused(
        [
          file(
            'about.html',
            `<!DOCTYPE html><html><body><main><h1>About the Ministry</h1>
            <p>MES Mission:</p><ul><li>Implementation of the state policy in emergency prevention and elimination;</li><li>State supervision, surveillance and other related functions;</li></ul>
            <p>MES structure:</p><ul><li>Headquarters of the Ministry;</li><li>Industrial Safety Supervision Department (Gospromnadzor),</li></ul>
            <p>Subordinate Units:</p><ul><li>University of Civil Protection</li><li>Specialized Lyceum</li></ul>
            <p>Regional departments for emergency situations:</p><ul><li>Brest Regional Department of the MES</li></ul></main></body></html>`,
          ),
        ],
        /about\.html is not the ministry's "International cooperation" page in English: only \d+ of its \d+ sentences are in it$/,
      ));
    it('the English page compared as Russian', () =>
      refused(
        [SEED, '--lang', 'ru'],
        /is not the ministry's "International cooperation" page in Russian: only 0 of its/,
      ));
    it('a language the library does not ship', () =>
      refused([SEED, '--lang', 'fr'], /--lang "fr" is not one of en, ru, be$/));
    it('no page given', () => refused([], /no saved page given/));
    it('two pages given', () => refused([SEED, SEED], /unexpected argument/));
    it('an option it does not know', () => refused([SEED, '--colour'], /Unknown option '--colour'/));
    it('an address it does not fetch', () =>
      refused(['ftp://mchs.gov.by/page.html'], /only http: and https: addresses are fetched$/));
  });

  it('--help prints the usage, exit 0', async () => {
    const r = await run('--help');
    assert.equal(r.status, 0);
    assert.match(
      r.stdout,
      /^Usage: mes-components content-diff <file-or-url> \[--lang en\|ru\|be\] \[--json\] \[--write out\.json\]/,
    );
  });
});
