/**
 * Writes the results of a run as data, one file per browser: `test/results/<engine>.json` (kept out of git), read by
 * `npm run report` (scripts/report.mjs). Each file lists, sorted, every test of the run: its file (relative to the
 * project), its full name (the `describe` titles and its own, joined by " > "), and `passed`, `failed` or `skipped`;
 * the skip reasons a file logged (`[skipped] …`, src/test/commands.ts) are kept per file. A run of some files only
 * writes those files' results: the report then says which tests it has no result for.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function resultsReporter({ outDir = resolve(ROOT, 'test/results') } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const engine = String(session.browser?.name ?? 'browser').toLowerCase();
        if (!engines.has(engine)) engines.set(engine, { tests: [], skipReasons: {} });
        const out = engines.get(engine);
        const file = relative(ROOT, session.testFile).split('\\').join('/');
        const walk = (suite, path) => {
          for (const t of suite?.tests ?? []) {
            const status = t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed';
            out.tests.push({ file, name: [...path, t.name].join(' > '), status });
          }
          for (const s of suite?.suites ?? []) walk(s, [...path, s.name]);
        };
        walk(session.testResults, []);
        // A file that failed to load has no tests to list: it is one failure under its own name.
        if (
          !session.passed &&
          (session.errors?.length ?? 0) > 0 &&
          !(session.testResults?.tests?.length || session.testResults?.suites?.length)
        ) {
          out.tests.push({ file, name: '(the file did not run)', status: 'failed' });
        }
        const reasons = new Set();
        for (const log of session.logs ?? []) {
          const text = log.map(String).join(' ');
          if (text.startsWith('[skipped] ')) reasons.add(text.slice('[skipped] '.length));
        }
        if (reasons.size) out.skipReasons[file] = [...reasons].sort();
      }
      mkdirSync(outDir, { recursive: true });
      for (const [engine, { tests, skipReasons }] of engines) {
        tests.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
        const data = { engine, tests, skipReasons };
        writeFileSync(resolve(outDir, `${engine}.json`), `${JSON.stringify(data, null, 1)}\n`);
      }
    },
  };
}
