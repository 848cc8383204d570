import { enginesFromEnv } from './scripts/wtr/browsers.mjs';
import { shared } from './web-test-runner.config.mjs';

/**
 * `npm run test:all` (scripts/test-all.sh): every test in Chromium, then Firefox, then WebKit, one page at a time.
 * MES_ENGINES=firefox,webkit picks engines. WebKit needs the Xvfb display and WebKitWebDriver that the script starts.
 */
export default {
  ...shared,
  browsers: enginesFromEnv(),
  // Firefox and WebKit start more slowly than Chromium, and WebKit runs under Xvfb without a GPU.
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
