/**
 * Prints the plain closing line `N passed, N failed[, N skipped]` once the run ends, so that CI logs
 * state the count. It is printed at process exit, after the live progress display has finished.
 * When the run has several browsers, one line per browser comes first, with the reasons a test gave for being
 * skipped there (src/test/commands.ts logs them as `[skipped] …`).
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
  const line = (c) => `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const browsers = new Map();
      for (const session of sessions) {
        const name = session.browser?.name ?? 'browser';
        if (!browsers.has(name)) browsers.set(name, { passed: 0, failed: 0, skipped: 0, reasons: new Map() });
        const c = browsers.get(name);
        walk(session.testResults, c);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) c.failed += session.errors.length;
        for (const log of session.logs ?? []) {
          const text = log.map(String).join(' ');
          if (text.startsWith('[skipped] ')) {
            const reason = text.slice('[skipped] '.length).replace(/ \([^()]*asked for;[^()]*\)$/, '');
            c.reasons.set(reason, (c.reasons.get(reason) ?? 0) + 1);
          }
        }
      }
      for (const c of browsers.values()) for (const k of ['passed', 'failed', 'skipped']) total[k] += c[k];
      counts = { total, browsers };
    },
    start() {
      process.once('exit', () => {
        if (!counts) return;
        let out = '\n';
        if (counts.browsers.size > 1) {
          for (const [name, c] of counts.browsers) {
            out += `${name}: ${line(c)}\n`;
            for (const [reason, n] of c.reasons) out += `  skipped (reason given ${n}×): ${reason}\n`;
          }
        }
        process.stdout.write(`${out}${line(counts.total)}\n`);
      });
    },
  };
}
