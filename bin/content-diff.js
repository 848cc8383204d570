/**
 * `mes-components content-diff <file-or-url> [--lang en|ru|be] [--json] [--write out.json]`: compares a saved copy
 * of the ministry's "International cooperation" page (HTML as a browser saves it, or its plain text) with the
 * library's built-in content, section by section, sentence by sentence.
 *
 * Exit status: 0 when the page says what the built-in content says, 1 when anything differs, 2 when the input
 * cannot be read or is not that page (one line on stderr, never a stack trace).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { diffArrays, diffWords } from 'diff';
import { parse as parseHtml } from 'parse5';

const LANGS = ['en', 'ru', 'be'];

export const USAGE = `Usage: mes-components content-diff <file-or-url> [--lang en|ru|be] [--json] [--write out.json]

Compares a saved copy of the ministry's "International cooperation" page (HTML saved by a browser, or its plain
text) with the built-in content, section by section: the sentences added, removed and changed (changed ones word
by word). Exit status 0 when they are the same, 1 when anything differs, 2 when the input cannot be used.

  <file-or-url>      the saved page (a file), or its address (http: or https:, fetched)
  --lang             the language of the page: en, ru or be (default en)
  --json             print the differences as JSON
  --write out.json   also write the page's text as content JSON, for an element's src (valid against
                     dist/schema/mes-international-cooperation.json)
  -h, --help         this message

Example: npx mes-components content-diff saved/international-cooperation.html --write content.en.json
`;

/** What the command reports in one line and exit status 2. */
class InputError extends Error {}

/** The sections of the page, in its order, as the built-in content keeps them. */
const SECTIONS = ['priorities', 'activities', 'strategy', 'holidays'];

/** White space (the page's no-break spaces too) as single spaces. */
const tidy = (s) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** A paragraph as its sentences (a full stop, question or exclamation mark, then a capital letter). */
const sentences = (s) => tidy(s).split(/(?<=[.!?])\s+(?=[\p{Lu}])/u);

/* ------------------------------------------------------------------------------------------------------------ */
/* Reading the input                                                                                            */
/* ------------------------------------------------------------------------------------------------------------ */

