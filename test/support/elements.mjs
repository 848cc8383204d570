/**
 * The registry of the elements (src/elements.ts, built to dist/elements.js by `npm run build`) for the Node-side
 * suites, and what follows from it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** The repository's folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

const file = join(ROOT, 'dist/elements.js');
if (!existsSync(file)) {
  console.error('dist/elements.js is missing; run `npm run build` first.');
  process.exit(2);
}

export const { ELEMENTS, TAGS, LANGS, FALLBACK_LANG, elementInfo } = await import(pathToFileURL(file).href);

/** The elements that show the holidays. */
export const HOLIDAY_TAGS = ELEMENTS.filter((e) => e.holidays).map((e) => e.tag);

/**
 * The elements another one is made of: those that show only parts of the content it shows (fewer of them), in the
 * order of its sections. (`<mes-international-cooperation>` is made of the priorities, the activities, the strategy
 * and the calendar.)
 */
export function partsOf(tag) {
  const { sections } = elementInfo(tag);
  return ELEMENTS.filter(
    (e) => e.tag !== tag && e.sections.length < sections.length && e.sections.every((s) => sections.includes(s)),
  )
    .map((e) => e.tag)
    .sort((a, b) => sections.indexOf(ownSection(a)) - sections.indexOf(ownSection(b)));
}

/** The part of the content an element not made of others shows as its own: its first section. */
export const ownSection = (tag) => elementInfo(tag).sections[0];
