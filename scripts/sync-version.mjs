#!/usr/bin/env node
/**
 * Writes package.json's version into src/core/version.ts (the version the library states in the console when it is
 * loaded twice). `npm run version-packages` runs it after `changeset version` has set the new version; a test keeps
 * the two equal. Writes nothing when they already are.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'src/core/version.ts';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const before = readFileSync(FILE, 'utf8');
const after = before.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`);
if (!after.includes(`'${version}'`)) throw new Error(`sync-version: ${FILE} has no \`export const VERSION = '…';\``);
if (after !== before) {
  writeFileSync(FILE, after);
  console.log(`sync-version: ${FILE} now says ${version}.`);
} else console.log(`sync-version: ${FILE} already says ${version}.`);
