#!/usr/bin/env node
/**
 * Writes the Node builds of the element entries and of the React entry: dist/node/components/mes-<name>.js and
 * dist/node/react.js, each the browser module with every language's content loaded first (dist/node.js). The
 * package's `node` export condition points at them (and at dist/node.js for the main entry), so that a server that
 * imports one element renders it in Russian and Belarusian with no extra call, as one that imports them all does.
 * They export what the browser modules do: the types are the same files.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const header = (what) => `// ${what} in Node: the browser module, with every language's content loaded at once.\n`;

mkdirSync('dist/node/components', { recursive: true });
let count = 0;
for (const file of readdirSync('dist/components')) {
  if (!/^mes-[a-z-]+\.js$/.test(file)) continue;
  writeFileSync(
    `dist/node/components/${file}`,
    `${header(`mes-components/components/${file}`)}import '../../node.js';\nexport * from '../../components/${file}';\n`,
  );
  count++;
}
writeFileSync(
  'dist/node/react.js',
  `${header('mes-components/react')}import '../node.js';\nexport * from '../react/index.js';\n`,
);
if (count === 0 || !existsSync('dist/node.js')) {
  console.error('node-entries: dist/components/ or dist/node.js is missing; run `vite build` first.');
  process.exit(1);
}
console.log(`node-entries: ${count + 1} Node entries written to dist/node/`);
