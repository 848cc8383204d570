/**
 * "Try your content": a content author pastes or edits the JSON of an element's content (what a `src`
 * file holds) and sees the element show it at once, in each language, with the element's own messages
 * about what it could not use beside it. JSON that does not parse is reported too. Everything is text:
 * nothing the author types is rendered as HTML.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { loadContent, type Content, type ContentErrorDetail, type Lang } from '../src/index.js';
import { ELEMENTS as REGISTRY } from '../src/elements.js';

/**
 * The elements, and the part of the built-in content each one shows (what a `src` file replaces), from the registry:
 * an element's first section; the page element's own words, the ministry and the sections it shows.
 */
const ELEMENTS: Record<string, (c: Content) => unknown> = Object.fromEntries(
  REGISTRY.map(({ tag, sections }) => [
    tag,
    tag === 'mes-international-cooperation'
      ? (c: Content) => ({
          title: c.ui.page.internationalCooperation,
          generalInformation: c.ui.page.generalInformation,
          ...Object.fromEntries(sections.map((section) => [section, c[section]])),
        })
      : (c: Content) => c[sections[0]!],
  ]),
);

const LANGUAGES: { lang: Lang; name: string }[] = [
  { lang: 'be', name: 'Беларуская' },
  { lang: 'ru', name: 'Русский' },
  { lang: 'en', name: 'English' },
];

