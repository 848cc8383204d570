/**
 * Keeps two kinds of expected lines out of web-test-runner's output, so that what it prints is worth reading:
 *
 * - Lit's "Lit is in dev mode" notice, printed by every test page. The tests run Lit's development build on purpose
 *   (it checks more and warns about misuse); the notice says only that, once per file.
 * - The 404s that tests ask for: tests of content that cannot be loaded point `src` at a file named `no-such-…`,
 *   which the test server answers with 404 as it should. Any other 404 is still reported.
 */

/** True for every browser log line but Lit's dev-mode notice (web-test-runner's `filterBrowserLogs`). */
export function filterBrowserLogs({ args }) {
  return !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.'));
}

/** A file a test requests in order to get a 404: its name begins with `no-such-`. */
export const EXPECTED_404 = /(^|\/)no-such-[^/]*$/;

/** The reporter, given each test file's sessions without the 404s that tests asked for. */
export function withoutExpected404s(reporter) {
  return {
    ...reporter,
    reportTestFileResults(args) {
      const sessionsForTestFile = args.sessionsForTestFile.map((session) => ({
        ...session,
        request404s: session.request404s.filter((url) => !EXPECTED_404.test(url.split('?')[0])),
      }));
      return reporter.reportTestFileResults?.({ ...args, sessionsForTestFile });
    },
  };
}
