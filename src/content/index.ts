import { en } from './en.js';
import { provideEnglish } from './store.js';

export type * from './types.js';
export { en };
export { loadContent, loadedContent } from './store.js';

// Whoever imports the whole library may ask for the whole English content.
provideEnglish(en);