/** The editor: JSON on the left, the element and its messages on the right. Defined for the stories only. */
class TryContent extends LitElement {
  static override properties = {
    tag: { type: String },
    language: { type: String },
    source: { state: true },
    edited: { state: true },
    parseError: { state: true },
    problems: { state: true },
    checked: { state: true },
  };

  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
      gap: 1.5rem;
      font: 15px/1.5 system-ui, sans-serif;
      color: #1b2733;
    }
    @media (max-width: 800px) {
      :host {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid #c9d3de;
      border-radius: 0.375rem;
    }
    legend {
      padding: 0 0.25rem;
      font-weight: 600;
    }
    label.editor {
      display: block;
      margin-bottom: 0.25rem;
      font-weight: 600;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 26rem;
      padding: 0.5rem;
      font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      border: 1px solid #8a97a5;
      border-radius: 0.375rem;
      resize: vertical;
      tab-size: 2;
    }
    textarea:focus-visible,
    button:focus-visible,
    input:focus-visible {
      outline: 3px solid #0b4a8b;
      outline-offset: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.5rem 0;
    }
    button {
      padding: 0.35rem 0.75rem;
      font: inherit;
      color: #0b4a8b;
      background: #fff;
      border: 1px solid #0b4a8b;
      border-radius: 0.375rem;
      cursor: pointer;
    }
    .messages {
      margin-top: 0.5rem;
      padding: 0.75rem 1rem;
      border-radius: 0.375rem;
      border: 1px solid #c9d3de;
    }
    .messages h2 {
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }
    .messages ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .messages.bad {
      border-color: #b3401a;
      background: #fdf1ec;
    }
    .messages.good {
      border-color: #2f7d32;
      background: #eef7ee;
    }
    .hint {
      color: #4a5663;
      font-size: 0.875rem;
    }
    .preview {
      padding: 1rem;
      border: 1px dashed #9aa5b1;
      border-radius: 0.375rem;
    }
    @media (forced-colors: active) {
      .messages.bad,
      .messages.good {
        border-color: CanvasText;
      }
    }
  `;

  tag = 'mes-priorities';
  /** The language the element shows (and whose built-in content fills the editor). */
  language: Lang = 'en';
  /** What the author typed. */
  private source = '';
  /** Whether the author changed the text since it was filled from the built-in content. */
  private edited = false;
  private parseError: string | null = null;
  private problems: string[] = [];
  /** Whether the element has read the current text (so "no problems" can be said). */
  private checked = false;
  private element: HTMLElement & { content?: unknown } = document.createElement('mes-priorities');

  override connectedCallback(): void {
    super.connectedCallback();
    this.element.addEventListener('mes-content-error', this.onContentError);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.element.removeEventListener('mes-content-error', this.onContentError);
  }

  private onContentError = (event: Event) => {
    const detail = (event as CustomEvent<ContentErrorDetail>).detail;
    const from = (event.composedPath()[0] as Element | undefined)?.localName;
    const prefix = from && from !== this.tag ? `<${from}> ` : '';
    this.problems = [...this.problems, ...detail.problems.map((p) => `${prefix}${p}`)];
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tag')) {
      this.element.removeEventListener('mes-content-error', this.onContentError);
      this.element = document.createElement(this.tag);
      this.element.addEventListener('mes-content-error', this.onContentError);
      this.edited = false;
    }
    if (changed.has('tag') || changed.has('language')) {
      this.element.setAttribute('lang', this.language);
      this.element.setAttribute('today', '2026-01-15');
      if (!this.edited) void this.fillFromBuiltIn();
    }
  }

  /** Fills the editor with the element's built-in content in the chosen language. */
  private async fillFromBuiltIn(): Promise<void> {
    const content = await loadContent(this.language);
    this.source = JSON.stringify(ELEMENTS[this.tag](content), null, 2);
    this.edited = false;
    this.apply();
  }

  /** Parses the text and hands it to the element, which checks it and reports what it cannot use. */
  private apply(): void {
    this.problems = [];
    this.checked = false;
    let value: unknown;
    try {
      value = this.source.trim() === '' ? undefined : JSON.parse(this.source);
      this.parseError = null;
    } catch (e) {
      this.parseError = (e as Error).message;
      return;
    }
    this.element.content = value;
    void (this.element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete?.then(() => {
      this.checked = true;
    });
  }

  private onInput(event: Event) {
    this.source = (event.target as HTMLTextAreaElement).value;
    this.edited = true;
    this.apply();
  }

  private onLang(event: Event) {
    this.language = (event.target as HTMLInputElement).value as Lang;
  }

  private messages() {
    if (this.parseError !== null) {
      return html`<div class="messages bad" role="status">
        <h2>The text is not valid JSON</h2>
        <p>${this.parseError}</p>
        <p class="hint">The element still shows the last content that could be read.</p>
      </div>`;
    }
    if (this.problems.length > 0) {
      return html`<div class="messages bad" role="status">
        <h2>Not used (${this.problems.length}): the element shows its built-in content there instead</h2>
        <ul>
          ${this.problems.map((p) => html`<li>${p}</li>`)}
        </ul>
      </div>`;
    }
    return html`<div class="messages good" role="status">
      <h2>${this.checked ? 'No problems: the element uses all of it' : 'Checking…'}</h2>
    </div>`;
  }

  protected override render() {
    return html`<div>
        <fieldset>
          <legend>Language</legend>
          ${LANGUAGES.map(
            (l) =>
              html`<label
                ><input type="radio" name="lang" value=${l.lang} .checked=${this.language === l.lang} @change=${this.onLang} />
                <span lang=${l.lang}>${l.name}</span></label
              >`,
          )}
        </fieldset>
        <label class="editor" for="json">Content of &lt;${this.tag}&gt; (JSON, as in a <code>src</code> file)</label>
        <textarea id="json" spellcheck="false" .value=${this.source} @input=${this.onInput}></textarea>
        <div class="actions">
          <button type="button" @click=${() => void this.fillFromBuiltIn()}>Start again from the built-in content</button>
        </div>
        <p class="hint">
          Every key is optional: what you leave out comes from the built-in content. For all three languages in one file,
          write <code>{ "be": {…}, "ru": {…}, "en": {…} }</code>. Editors check the file too with the JSON Schema
          <code>mes-components/schema/${this.tag}.json</code>.
        </p>
        ${this.messages()}
      </div>
      <section class="preview" aria-label="Preview">${this.element}</section>`;
  }
}
if (!customElements.get('mes-story-try-content')) customElements.define('mes-story-try-content', TryContent);

interface Args {
  tag: string;
  lang: Lang;
}

const meta: Meta<Args> = {
  title: 'Guides/Try your content',
  tags: ['!autodocs'],
  args: { tag: 'mes-priorities', lang: 'en' },
  argTypes: {
    tag: { control: 'select', options: Object.keys(ELEMENTS) },
    lang: { control: 'inline-radio', options: ['be', 'ru', 'en'] },
  },
  render: (args) => html`<mes-story-try-content tag=${args.tag} language=${args.lang}></mes-story-try-content>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Priorities: Story = { args: { tag: 'mes-priorities' } };
export const CooperationActivities: Story = {
  name: 'Cooperation activities',
  args: { tag: 'mes-cooperation-activities' },
};
export const StrategyGoals: Story = { name: 'Strategy goals', args: { tag: 'mes-strategy-goals' } };
export const HolidayCalendar: Story = { name: 'Holiday calendar', args: { tag: 'mes-holiday-calendar' } };
export const StructureNav: Story = { name: 'Structure navigation', args: { tag: 'mes-structure-nav' } };
export const InternationalCooperation: Story = { name: 'Whole page', args: { tag: 'mes-international-cooperation' } };
