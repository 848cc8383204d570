import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromium, firefox } from './scripts/wtr/browsers.mjs';
import { engineCommandsPlugin } from './scripts/wtr/engine-commands.mjs';
import { filterBrowserLogs } from './scripts/wtr/quiet.mjs';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';

/**
 * `npm run test:visual`: screenshots of every element compared with the committed baselines
 * (test/visual/screenshots/<Engine>/baseline/), in Chromium and Firefox. A difference fails the run and writes
 * test/visual/screenshots/<Engine>/failed/<name>.png and <name>-diff.png (kept out of git).
 * `npm run test:visual:update` writes the baselines anew: look at each one before committing it.
 *
 * WebKit is left out: its WebDriver (classic) cannot emulate dark, forced colours or print, and MiniBrowser under
 * Xvfb draws with a device scale and antialiasing of its own, so its screenshots would guard only half the matrix.
 * MES_VISUAL_ENGINES=chromium picks engines.
 */
const update = process.argv.includes('--update-visual-baseline');
const engines = (process.env.MES_VISUAL_ENGINES ?? 'chromium,firefox').split(',');
const launchers = { chromium, firefox };

export default {
  files: ['src/test/visual/*.visual.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 30000 } },
  browsers: engines.map((e) => launchers[e]()),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    engineCommandsPlugin(),
    visualRegressionPlugin({
      update,
      baseDir: 'test/visual/screenshots',
      // pixelmatch leaves antialiased pixels out and tolerates a small difference of colour (0.1); past that, more
      // than 20 pixels differing is a change: a list's bullets in another colour are about 150.
      diffOptions: { threshold: 0.1 },
      failureThreshold: 20,
      failureThresholdType: 'pixel',
    }),
  ],
  // No "Lit is in dev mode" notice on each page (scripts/wtr/quiet.mjs).
  filterBrowserLogs,
  reporters: [defaultReporter(), summaryReporter()],
};
