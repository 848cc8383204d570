/**
 * The check of a section's provenance (`source`) in content from outside: the same rules for the built-in content
 * (its tests) and a partner's (`content`, `src`). Loaded with the elements' checks, never by a page that shows the
 * built-in content.
 */
import type { SourceContent } from './types.js';
import { list, object, text, type Check } from './validate.js';

/** What `text` may say: whose words the section is. */
export const SOURCE_KINDS: readonly SourceContent['text'][] = ['ministry', 'translation', 'library'];

const kind: Check<SourceContent['text']> = (value, path, problems) => {
  if (typeof value === 'string' && (SOURCE_KINDS as readonly string[]).includes(value)) {
    return value as SourceContent['text'];
  }
  problems.push(`${path}: expected one of ${SOURCE_KINDS.map((k) => `"${k}"`).join(', ')}`);
  return undefined;
};
kind.schema = () => ({ enum: [...SOURCE_KINDS] });

/** An absolute `http:` or `https:` URL: the page the text comes from. */
const page: Check<string> = (value, path, problems) => {
  const s = text(value, path, problems);
  if (s === undefined) return undefined;
  let protocol = '';
  try {
    protocol = new URL(s).protocol;
  } catch {
    // Not an absolute URL: reported below.
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    problems.push(`${path}: expected the address of a web page (https://…)`);
    return undefined;
  }
  return s;
};
page.schema = () => ({ type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://\\S' });

/** A calendar date `YYYY-MM-DD` that exists. */
const day: Check<string> = (value, path, problems) => {
  const s = text(value, path, problems);
  if (s === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !date || date.getUTCDate() !== +m[3] || date.getUTCMonth() !== +m[2] - 1) {
    problems.push(`${path}: expected a date as YYYY-MM-DD`);
    return undefined;
  }
  return s;
};
/** As JSON Schema: the form only; a day a month does not have (31 February) is refused by the element alone. */
day.schema = () => ({
  type: 'string',
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  description: 'A date, YYYY-MM-DD.',
});

/**
 * A section's provenance: `url`, `text` and `checked` required; `unconfirmed` and `note` optional. A source that
 * fails is dropped (and reported): the section then shows no "Source" line.
 */
export const sourceCheck: Check<SourceContent> = object<SourceContent>(
  { url: page, text: kind, checked: day, unconfirmed: list(text), note: text },
  ['url', 'text', 'checked'],
) as Check<SourceContent>;
