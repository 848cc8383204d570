/**
 * mes-components in Node (the `node` condition of the package's entries): the same as src/index.ts, with every
 * language's content loaded at once, so that server rendering (`@lit-labs/ssr`, Eleventy's Lit plugin) shows the
 * language an element is given with no extra call. Browsers never load it: there, Russian and Belarusian stay
 * chunks fetched on demand. Importing this module defines every element.
 *
 * (The build gives this module its own copy of the Russian and Belarusian content, vite.config.ts, so that the
 * browser's chunks of them stay as they are.)
 */
import { be } from './content/be.js';
import { ru } from './content/ru.js';
import { provideTranslation } from './content/store.js';

provideTranslation('be', be);
provideTranslation('ru', ru);

export * from './index.js';
