/**
 * Prints the built-in content of every language as JSON, for test/ssr/run.mjs (which keeps the server DOM shim
 * of bin/render.js out of its own process, where puppeteer runs).
 */
import process from 'node:process';
import { loadContent } from '../../bin/render.js';
import { LANGS } from '../support/elements.mjs';

const out = {};
for (const lang of LANGS) out[lang] = await loadContent(lang);
process.stdout.write(JSON.stringify(out));
