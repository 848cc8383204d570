import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { pageLangPlugin } from 'mes-components/server';

export default function (eleventyConfig) {
  // First: each element without a `lang` of its own is given its page's (Lit renders an element without its ancestors).
  eleventyConfig.addPlugin(pageLangPlugin);
  // Then the elements are rendered to declarative shadow DOM, in every language, at build time.
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['_lib/mes-components.js'] });
  // The browser modules (hydration support included) and the language files they fetch, served beside the pages.
  eleventyConfig.addPassthroughCopy({ 'node_modules/mes-components/dist/cdn': 'mes-components' });
}

export const config = { dir: { input: 'src', output: '_site' } };
