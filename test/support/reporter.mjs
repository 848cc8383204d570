/**
 * node:test's `spec` reporter, then `N passed, N failed` alone on the last line (tests, not suites; skipped and
 * todo tests are neither). For every Node-side suite: `node [--test] --test-reporter=./test/support/reporter.mjs …`.
 */
import { Readable } from 'node:stream';
import { spec } from 'node:test/reporters';

export default async function* reporter(source) {
  let passed = 0;
  let failed = 0;
  async function* counted() {
    for await (const event of source) {
      if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.details?.type !== 'suite') {
        if (event.data.skip || event.data.todo) {
          // neither
        } else if (event.type === 'test:pass') passed++;
        else failed++;
      }
      yield event;
    }
  }
  for await (const chunk of Readable.from(counted()).pipe(new spec())) yield chunk;
  yield `\n${passed} passed, ${failed} failed\n`;
}
