import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';
import { timezonePlugin } from './scripts/wtr/timezone-plugin.mjs';

/** Debian's chromium (never a downloaded browser); CHROME_PATH overrides it. */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames, which fixtures wait for.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    timezonePlugin(),
    a11ySnapshotPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
