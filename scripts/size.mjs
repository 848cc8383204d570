#!/usr/bin/env node
/**
 * Prints the size of every JavaScript file in dist/ (raw, min+gzip). Run after `npm run build`.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
if (!existsSync(dist)) {
  console.error('size: dist/ does not exist; run `npm run build` first.');
  process.exit(2);
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.js')) yield path;
  }
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [...files(dist)].sort().map((path) => {
  const body = readFileSync(path);
  return { file: relative(dist, path), raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
});
const width = Math.max(...rows.map((r) => r.file.length), 4);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}`);
