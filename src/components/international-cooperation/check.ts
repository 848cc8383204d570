/** The check of `<mes-international-cooperation>` content (a chunk of its own: only pages that give content load it). */
import type { InternationalCooperationContent, MinistryContent } from '../../content/types.js';
import { describedBy, object, text, url, type Check } from '../../content/validate.js';
import { sourceCheck } from '../../content/source-check.js';

/**
 * A section's content is handed to the section's own element, which checks it and reports what is
 * wrong under its own name; here it only has to be an object.
 */
const section: Check<object> = (value, path, problems) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${path}: expected an object`);
    return undefined;
  }
  return value;
};

/** The check of a section shown by `tag`; its JSON Schema is that element's (in the same schema file's definitions). */
const sectionOf = (tag: string): Check<object> => describedBy(section, () => ({ $ref: `#/definitions/${tag}` }));

/** The check of `<mes-international-cooperation>` content. */
export const internationalCooperationCheck = object<InternationalCooperationContent>({
  title: text,
  generalInformation: text,
  ministry: object<MinistryContent>({
    source: sourceCheck,
    name: text,
    abbreviation: text,
    siteTitle: text,
    url,
  }) as Check<MinistryContent>,
  priorities: sectionOf('mes-priorities'),
  activities: sectionOf('mes-cooperation-activities'),
  strategy: sectionOf('mes-strategy-goals'),
  holidays: sectionOf('mes-holiday-calendar'),
});
