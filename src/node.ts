/**
 * mes-components in Node (the `node` condition of the package's entries): the same as src/index.ts, with every
 * language's content loaded at once, so that server rendering (`@lit-labs/ssr`, Eleventy's Lit plugin) shows the
 * language an element is given with no extra call, and the calendar's iCalendar writer, so that its download link
 * carries its file. Browsers never load it: there, Russian and Belarusian and the writer stay chunks fetched on
 * demand. Importing this module defines every element.
 *
 * (The build gives this module its own copy of the Russian and Belarusian content, vite.config.ts, so that the
 * browser's chunks of them stay as they are.)
 */
import { be } from './content/be.js';
import { ru } from './content/ru.js';
import { provideTranslation } from './content/store.js';
import * as ics from './components/holiday-calendar/ics.js';
import { provideIcsWriter } from './components/holiday-calendar/ics-load.js';

provideTranslation('be', be);
provideTranslation('ru', ru);
provideIcsWriter(ics);

export * from './index.js';
