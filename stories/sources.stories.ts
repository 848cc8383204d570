/**
 * "Sources": for content authors, where each section of the built-in content comes from: the official page, whose
 * words it is (the ministry's own, the library's translation, or the library's own wording), the day it was last
 * checked, and the names that could not be confirmed. Then the elements with `show-sources`, as a partner's page
 * shows that line. The same data is in the content (`source` of each section) and in the JSON Schemas.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/index.js';
import { be } from '../src/content/be.js';
import { en } from '../src/content/en.js';
import { ru } from '../src/content/ru.js';
import type { Content, SourceContent } from '../src/content/types.js';
import { ELEMENTS } from '../src/elements.js';

const LANGUAGES: { content: Content; name: string }[] = [
  { content: be, name: 'Беларуская (be)' },
  { content: ru, name: 'Русский (ru)' },
  { content: en, name: 'English (en)' },
];

const SECTIONS = ['ministry', 'priorities', 'activities', 'strategy', 'holidays', 'structure'] as const;

const WHOSE: Record<SourceContent['text'], string> = {
  ministry: 'the ministry’s own text',
  translation: 'the library’s translation',
  library: 'the library’s own wording',
};

/** The elements that show a section. */
const shownBy = (section: string) =>
  ELEMENTS.filter((e) => (e.sections as readonly string[]).includes(section)).map((e) => `<${e.tag}>`);

const table = (c: Content) =>
  html`<table class="sources">
    <caption>
      Sources of the built-in content
    </caption>
    <thead>
      <tr>
        <th scope="col">Section</th>
        <th scope="col">Shown by</th>
        <th scope="col">Whose words</th>
        <th scope="col">Official page</th>
        <th scope="col">Last checked</th>
        <th scope="col">Could not be confirmed</th>
      </tr>
    </thead>
    <tbody>
      ${SECTIONS.map((section) => {
        const source = c[section].source;
        if (!source) return html`<tr><th scope="row">${section}</th><td colspan="5">No source.</td></tr>`;
        return html`<tr>
          <th scope="row"><code>${section}</code></th>
          <td>${shownBy(section).join(', ')}</td>
          <td>${WHOSE[source.text]}${source.note ? html`<p class="note">${source.note}</p>` : nothing}</td>
          <td><a href=${source.url}>${source.url}</a></td>
          <td><time datetime=${source.checked}>${source.checked}</time></td>
          <td>
            ${
              source.unconfirmed?.length
                ? html`<ul lang=${c.lang}>
                  ${source.unconfirmed.map((name) => html`<li>${name}</li>`)}
                </ul>`
                : 'Everything confirmed'
            }
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;

const styles = html`<style>
  .sources-page {
    font-family: system-ui, sans-serif;
    line-height: 1.5;
  }
  .sources {
    border-collapse: collapse;
    margin-block-end: 2rem;
    font-size: 0.9375rem;
  }
  .sources caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }
  .sources th,
  .sources td {
    border: 1px solid #b1b4b6;
    padding: 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .sources ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .sources .note {
    margin: 0.5rem 0 0;
    color: #505a5f;
  }
</style>`;

const meta: Meta = {
  title: 'Content/Sources',
  parameters: { layout: 'padded' },
};
export default meta;

/** Every section, every language: the official page, whose words, last checked, what could not be confirmed. */
export const WhereTheContentComesFrom: StoryObj = {
  name: 'Where the content comes from',
  render: () =>
    html`${styles}
      <div class="sources-page">
      <p>
        Each section of the content carries its provenance as data (<code>source</code>: <code>url</code>,
        <code>text</code>, <code>checked</code>, <code>unconfirmed</code>, <code>note</code>). A partner’s own content
        (<code>content</code> or <code>src</code>) gives its own <code>source</code>; without one, no source is shown for
        it. <code>mes-components content-diff</code> compares a saved copy of the ministry’s page with this content.
      </p>
      ${LANGUAGES.map(
        ({ content, name }) => html`<section lang="en">
          <h2>${name}</h2>
          ${table(content)}
        </section>`,
      )}
      </div>`,
};

/** The "Source" line that `show-sources` adds under each section, in each language. */
export const ShowSources: StoryObj<{ lang: string }> = {
  name: 'show-sources on the page (every element)',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['be', 'ru', 'en'] } },
  render: ({ lang }) =>
    html`<mes-international-cooperation lang=${lang} show-sources today="2026-07-01"></mes-international-cooperation>
      <mes-structure-nav lang=${lang} show-sources></mes-structure-nav>`,
};

/** Without the attribute (the default), no source line anywhere: the portal page shows the content alone. */
export const WithoutShowSources: StoryObj = {
  name: 'Without show-sources (the default)',
  render: () => html`<mes-priorities></mes-priorities>`,
};
