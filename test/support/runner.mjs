/**
 * How the Node-side browser suites (test/integration, test/ssr, test/pack) run their checks: each check is one test of
 * node's own runner (node:test), run at once, in the order of the file, so that a check can build on the state the
 * previous ones left in a page. Run a suite with `node --test-reporter=./test/support/reporter.mjs <file>` (the npm
 * scripts do): one line a check, node's summary, then `N passed, N failed` alone on the last line; the exit status
 * is 1 when a check failed.
 *
 * `--only=<word>` on the command line runs only the sections whose name contains the word.
 */
import process from 'node:process';
import { test as nodeTest } from 'node:test';
import { setImmediate as tick, setTimeout as sleep } from 'node:timers/promises';

/** The word given with `--only=`, if any. */
export const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

/** How many checks passed and failed so far. */
export const counts = { passed: 0, failed: 0 };

/**
 * Runs one check: passes unless `fn` throws (or rejects). Resolves to whether it passed, once it has run.
 */
export async function test(name, fn) {
  let ok = false;
  await nodeTest(name, async () => {
    await fn();
    ok = true;
  });
  counts[ok ? 'passed' : 'failed']++;
  return ok;
}

/** An error that lists what a check found wrong (the first 12), without a stack of the runner's own frames. */
function problemsError(problems) {
  const lines = problems.slice(0, 12).map((p) => `- ${String(p).split('\n').join('\n  ')}`);
  if (problems.length > 12) lines.push(`… and ${problems.length - 12} more`);
  const error = new Error(lines.join('\n'));
  error.stack = error.message;
  return error;
}

/**
 * Runs one check that returns (or resolves to) a list of problems: it passes when the list, empty entries left
 * out, is empty, and fails listing them.
 */
export function check(name, fn) {
  return test(name, async () => {
    const problems = ((await fn()) ?? []).filter(Boolean);
    if (problems.length > 0) throw problemsError(problems);
  });
}

/** Runs a part of a suite; what it throws outside a check (a page that does not load, say) is one failed check. */
export async function guarded(name, fn) {
  try {
    await fn();
  } catch (e) {
    await test(`${name}: stopped by an error`, () => {
      throw e;
    });
  }
}

/** Prints a line between the checks' lines (once the lines of the checks run so far are out). */
export async function note(text) {
  // node:test prints a check's line a moment after the check ends.
  await tick();
  await tick();
  console.log(text);
}

/** Starts a section: prints its name and says whether it runs (`--only`). */
export async function section(name) {
  const run = !only || name.includes(only);
  if (run) await note(`\n# ${name}`);
  return run;
}

/**
 * Calls `fn` until it returns something truthy, and returns that. `timeout` (ms) only guards against a hang: it
 * gives up then, saying what it waited for (and `detail()`, when given).
 */
export async function waitFor(fn, what, { timeout = 15_000, interval = 50, detail } = {}) {
  const limit = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > limit) {
      const more = detail?.();
      throw new Error(`gave up waiting for ${what}${more ? `:\n${more}` : ''}`);
    }
    await sleep(interval);
  }
}