async function readBytes(where) {
  if (/^https?:\/\//i.test(where)) {
    let response;
    try {
      response = await fetch(where, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    } catch (e) {
      throw new InputError(`could not fetch ${where}: ${e?.cause?.message ?? e?.message ?? String(e)}`);
    }
    if (!response.ok) throw new InputError(`could not fetch ${where}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(where))
    throw new InputError(`${where}: only http: and https: addresses are fetched`);
  try {
    return await readFile(where);
  } catch (e) {
    if (e?.code === 'ENOENT') throw new InputError(`${where}: no such file`);
    if (e?.code === 'EISDIR') throw new InputError(`${where} is a folder, not a saved page`);
    throw new InputError(`${where}: cannot be read (${e?.code ?? e?.message})`);
  }
}

/** The bytes as text: the charset a saved page declares (UTF-8 by default); binary data is refused. */
function decode(bytes, where) {
  if (bytes.length === 0 || bytes.every((b) => b <= 0x20)) throw new InputError(`${where} is empty`);
  if (bytes.subarray(0, 8192).includes(0))
    throw new InputError(`${where} is not a saved web page or text (binary data)`);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  let decoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal: true });
  }
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${where} is not a saved web page or text (it is not ${decoder.encoding} text)`);
  }
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The page as blocks: lines of text and lists                                                                  */
/* ------------------------------------------------------------------------------------------------------------ */

/** Elements whose text is never the page's content: code, the document's head, forms, the site's chrome. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'dialog',
  'menu',
]);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'dialog',
  'menu',
  'menubar',
  'complementary',
]);
/** Class or id words of a site's chrome (menus, breadcrumbs, footers, pop-ups). */
const CHROME_NAMES =
  /(^|[-_\s])(nav|navbar|navigation|menu|menus|submenu|dropdown|breadcrumbs?|footer|header|sidebar|modal|popup|cookies?|search|social|share|banner)([-_\s]|$)/i;
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

function isChrome(node) {
  if (SKIPPED.has(node.nodeName)) return true;
  if (attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true') return true;
  if (CHROME_ROLES.has(attr(node, 'role') ?? '')) return true;
  return CHROME_NAMES.test(`${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`);
}

function findFirst(node, test) {
  if (test(node)) return node;
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === 'template') continue;
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The blocks of an HTML page: each block element's text a line, each list item an item of its list. The page's
 * main content is read (`<main>`, `role="main"`, `<article>`), else its body, leaving the site's chrome out.
 */
function htmlBlocks(text) {
  const doc = parseHtml(text);
  const body = findFirst(doc, (n) => n.nodeName === 'body') ?? doc;
  const root =
    findFirst(body, (n) => n.nodeName === 'main' || attr(n, 'role') === 'main') ??
    findFirst(body, (n) => n.nodeName === 'article') ??
    body;
  const blocks = [];
  let line = '';
  let list = null;
  const flush = () => {
    const t = tidy(line);
    if (t) blocks.push(list ? { item: t, list } : { line: t });
    line = '';
  };
  /** `ulList`: the list (a `<ul>` or `<ol>`) whose items are the node's nearest `<li>` children. */
  const walk = (node, ulList) => {
    if (node.nodeName === '#text') {
      line += node.value;
      return;
    }
    if (node.nodeName === '#comment' || isChrome(node)) return;
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    const outer = list;
    if (node.nodeName === 'li') list = ulList ?? {};
    const inner = node.nodeName === 'ul' || node.nodeName === 'ol' ? {} : ulList;
    for (const child of node.childNodes ?? []) walk(child, inner);
    if (block) flush();
    if (node.nodeName === 'li') list = outer;
  };
  walk(root, null);
  flush();
  return blocks;
}

/** The blocks of a page's plain text: each line a block; lines that start with a bullet are list items. */
function textBlocks(text) {
  const blocks = [];
  let list = null;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const bullet = /^\s*[•·▪◦●*–-]\s+/.exec(raw);
    const t = tidy(bullet ? raw.slice(bullet[0].length) : raw);
    if (!t) continue; // a blank line does not end a list
    if (bullet) {
      list ??= {};
      blocks.push({ item: t, list });
    } else {
      list = null;
      blocks.push({ line: t });
    }
  }
  return blocks;
}

const looksLikeHtml = (text) =>
  /<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text.slice(0, 4096)) ||
  /<\/(p|div|li|ul|ol|h[1-6]|span|a|section|main)>/i.test(text);

/* ------------------------------------------------------------------------------------------------------------ */
/* The page's sections, organised as the built-in content is                                                    */
/* ------------------------------------------------------------------------------------------------------------ */

/** Month names a holiday line may use in a language: Intl's (en, ru) or the content's own (be), genitive and plain. */
function monthNames(lang, content) {
  const names = new Map();
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2026, m - 1, 15));
    for (const options of [{ month: 'long' }, { month: 'long', day: 'numeric' }]) {
      const part = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })
        .formatToParts(date)
        .find((p) => p.type === 'month');
      if (part) names.set(part.value.toLowerCase(), m);
    }
    for (const words of [content.dateWords?.monthsFormat, content.dateWords?.monthsStandalone]) {
      if (words) names.set(words[m - 1].toLowerCase(), m);
    }
  }
  return names;
}

/** A holiday line, "January 19th - Rescuer’s Day" or "19 января – День спасателя", as `{ month, day, name }`. */
function holidayOf(line, months) {
  const month = '(\\p{L}+)';
  const patterns = [
    [new RegExp(`^${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[-–—:]\\s*(.+)$`, 'iu'), 1, 2],
    [new RegExp(`^(\\d{1,2})\\s+${month}\\s*[-–—:]\\s*(.+)$`, 'iu'), 2, 1],
  ];
  for (const [re, m, d] of patterns) {
    const match = re.exec(line);
    const number = match && months.get(match[m].toLowerCase());
    if (number) return { month: number, day: Number(match[d]), name: match[3].trim() };
  }
  return undefined;
}

/** A holiday as one line in the language, the same for the page and the built-in content. */
function holidayLine(h, lang) {
  const date = new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, h.month - 1, h.day)),
  );
  return `${date} – ${h.name}`;
}

/**
 * The page's sections: the first three lists, each with the line before it (the lead), are the priorities, the
 * activities and the strategy's objectives; the lines between the second list and the third lead are the strategy's
 * paragraph; after the third list, the holidays' title and the holiday lines. Lines before the first lead (the
 * site's title, the page's heading) and after the holidays (the site's menus) are the site's, not content.
 */
