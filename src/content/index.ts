import type { Content, Lang } from './types.js';
import { en } from './en.js';
import { ru } from './ru.js';
import { be } from './be.js';

export type * from './types.js';
export { en, ru, be };

const byLang: Record<Lang, Content> = { en, ru, be };

/** The built-in content in one language. */
export function contentFor(lang: Lang): Content {
  return byLang[lang];
}
