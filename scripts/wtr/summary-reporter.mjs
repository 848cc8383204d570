/**
 * Prints the plain closing line `N passed, N failed[, N skipped]` once the run ends, so that CI logs
 * state the count. It is printed at process exit, after the live progress display has finished.
 */
export function summaryReporter() {
  let counts = null;
  const walk = (suite, c) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) c.skipped++;
      else if (t.passed) c.passed++;
      else c.failed++;
    }
    for (const s of suite?.suites ?? []) walk(s, c);
  };
  return {
    onTestRunFinished({ sessions }) {
      const c = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        walk(session.testResults, c);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) c.failed += session.errors.length;
      }
      counts = c;
    },
    start() {
      process.once('exit', () => {
        if (!counts) return;
        const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
        process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
      });
    },
  };
}
