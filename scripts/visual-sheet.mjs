/**
 * Contact sheets of the screenshot baselines, for a person to look at before committing them:
 * `npm run test:visual:sheet [-- <engine>]` writes test/visual/sheets/<engine>/<group>.png (kept out of git), one
 * sheet per element (and one for the states), each screenshot labelled with its name, at its own size.
 * No tool does this for @web/test-runner-visual-regression's folders; a page of <img> screenshotted by Chromium does.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../test/support/browser.mjs';

const root = 'test/visual/screenshots';
const engines = process.argv[2] ? [process.argv[2]] : await readdir(root);
const browser = await launchChromium();
try {
  for (const engine of engines) {
    const base = join(root, engine, 'baseline');
    const out = join('test/visual/sheets', engine);
    await mkdir(out, { recursive: true });
    for (const group of await readdir(base)) {
      const files = (await readdir(join(base, group))).filter((f) => f.endsWith('.png')).sort();
      const figures = await Promise.all(
        files.map(async (f) => {
          const data = (await readFile(join(base, group, f))).toString('base64');
          return `<figure><figcaption>${f}</figcaption><img src="data:image/png;base64,${data}"></figure>`;
        }),
      );
      const page = await browser.newPage();
      await page.setViewport({ width: 2000, height: 1000 });
      await page.setContent(
        `<style>body{margin:8px;font:14px sans-serif;display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
        figure{margin:0;border:1px solid #888}figcaption{background:#333;color:#fff;padding:2px 6px}
        img{display:block;max-width:1300px}</style>${figures.join('')}`,
        { waitUntil: 'load' },
      );
      await page.screenshot({ path: join(out, `${group}.png`), fullPage: true });
      await page.close();
      console.log(`${join(out, `${group}.png`)}: ${files.length} screenshots`);
    }
  }
} finally {
  await browser.close();
}
