#!/usr/bin/env node
/**
 * Writes dist/components/mes-<name>.d.ts for each element entry dist/components/mes-<name>.js, so that
 * `mes-components/components/mes-<name>.js` has types (tsc writes them beside the sources' layout,
 * dist/components/<name>/mes-<name>.d.ts).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';

for (const dir of readdirSync('dist/components', { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  const decl = `dist/components/${dir.name}/mes-${dir.name}.d.ts`;
  if (!existsSync(decl) || !existsSync(`dist/components/mes-${dir.name}.js`)) continue;
  writeFileSync(`dist/components/mes-${dir.name}.d.ts`, `export * from './${dir.name}/mes-${dir.name}.js';\n`);
}
