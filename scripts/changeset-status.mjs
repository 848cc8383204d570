#!/usr/bin/env node
/**
 * `npm run changeset:status`: `changeset status` against the base branch named in .changeset/config.json: fails when
 * the branch changes the package without a changeset, or when a changeset added on the branch is not valid (an
 * unknown package, a bump other than patch, minor or major).
 *
 * `changeset status` alone compares with a local branch of that name, which a CI clone of one branch does not have
 * ("Failed to find where HEAD diverged from \"main\""): this takes `origin/<base>` then, and when neither exists
 * (a shallow clone of one branch) says so and passes, since there is nothing to compare with.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { baseBranch = 'main' } = JSON.parse(readFileSync('.changeset/config.json', 'utf8'));
const exists = (ref) => spawnSync('git', ['rev-parse', '--quiet', '--verify', `${ref}^{commit}`]).status === 0;
const base = [baseBranch, `origin/${baseBranch}`].find(exists);
if (!base) {
  console.log(
    `changeset-status: neither ${baseBranch} nor origin/${baseBranch} is in this clone; nothing to compare with, skipped.`,
  );
  process.exit(0);
}
const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const mergeBase = spawnSync('git', ['merge-base', base, 'HEAD'], { encoding: 'utf8' }).stdout.trim();
if (!mergeBase) {
  console.log(`changeset-status: HEAD shares no history with ${base} in this clone (shallow?); skipped.`);
  process.exit(0);
}
if (mergeBase === head) console.log(`changeset-status: HEAD is on ${base}; no changes of its own to need a changeset.`);
const run = spawnSync('npx', ['changeset', 'status', `--since=${base}`], { stdio: 'inherit' });
process.exit(run.status ?? 1);
