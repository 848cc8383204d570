// render.mjs — `node render.mjs be > priorities.be.html`
import process from 'node:process';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'mes-components'; // in Node: defines every element, with every language's content at hand

const lang = process.argv[2] ?? 'en';
const markup = await collectResult(render(html`<mes-priorities lang=${lang}></mes-priorities>`));
process.stdout.write(markup);
