import type { ListContent } from '../content/types.js';
import { list, object, text, type Check } from '../content/validate.js';
import { sourceCheck } from '../content/source-check.js';

/** The check for the plain list shape `{ title, lead, items }`, each key optional. */
export const listContentCheck: Check<Partial<ListContent>> = object<ListContent>({
  source: sourceCheck,
  title: text,
  lead: text,
  items: list(text),
});
