/**
 * A small validator for content that comes from outside (the `content` property or a JSON `src`).
 * Each check returns the value it accepts (cleaned), or `undefined`, and records what was wrong with
 * a readable path, e.g. `items[2]: expected text, got a number`.
 *
 * Each check also describes itself as JSON Schema (`check.schema()`, draft-07): the build writes one
 * schema per element from these descriptions (dist/schema/<tag>.json), so that a content author's editor
 * validates a `src` file by the same rules as the element. A value is valid by the schema exactly when the
 * check records no problem, except where a rule cannot be put in JSON Schema (such a rule says so).
 */

export type Problems = string[];

/** A JSON Schema (draft-07) object. */
export type JsonSchema = { [keyword: string]: unknown };

/** A check, and (where it has one) the JSON Schema of the values it accepts without a problem. */
export type Check<T> = ((value: unknown, path: string, problems: Problems) => T | undefined) & {
  /** Builds the JSON Schema of the values the check accepts with no problem (built only when asked for). */
  schema?: () => JsonSchema;
};

/**
 * Gives a check its JSON Schema: `describedBy(check, (own) => …)` gets the schema the check had (if any) and
 * returns the one to use. Returns a new check; the one given is left as it was.
 */
export function describedBy<T>(check: Check<T>, schema: (own: JsonSchema) => JsonSchema): Check<T> {
  const described: Check<T> = (value, path, problems) => check(value, path, problems);
  described.schema = () => schema(check.schema?.() ?? {});
  return described;
}

/** The key a content file may use to name its JSON Schema for editors; it is not content and is ignored. */
export const SCHEMA_KEY = '$schema';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Non-empty text (after trimming). */
export const text: Check<string> = (value, path, problems) => {
  if (typeof value !== 'string') {
    problems.push(`${path || 'value'}: expected text, got ${describe(value)}`);
    return undefined;
  }
  if (value.trim() === '') {
    problems.push(`${path || 'value'}: must not be empty`);
    return undefined;
  }
  return value;
};
text.schema = () => ({ type: 'string', pattern: '\\S' });

/** An integer between `min` and `max` inclusive. */
export function integer(min: number, max: number): Check<number> {
  const check: Check<number> = (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      problems.push(`${path || 'value'}: expected a whole number, got ${describe(value)}`);
      return undefined;
    }
    if (value < min || value > max) {
      problems.push(`${path || 'value'}: ${value} is outside ${min}–${max}`);
      return undefined;
    }
    return value;
  };
  check.schema = () => ({ type: 'integer', minimum: min, maximum: max });
  return check;
}

import { isSafeUrl } from './url.js';

export { isSafeUrl };

/** A link target: an `http:`, `https:` or `mailto:` URL. */
export const url: Check<string> = (value, path, problems) => {
  const s = text(value, path, problems);
  if (s === undefined) return undefined;
  if (!isSafeUrl(s)) {
    problems.push(`${path || 'value'}: only http:, https: and mailto: links are allowed`);
    return undefined;
  }
  return s;
};
/**
 * As JSON Schema: text that starts with no scheme (a link relative to the page) or with http:, https: or
 * mailto: (any case, after leading spaces). The URL parser has the last word: text that it cannot parse
 * as a URL at all (`https://exa mple.org`) passes the schema but not the element.
 */
url.schema = () => ({
  type: 'string',
  description: 'An http:, https: or mailto: URL, or a URL relative to the page.',
  allOf: [
    { pattern: '\\S' },
    {
      pattern:
        '^(?![\\u0000-\\u0020]*[A-Za-z][A-Za-z0-9+.\\-]*:)|^[\\u0000-\\u0020]*(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):',
    },
  ],
});

/** The most entries a list of content may have: more is refused whole (a runaway file, not content to show). */
export const MAX_LIST_ITEMS = 1000;

/**
 * A non-empty list of at most `MAX_LIST_ITEMS` entries. Entries that fail their check are dropped (and
 * reported); a list left empty, or one that is too long, is refused, so that the built-in list stays.
 */
export function list<T>(item: Check<T>): Check<T[]> {
  const check: Check<T[]> = (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems.push(`${path || 'value'}: expected a list, got ${describe(value)}`);
      return undefined;
    }
    if (value.length > MAX_LIST_ITEMS) {
      problems.push(`${path || 'value'}: ${value.length} entries, more than the ${MAX_LIST_ITEMS} a list may have`);
      return undefined;
    }
    const out: T[] = [];
    value.forEach((entry, i) => {
      const checked = item(entry, at(path, i), problems);
      if (checked !== undefined) out.push(checked);
    });
    if (out.length === 0) {
      if (value.length === 0) problems.push(`${path || 'value'}: must not be empty`);
      return undefined;
    }
    return out;
  };
  check.schema = () => ({ type: 'array', minItems: 1, maxItems: MAX_LIST_ITEMS, items: schemaOf(item) });
  return check;
}

/** The JSON Schema of a check; a check without one is a mistake in the library, reported when a schema is built. */
export function schemaOf(check: Check<unknown>): JsonSchema {
  if (!check.schema) throw new Error(`a content check (${check.name || 'anonymous'}) has no JSON Schema`);
  return check.schema();
}

export type Fields<T> = { [K in keyof T]-?: Check<T[K]> };

/**
 * An object with known keys. With `required`, those keys must be present and valid or the whole
 * object is refused; other keys are optional. Unknown keys are reported (usually a typo) and ignored,
 * except `$schema` at the top of a file (path ''), which names the file's JSON Schema for editors.
 * `refine` adds a rule across keys; JSON Schema cannot say it, so give the object's schema such a rule
 * with `describedBy` where it can be said, and document it where it cannot.
 */
export function object<T extends object>(
  fields: Fields<T>,
  required: readonly (keyof T)[] = [],
  refine?: (value: Partial<T>, path: string, problems: Problems) => boolean,
): Check<Partial<T>> {
  const check: Check<Partial<T>> = (value, path, problems) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${path || 'content'}: expected an object, got ${describe(value)}`);
      return undefined;
    }
    const source = value as Record<string, unknown>;
    const out: Partial<T> = {};
    let complete = true;
    for (const key of Object.keys(source)) {
      if (!(key in fields) && !(key === SCHEMA_KEY && path === '')) problems.push(`${at(path, key)}: unknown key`);
    }
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      if (source[key] === undefined) {
        if (required.includes(key)) {
          problems.push(`${at(path, key)}: is required`);
          complete = false;
        }
        continue;
      }
      const checked = fields[key](source[key], at(path, key), problems);
      if (checked === undefined) {
        if (required.includes(key)) complete = false;
      } else {
        out[key] = checked;
      }
    }
    if (!complete) return undefined;
    if (refine && !refine(out, path, problems)) return undefined;
    return out;
  };
  check.schema = () => {
    const properties: Record<string, JsonSchema> = {};
    for (const key of Object.keys(fields) as (keyof T & string)[]) properties[key] = schemaOf(fields[key]);
    return {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required: [...required] } : {}),
      additionalProperties: false,
    };
  };
  return check;
}

/** Makes a check of a partial object usable where a complete one is needed (all keys were required). */
export function complete<T>(check: Check<Partial<T>>): Check<T> {
  return check as Check<T>;
}