function pageSections(blocks, lang, content) {
  const lists = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b.item || (i > 0 && blocks[i - 1].list === b.list)) continue;
    const lead = blocks[i - 1]?.line;
    if (lead === undefined) continue;
    let end = i;
    while (blocks[end + 1]?.list === b.list) end++;
    lists.push({ leadAt: i - 1, lead, items: blocks.slice(i, end + 1).map((x) => x.item), end });
  }
  if (lists.length < 3) return { found: lists.length };
  const [priorities, activities, strategy] = lists;
  const paragraphs = blocks
    .slice(activities.end + 1, strategy.leadAt)
    .filter((b) => b.line)
    .flatMap((b) => sentences(b.line));
  const months = monthNames(lang, content);
  const rest = blocks.slice(strategy.end + 1);
  const holidays = [];
  let title;
  const other = [];
  for (const b of rest) {
    const text = b.line ?? b.item;
    const h = holidayOf(text, months);
    if (h) holidays.push(h);
    else if (title === undefined && holidays.length === 0 && b.line && /:$/.test(text)) title = text;
    else if (holidays.length === 0 && !(b.item && lists.some((l) => l.items.includes(text)))) other.push(text);
  }
  return {
    found: lists.length,
    priorities: { lead: priorities.lead, items: priorities.items },
    activities: { lead: activities.lead, items: activities.items },
    strategy: { paragraphs, lead: strategy.lead, items: strategy.items },
    holidays: { title, items: holidays },
    // Lists past the third and lines between the objectives and the holidays: new text the sections do not place.
    other: [
      ...lists.slice(3).flatMap((l) => [l.lead, ...l.items]),
      ...other.filter((t) => !lists.slice(3).some((l) => l.lead === t || l.items.includes(t))),
    ],
  };
}

/** A section as the sentences compared: the lead and items; the strategy's paragraph first; the holidays as lines. */
function sentencesOf(section, value, lang) {
  if (!value) return [];
  if (section === 'holidays') {
    return [...(value.title ? [value.title] : []), ...value.items.map((h) => holidayLine(h, lang))];
  }
  return [...(value.paragraphs ?? []).flatMap(sentences), value.lead, ...value.items].filter(Boolean).map(tidy);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Differences                                                                                                  */
/* ------------------------------------------------------------------------------------------------------------ */

const words = (s) => s.split(/\s+/).filter(Boolean);

/** How alike two sentences are: the share of their words in common, in order (0–1). */
function likeness(a, b) {
  const [x, y] = [words(a), words(b)];
  const common = diffArrays(x, y)
    .filter((p) => !p.added && !p.removed)
    .reduce((n, p) => n + p.count, 0);
  return (2 * common) / (x.length + y.length || 1);
}

/** The sentences removed from `before`, added in `after`, and changed (a removed one and an added one alike). */
function compare(before, after) {
  const out = { added: [], removed: [], changed: [] };
  const parts = diffArrays(before, after);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.added && !p.removed) continue;
    const next = parts[i + 1];
    let removed = p.removed ? [...p.value] : [];
    let added = p.added ? [...p.value] : [];
    if (next && (next.added || next.removed) && next.added !== p.added) {
      if (next.added) added = [...next.value];
      else removed = [...next.value];
      i++;
    }
    // Pair each removed sentence with the first added one that is like it, in order.
    let from = 0;
    for (const r of removed) {
      const j = added.findIndex((a, k) => k >= from && likeness(r, a) >= 0.5);
      if (j === -1) {
        out.removed.push(r);
        continue;
      }
      out.added.push(...added.slice(from, j));
      out.changed.push({
        from: r,
        to: added[j],
        words: diffWords(r, added[j]).map((w) => ({
          text: w.value,
          change: w.added ? 'added' : w.removed ? 'removed' : 'same',
        })),
      });
      from = j + 1;
    }
    out.added.push(...added.slice(from));
  }
  return out;
}

/** The changes of a changed sentence in one line: words removed in [-…-], added in {+…+}. */
const wordDiff = (change) =>
  change.words
    .map((w) => (w.change === 'removed' ? `[-${w.text}-]` : w.change === 'added' ? `{+${w.text}+}` : w.text))
    .join('');

/* ------------------------------------------------------------------------------------------------------------ */
/* The command                                                                                                  */
/* ------------------------------------------------------------------------------------------------------------ */

/** Today in Minsk, YYYY-MM-DD: the day the text was checked. */
const todayInMinsk = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Minsk',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** The page's text as content for `<mes-international-cooperation>` (its `src`), in the page's language. */
function contentJson(page, lang, builtIn, where) {
  const source = (section) => ({
    url: /^https?:\/\//i.test(where) ? where : builtIn[section].source.url,
    text: 'ministry',
    checked: todayInMinsk(),
  });
  const ids = new Map(builtIn.holidays.items.map((h) => [`${h.month}-${h.day}`, h.id]));
  const pad = (n) => String(n).padStart(2, '0');
  const out = {
    priorities: { source: source('priorities'), ...page.priorities },
    activities: { source: source('activities'), ...page.activities },
    strategy: { source: source('strategy'), ...page.strategy },
  };
  if (out.strategy.paragraphs.length === 0) delete out.strategy.paragraphs;
  if (page.holidays.items.length > 0 || page.holidays.title) {
    out.holidays = { source: source('holidays') };
    if (page.holidays.title) out.holidays.title = page.holidays.title;
    if (page.holidays.items.length > 0) {
      out.holidays.items = page.holidays.items.map((h) => ({
        id: ids.get(`${h.month}-${h.day}`) ?? `holiday-${pad(h.month)}-${pad(h.day)}`,
        month: h.month,
        day: h.day,
        name: h.name,
      }));
    }
  }
  return { [lang]: out };
}

