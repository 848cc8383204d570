import type { LinkContent, StrategyContent } from '../../content/types.js';
import { complete, integer, list, object, text, url, type Check } from '../../content/validate.js';
import { sourceCheck } from '../../content/source-check.js';

/** The years a period may start and end in. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** A language tag (BCP 47, loosely: letters, digits and hyphens), such as `ru` or `ru-BY`. */
const languageTag: Check<string> = (value, path, problems) => {
  const s = text(value, path, problems);
  if (s === undefined) return undefined;
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(s)) {
    problems.push(`${path}: expected a language tag such as "ru" or "ru-BY"`);
    return undefined;
  }
  return s;
};
languageTag.schema = () => ({ type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$' });

const link: Check<LinkContent> = complete(
  object<LinkContent>({ label: text, url, hreflang: languageTag }, ['label', 'url']),
);

/**
 * The check of `<mes-strategy-goals>` content. A period that ends before it starts, or is longer than
 * `maxYears` (the element's `MAX_PERIOD_YEARS`), is reported and the built-in period (`base`) is kept.
 * The element passes both: this module imports nothing of the element, so that loading it defines nothing.
 */
export function strategyCheck(
  base: Pick<StrategyContent, 'startYear' | 'endYear'>,
  maxYears: number,
): Check<Partial<StrategyContent>> {
  return object<StrategyContent>(
    {
      source: sourceCheck,
      title: text,
      name: text,
      paragraphs: list(text),
      startYear: integer(FIRST_YEAR, LAST_YEAR),
      endYear: integer(FIRST_YEAR, LAST_YEAR),
      lead: text,
      items: list(text),
      links: list(link),
    },
    [],
    (value, path, problems) => {
      if (value.startYear === undefined && value.endYear === undefined) return true;
      const start = value.startYear ?? base.startYear;
      const end = value.endYear ?? base.endYear;
      const where = path ? `${path}.endYear` : 'endYear';
      if (end < start) {
        problems.push(`${where}: ${end} is before startYear ${start}; the built-in period is kept`);
      } else if (end - start + 1 > maxYears) {
        problems.push(
          `${where}: a period of ${end - start + 1} years is longer than ${maxYears}; the built-in period is kept`,
        );
      } else {
        return true;
      }
      delete value.startYear;
      delete value.endYear;
      return true;
    },
  );
}
