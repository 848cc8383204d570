import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromium } from './scripts/wtr/browsers.mjs';
import { engineCommandsPlugin } from './scripts/wtr/engine-commands.mjs';
import { filterBrowserLogs, withoutExpected404s } from './scripts/wtr/quiet.mjs';
import { resultsReporter } from './scripts/wtr/results-reporter.mjs';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';

/**
 * `npm test`: every test in headless Chromium (Debian's /usr/bin/chromium, or CHROME_PATH).
 * `npm run test:all` runs the same tests in Chromium, Firefox and WebKit: web-test-runner.all.config.mjs.
 */
export const shared = {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames, which fixtures wait for.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    engineCommandsPlugin(),
    a11ySnapshotPlugin(),
  ],
  // No "Lit is in dev mode" notice, and no list of the 404s that tests ask for (scripts/wtr/quiet.mjs);
  // resultsReporter: test/results/<engine>.json, what `npm run report` reads.
  filterBrowserLogs,
  reporters: [withoutExpected404s(defaultReporter()), summaryReporter(), resultsReporter()],
};

export default {
  ...shared,
  browsers: [chromium()],
};