const LANGUAGE_NAMES = { en: 'English', ru: 'Russian', be: 'Belarusian' };

/** Runs the command with its arguments (those after `content-diff`); resolves with the exit status. */
export async function main(argv, io = { stdout: process.stdout, stderr: process.stderr }) {
  const say = (text) => io.stdout.write(text);
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          lang: { type: 'string' },
          json: { type: 'boolean' },
          write: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new InputError(e.message.split('\n')[0]);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      say(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new InputError('no saved page given (a file, or an http: or https: address)');
    if (positionals.length > 1) throw new InputError(`unexpected argument "${positionals[1]}"`);
    const lang = values.lang ?? 'en';
    if (!LANGS.includes(lang)) throw new InputError(`--lang "${lang}" is not one of ${LANGS.join(', ')}`);
    if (values.write === '') throw new InputError('--write needs a file name');
    const [where] = positionals;

    const text = decode(await readBytes(where), where);
    const html = looksLikeHtml(text);
    const blocks = html ? htmlBlocks(text) : textBlocks(text);
    if (blocks.length === 0) throw new InputError(`${where} has no text`);

    const { [lang]: builtIn } = await import('../dist/builtin-content.js');
    const page = pageSections(blocks, lang, builtIn);
    const what = `the ministry's "International cooperation" page in ${LANGUAGE_NAMES[lang]}`;
    if (!page.priorities) {
      throw new InputError(`${where} is not ${what}: it has ${page.found} of the 3 lists that page has`);
    }
    // A page with lists but hardly any of the built-in sentences is another page (or another language).
    const expected = SECTIONS.flatMap((s) => sentencesOf(s, builtIn[s], lang));
    const found = SECTIONS.flatMap((s) => sentencesOf(s, page[s], lang));
    const alike = expected.filter((e) => found.some((f) => f === e || likeness(e, f) >= 0.5)).length;
    if (alike < expected.length / 3) {
      throw new InputError(`${where} is not ${what}: only ${alike} of its ${expected.length} sentences are in it`);
    }

    const sections = SECTIONS.map((section) => {
      const d = compare(sentencesOf(section, builtIn[section], lang), sentencesOf(section, page[section], lang));
      return { section, same: d.added.length + d.removed.length + d.changed.length === 0, ...d };
    });
    if (page.other.length > 0) {
      sections.push({ section: 'other', same: false, added: page.other, removed: [], changed: [] });
    }
    const same = sections.every((s) => s.same);

    if (values.write) {
      const json = contentJson(page, lang, builtIn, where);
      try {
        await writeFile(values.write, `${JSON.stringify(json, null, 2)}\n`);
      } catch (e) {
        throw new InputError(`${values.write}: cannot be written (${e?.code ?? e?.message})`);
      }
    }

    if (values.json) {
      say(`${JSON.stringify({ source: where, lang, same, sections }, null, 2)}\n`);
    } else {
      const lines = [`${where} against the built-in ${LANGUAGE_NAMES[lang]} content:`, ''];
      for (const s of sections) {
        const counts = [
          s.changed.length && `${s.changed.length} changed`,
          s.added.length && `${s.added.length} added`,
          s.removed.length && `${s.removed.length} removed`,
        ].filter(Boolean);
        lines.push(`${s.section}: ${s.same ? 'same' : counts.join(', ')}`);
        for (const c of s.changed) lines.push(`  ~ ${wordDiff(c)}`);
        for (const a of s.added) lines.push(`  + ${a}`);
        for (const r of s.removed) lines.push(`  - ${r}`);
      }
      const differing = sections.filter((s) => !s.same).length;
      lines.push(
        '',
        same
          ? 'No differences: the built-in content says what the page says.'
          : `${differing} of ${sections.length} sections differ.`,
      );
      if (values.write) lines.push(`Wrote ${values.write}: the page's text as content for src.`);
      say(`${lines.join('\n')}\n`);
    }
    return same ? 0 : 1;
  } catch (e) {
    const message = e instanceof InputError ? e.message : `unexpected error: ${e?.message ?? String(e)}`;
    io.stderr.write(`mes-components content-diff: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
