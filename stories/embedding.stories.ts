/**
 * "Embedding": how a portal puts the elements on its pages (CDN script, npm with a bundler, React, Vue,
 * Angular, a CMS with static snippets) and themes them, with a live worked example of partner theming.
 * The code samples are strings rendered as text.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { version } from '../package.json';
import '../src/index.js';

// The same published URLs as the README's (`npm run lint` checks that this one is there, with package.json's version).
const CDN = `<script type="module"
  src="https://unpkg.com/mes-components@${version}/dist/cdn/mes-components.js"
  integrity="sha384-…"  crossorigin="anonymous"></script>

<mes-priorities lang="be" heading-level="2"></mes-priorities>`;

const NPM = `npm install mes-components   # once it is on npm; until then the tarball of \`npm pack\` (see the README)

// main.js
import 'mes-components';                              // every element
import 'mes-components/components/mes-priorities.js'; // or one element`;

const REACT = `import { MesPriorities, MesHolidayCalendar } from 'mes-components/react';

<MesPriorities lang="ru" headingLevel={3}
  onContentError={(e) => console.warn(e.detail.problems)} />

// or the tag itself (React 19): typed by the package
<mes-priorities lang="ru" heading-level={3} />`;

const VUE = `// vite.config.js
vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mes-') } } })

// main.js
import 'mes-components';

<!-- Component.vue -->
<mes-priorities :lang="locale" heading-level="3" :content.prop="partnerContent"
  @mes-content-error="onError" />`;

const ANGULAR = `// main.ts
import 'mes-components';

// the component that uses the tags
@Component({ …, schemas: [CUSTOM_ELEMENTS_SCHEMA] })

<mes-priorities [attr.lang]="lang" heading-level="3" [content]="partnerContent"
  (mes-content-error)="onError($event)"></mes-priorities>`;

const CMS = `npx mes-components render   # or take dist/static/<tag>.<lang>.html from the package

<!-- paste the snippet: the content is readable before any script runs -->
<mes-priorities lang="be"><template shadowrootmode="open">…</template></mes-priorities>
<script type="module" src="/assets/mes-components/mes-components.js"></script>`;

const SRC = `<mes-priorities src="/content/priorities.json"></mes-priorities>

// /content/priorities.json: every key optional; one object, or one per language
{
  "$schema": "https://unpkg.com/mes-components@${version}/dist/schema/mes-priorities.json",
  "en": { "title": "Priorities of our partnership", "items": ["training;", "equipment."] },
  "ru": { "title": "Приоритеты нашего партнёрства", "items": ["обучение;", "оборудование."] }
}`;

const THEME = `.partner-portal {
  --mes-accent: #00594f;          /* markers, links, rules */
  --mes-accent-strong: #003d36;   /* links on hover */
  --mes-heading-font: Georgia, 'Times New Roman', serif;
  --mes-space: 1.25rem;
  --mes-max-width: 60ch;
}
.partner-portal mes-priorities::part(heading) {
  border-bottom: 3px solid #00594f;
  padding-bottom: 0.25rem;
}
.partner-portal mes-priorities::part(item) {
  font-weight: 500;
}`;

/** The page; a custom element so that its styles (and the worked example's) stay in its shadow root. */
class EmbeddingGuide extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 70rem;
      font: 16px/1.55 system-ui, sans-serif;
      color: #1b2733;
    }
    h1 {
      margin-top: 0;
    }
    h2 {
      margin: 2rem 0 0.5rem;
      padding-top: 1rem;
      border-top: 1px solid #dbe2e9;
    }
    pre {
      overflow-x: auto;
      padding: 0.75rem 1rem;
      background: #f3f6f9;
      border: 1px solid #dbe2e9;
      border-radius: 0.375rem;
      font: 13.5px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
    .example {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 800px) {
      .example {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .partner-portal {
      --mes-accent: #00594f;
      --mes-accent-strong: #003d36;
      --mes-heading-font: Georgia, 'Times New Roman', serif;
      --mes-space: 1.25rem;
      --mes-max-width: 60ch;
      padding: 1rem;
      border: 1px dashed #9aa5b1;
      border-radius: 0.375rem;
    }
    .partner-portal mes-priorities::part(heading) {
      border-bottom: 3px solid #00594f;
      padding-bottom: 0.25rem;
    }
    .partner-portal mes-priorities::part(item) {
      font-weight: 500;
    }
  `;

  protected override render() {
    return html`<article>
      <h1>Embedding the elements</h1>
      <p>
        Every element is a standard custom element: it works in any page, framework or CMS that can output a tag and load one
        script. The language comes from the element's <code>lang</code>, else the nearest ancestor's, else
        <code>&lt;html lang&gt;</code> (be, ru, en). The README has each guide in full.
      </p>

      <h2>Plain HTML from a CDN</h2>
      <p>
        One module script defines every element. The URL is the package's on unpkg once it is published on npm; until
        then, serve the <code>dist/cdn/</code> folder of the built package from your own site. The README shows this
        version's <code>integrity</code> hash; the build prints it and ships it as
        <code>dist/cdn/mes-components.js.sri</code>. Russian and Belarusian content are separate files beside it, fetched
        when a page shows them: the hash covers the entry only.
      </p>
      <pre><code>${CDN}</code></pre>

      <h2>npm with Vite (or any bundler)</h2>
      <pre><code>${NPM}</code></pre>

      <h2>React</h2>
      <p>Wrappers with typed events in <code>mes-components/react</code> (React is an optional peer dependency).</p>
      <pre><code>${REACT}</code></pre>

      <h2>Vue</h2>
      <p>Tell Vue's compiler that <code>mes-*</code> tags are custom elements; pass objects with <code>.prop</code>.</p>
      <pre><code>${VUE}</code></pre>

      <h2>Angular</h2>
      <pre><code>${ANGULAR}</code></pre>

      <h2>A CMS with static snippets</h2>
      <p>
        Prerendered HTML for each element and language shows the content before (or without) JavaScript; the script then
        takes over.
      </p>
      <pre><code>${CMS}</code></pre>

      <h2>Your own content</h2>
      <p>
        A JSON file given in <code>src</code> (or an object in the <code>content</code> property) replaces any part of the
        built-in content. Each element has a JSON Schema, <code>mes-components/schema/&lt;tag&gt;.json</code>, so that an
        editor checks the file as it is written; the “Try your content” pages check it live.
      </p>
      <pre><code>${SRC}</code></pre>

      <h2>Partner theming: a worked example</h2>
      <p>
        Custom properties (<code>--mes-*</code>) set colours, spacing and fonts on the element or any ancestor; CSS parts
        (<code>::part(heading)</code>, <code>::part(item)</code>…) style the inner pieces. Colours follow the page's
        <code>color-scheme</code>, forced colours and print.
      </p>
      <div class="example">
        <pre><code>${THEME}</code></pre>
        <div class="partner-portal">
          <mes-priorities lang="en" heading-level="3"></mes-priorities>
        </div>
      </div>
    </article>`;
  }
}
if (!customElements.get('mes-story-embedding')) customElements.define('mes-story-embedding', EmbeddingGuide);

const meta: Meta = {
  title: 'Guides/Embedding',
  tags: ['!autodocs'],
  render: () => html`<mes-story-embedding></mes-story-embedding>`,
};
export default meta;

export const Embedding: StoryObj = {};
