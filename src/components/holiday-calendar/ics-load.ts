/**
 * The iCalendar writer (ics.ts) on demand: in the browser builds it is a chunk of its own, fetched the first time a
 * calendar's download link is approached (pointer over it, focus) or activated, not on first paint. Node has it at
 * once (src/node.ts gives it), since a server render cannot wait for a chunk.
 */
import type * as Ics from './ics.js';

export type IcsWriter = typeof Ics;

let writer: IcsWriter | undefined;
let loading: Promise<IcsWriter> | undefined;

/** The writer, once it is loaded or given. */
export const icsWriter = (): IcsWriter | undefined => writer;

/** Loads the writer (once; after a failure, e.g. offline, the next call tries again). */
export const loadIcsWriter = (): Promise<IcsWriter> =>
  (loading ??= writer
    ? Promise.resolve(writer)
    : import('./ics.js').then(
        (m) => (writer = m),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));

/** Gives the writer at once. */
export const provideIcsWriter = (given: IcsWriter): void => {
  writer = given;
};
