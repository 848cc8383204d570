#!/usr/bin/env node
/**
 * `mes-components render <tag> [--lang be|ru|en] [--today YYYY-MM-DD] [--heading-level 1-6] [--styles-href <url>]`:
 * prints the element's static HTML (declarative shadow DOM and schema.org JSON-LD) to stdout, for CMS pipelines.
 * Bad arguments: a usage message on stderr, exit status 2.
 */
import { parseArgs } from 'node:util';

// `content-diff` is a command of its own (bin/content-diff.js), with its own arguments and usage.
if (process.argv[2] === 'content-diff') {
  const { main } = await import('./content-diff.js');
  process.exit(await main(process.argv.slice(3)));
}

// The elements and languages, from the library's registry (plain data: no DOM shim needed).
const { TAGS, LANGS, FALLBACK_LANG } = await import('../dist/elements.js');

/** Text wrapped at `width` columns, continued lines indented by `indent` spaces. */
function wrap(text, indent, width) {
  const lines = [''];
  for (const word of text.split(' ')) {
    if (lines.at(-1) && indent + lines.at(-1).length + 1 + word.length > width) lines.push('');
    lines[lines.length - 1] += (lines.at(-1) ? ' ' : '') + word;
  }
  return lines.join(`\n${' '.repeat(indent)}`);
}

const USAGE = `Usage: mes-components render <tag> [--lang ${LANGS.join('|')}] [--today YYYY-MM-DD] [--heading-level 1-6]
                            [--styles-href <url>]

Prints the static HTML of a mes-components element to stdout: the element with its content as declarative
shadow DOM (readable with JavaScript off and by search engines) and schema.org JSON-LD. A page that loads
mes-components-hydrate.js takes it over in place.

  <tag>              ${wrap(TAGS.join(', '), 21, 100)}
  --lang             the language: ${LANGS.slice(0, -1).join(', ')} or ${LANGS.at(-1)} (default ${FALLBACK_LANG})
  --today            the date to show, YYYY-MM-DD (default: today in Minsk); once loaded, the elements
                     show the current date
  --heading-level    the level of the element's heading, 1-6 (default 2)
  --styles-href      the URL of the folder where the site serves the files of dist/static/styles/: each
                     shadow root then links its CSS file (fetched once, cached) instead of carrying
                     the CSS in a <style> (default), for pages with many instances. Chromium waits for
                     the file; in Firefox and Safari a small guard keeps the element hidden until it
                     has loaded (shown after 3 s without it). Give a path from the site's root or an
                     absolute URL; under a CSP the guard needs its hash (dist/static/csp-style-src.txt)
  -h, --help         this message

Example: npx mes-components render mes-holiday-calendar --lang ru --heading-level 3 > holidays.ru.html

Also: mes-components content-diff <file-or-url> [--lang en|ru|be] [--json] [--write out.json]
  compares a saved copy of the ministry's page with the built-in content (mes-components content-diff --help).
`;

function fail(message) {
  process.stderr.write(`mes-components: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    strict: true,
    options: {
      lang: { type: 'string' },
      today: { type: 'string' },
      'heading-level': { type: 'string' },
      'styles-href': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail(e.message);
}
const { values, positionals } = parsed;

if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const [command, tag, ...rest] = positionals;
if (command !== 'render') fail(command === undefined ? 'no command given' : `unknown command "${command}"`);
if (tag === undefined) fail('no element given');
if (rest.length > 0) fail(`unexpected argument "${rest[0]}"`);

// Loaded only now: it loads the elements and the DOM shim, which the checks above do not need.
const { renderElement, UsageError } = await import('./render.js');
try {
  const html = await renderElement(tag, {
    lang: values.lang,
    today: values.today,
    headingLevel: values['heading-level'],
    stylesHref: values['styles-href'],
  });
  process.stdout.write(html);
} catch (e) {
  if (e instanceof UsageError) fail(e.message);
  throw e;
}
