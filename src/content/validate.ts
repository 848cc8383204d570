/**
 * A small validator for content that comes from outside (the `content` property or a JSON `src`).
 * Each check returns the value it accepts (cleaned), or `undefined`, and records what was wrong with
 * a readable path, e.g. `items[2]: expected text, got a number`.
 */

export type Problems = string[];
export type Check<T> = (value: unknown, path: string, problems: Problems) => T | undefined;

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

/** An integer between `min` and `max` inclusive. */
export function integer(min: number, max: number): Check<number> {
  return (value, path, problems) => {
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
}

/** The URL schemes a link may use. Anything else (`javascript:`, `data:`…) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Whether a URL (absolute, or relative to the page) uses a scheme that is safe to link to. */
export function isSafeUrl(value: string): boolean {
  try {
    // Relative URLs resolve against the page; where there is no page (prerendering), against a stand-in.
    const base = typeof document === 'undefined' ? 'https://localhost/' : document.baseURI;
    return SAFE_SCHEMES.has(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

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
 * A non-empty list. Entries that fail their check are dropped (and reported); a list left empty is
 * refused, so that the built-in list stays.
 */
export function list<T>(item: Check<T>): Check<T[]> {
  return (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems.push(`${path || 'value'}: expected a list, got ${describe(value)}`);
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
}

export type Fields<T> = { [K in keyof T]-?: Check<T[K]> };

/**
 * An object with known keys. With `required`, those keys must be present and valid or the whole
 * object is refused; other keys are optional. Unknown keys are reported (usually a typo) and ignored.
 */
export function object<T extends object>(
  fields: Fields<T>,
  required: readonly (keyof T)[] = [],
  refine?: (value: Partial<T>, path: string, problems: Problems) => boolean,
): Check<Partial<T>> {
  return (value, path, problems) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${path || 'content'}: expected an object, got ${describe(value)}`);
      return undefined;
    }
    const source = value as Record<string, unknown>;
    const out: Partial<T> = {};
    let complete = true;
    for (const key of Object.keys(source)) {
      if (!(key in fields)) problems.push(`${at(path, key)}: unknown key`);
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
}

/** Makes a check of a partial object usable where a complete one is needed (all keys were required). */
export function complete<T>(check: Check<Partial<T>>): Check<T> {
  return check as Check<T>;
}
