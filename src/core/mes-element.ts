import {
  adoptStyles,
  html,
  isServer,
  nothing,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { loadedTranslation, loadTranslation } from '../content/store.js';
import { enUiSources } from '../content/en.js';
import type { ContentView, EnglishOf, Lang, SourceContent, UiStrings } from '../content/types.js';
import type { Check } from '../content/validate.js';
import type { MesEventDetail, MesEventName } from './events.js';
import { ContentController } from './content.js';
import {
  addLangListener,
  FALLBACK_LANG,
  inheritedLangTag,
  matchLang,
  observeLangAround,
  removeLangListener,
} from './lang.js';
import { heading, parseHeadingLevel } from './heading.js';
import { baseStyles } from './styles.js';

/** Default level of an element's top heading. */
export const DEFAULT_HEADING_LEVEL = 2;

export type { ContentErrorDetail, ContentLoadDetail } from './content.js';

/** What every element's view of the content has: its language and some interface words. */
export type ElementContent = { lang: Lang; ui: Partial<UiStrings> };

/**
 * What every element of the library shares:
 * - its language (`lang` on the element, else the nearest ancestor's across shadow roots, else
 *   `<html lang>`; regional tags map to their language; anything else falls back to English), kept
 *   current by one observer that the whole library shares;
 * - `heading-level` for its top heading;
 * - `show-sources`: a small "Source" line under the element's section, linking the official page its text comes
 *   from (the section's `source`); never shown without the attribute, nor for content from outside that does
 *   not bring a `source` of its own;
 * - its content: the built-in content, partly or wholly replaced by the `content` property or by
 *   JSON from `src` (the property on top, key by key; both checked together, so rules across keys hold);
 *   what fails to load or validate is reported once (`console.warn` and a `mes-content-error` event) and
 *   the built-in content stays. `contentSettled` resolves once what `content` and `src` give is shown or
 *   refused (a ContentController, ./content.ts, owns all of this).
 *
 * @fires mes-content-error - Content from `content` or `src` was refused in whole or in part. `detail`: `{ source, src?, problems }`.
 * @fires mes-content-load - JSON from `src` was loaded and applied. `detail`: `{ src }`.
 */
export abstract class MesElement<T extends object, C extends ElementContent = ContentView> extends LitElement {
  static override styles = [baseStyles];

  // Declared without decorators: Lit's decorators would add their code to every page that loads an element.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    showSources: { attribute: 'show-sources', type: Boolean, reflect: true },
    content: { attribute: false },
    src: { reflect: true },
    language: { state: true },
    outlineLevel: { attribute: false },
  };

  /** The tag, for messages. */
  protected get tag(): string {
    return this.localName;
  }

  /**
   * The level (1–6) of the element's top heading; inner headings follow one level down.
   * An invalid value falls back to 2 with a warning.
   */
  headingLevel: number | string = DEFAULT_HEADING_LEVEL;

  /**
   * Adds a small "Source" line under each section, with a link to the official page its text comes from and, for
   * a translation or the library's own wording, a word that says so. Off by default: the portal page shows the
   * content alone.
   */
  showSources = false;

  /**
   * Content that replaces the built-in content, in whole or in part: an object of the element's
   * content shape, or an object of such objects keyed by language (`{ "en": {...}, "ru": {...} }`).
   * What it does not give comes from the built-in content.
   */
  content: unknown = undefined;

  /** The URL of a JSON file of the same shape as `content`. */
  src: string | null = null;

  /**
   * The language the element shows.
   * @internal
   */
  protected language: Lang = FALLBACK_LANG;

  /**
   * The level of the top heading when another element of the library nests this one; it may be deeper
   * than 6 (the heading is then an `<h6>` announced at that level, so the outline never skips or breaks).
   * It takes precedence over `heading-level`.
   * @internal
   */
  outlineLevel: number | undefined = undefined;

  /** The heading level in use, after validation. */
  protected level = DEFAULT_HEADING_LEVEL;

  /** Content from outside (`content` and `src`): its one owner. */
  protected readonly contentController = new ContentController<T>(this, (type, detail) => this.emit(type, detail));

  /**
   * Resolves once the current `content` and `src` are shown (in whole or in part) or refused and the element has
   * rendered them: after a `src` has answered, and after the `mes-content-error` or `mes-content-load` that causes.
   * An element out of the document loads no `src`: then it waits until the element is back and the file has answered.
   */
  get contentSettled(): Promise<void> {
    return this.contentController.settled();
  }

  #warnedLang: string | null = null;

  /**
   * The English this element shows, in whole sections and whole groups of interface words (the fallback;
   * Russian and Belarusian are loaded on demand). It types the element's view of the content: reading a
   * section it does not bring is a compile error.
   */
  protected abstract readonly english: EnglishOf<C>;

  /** The built-in content of this element, in one language. */
  protected abstract builtIn(content: C): T;

  /**
   * Loads the check that content overrides of the element must pass; each element class sets it, usually to a
   * dynamic `import()` of its check.ts. The build puts every check in one chunk: a page that shows the built-in
   * content never downloads them.
   * @internal
   */
  static contentCheck: () => Promise<Check<object>>;

  /** The element's body, under its heading. */
  protected abstract renderBody(data: T, content: C): unknown;

  /** The text of the element's top heading. */
  protected abstract headingText(data: T, content: C): string;

  /**
   * The built-in content in the element's language (UI strings and all). Until a language's chunk has
   * loaded, the content last shown stays (so a change of language never blanks the element).
   */
  protected get builtInContent(): C {
    if (this.language === FALLBACK_LANG) return this.#englishContent;
    // A whole language's content holds every element's view of it.
    return (loadedTranslation(this.language) as unknown as C | undefined) ?? this.#shownContent ?? this.#englishContent;
  }

  get #englishContent(): C {
    return (this.#englishView ??= { lang: FALLBACK_LANG, ...this.english } as C);
  }

  #englishView: C | undefined;
  #shownContent: C | undefined;

  /**
   * Waits for the language's content, and for the check of a new `content` value, before rendering, so that
   * neither another language nor the content being replaced flashes up first.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // Until neither changes meanwhile: the language (and its content) and the value of `content` (and its check).
    let lang: Lang | undefined;
    for (;;) {
      if (this.language !== lang) {
        lang = this.language;
        if (!loadedTranslation(lang)) await loadTranslation(lang);
      } else {
        const checking = this.contentController.checkContent();
        if (!checking) break;
        await checking;
      }
    }
    super.scheduleUpdate();
  }

  /**
   * The valid part of the overrides for the element's language: `src` first, the `content` property on
   * top. Per-language overrides use the element's language, else the object for every language, else English.
   */
  protected get overrides(): Partial<T> {
    return this.contentController.overrides(this.language);
  }

  /**
   * The content shown: the built-in content of the language, with the overrides on top. Overrides that bring no
   * `source` of their own leave the section without one: the built-in source does not vouch for a partner's text.
   */
  get data(): T {
    const overrides = this.overrides;
    const data = { ...this.builtIn(this.builtInContent), ...overrides };
    if (Object.keys(overrides).length > 0 && !('source' in overrides)) delete (data as { source?: unknown }).source;
    return data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addLangListener(this);
    observeLangAround(this);
    this.langChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeLangListener(this);
  }

  /** Called by the shared language observer. */
  langChanged(): void {
    const tag = inheritedLangTag(this);
    const lang = matchLang(tag) ?? FALLBACK_LANG;
    const own = this.getAttribute('lang');
    if (own && !matchLang(own) && this.#warnedLang !== own) {
      this.#warnedLang = own;
      console.warn(`<${this.tag}>: lang="${own}" is not one of be, ru, en; showing ${FALLBACK_LANG}.`);
    }
    if (lang !== this.language) this.language = lang;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server rendering (@lit-labs/ssr) calls no connectedCallback: read the language from the `lang` attribute here.
    if (isServer) this.langChanged();
    this.#shownContent = this.builtInContent;
    if (changed.has('headingLevel') || changed.has('outlineLevel')) {
      const nested = this.outlineLevel;
      const level = nested && Number.isInteger(nested) && nested > 0 ? nested : parseHeadingLevel(this.headingLevel);
      // A removed attribute means the default; anything else that is not 1–6 is reported.
      if (level === null && this.headingLevel != null && changed.has('headingLevel')) {
        console.warn(
          `<${this.tag}>: heading-level="${String(this.headingLevel)}" is not a whole number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`,
        );
      }
      this.level = level ?? DEFAULT_HEADING_LEVEL;
    }
  }

  /** Static HTML from the server (declarative shadow DOM) that the first render replaces, when Lit cannot hydrate it. */
  #prerendered: ChildNode[] = [];

  /**
   * Static HTML from the server (`mes-components render`) is already in the shadow root. With Lit's hydration
   * support loaded (dist/cdn/mes-components-hydrate.js) the element takes it over in place, and its styles are
   * adopted too (a strict CSP blocks the `<style>` of the static HTML). Without it, the first render replaces the
   * static HTML in one step, so that the content is never shown twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const shadow = isServer ? null : this.shadowRoot;
    if (shadow && !('litElementHydrateSupport' in globalThis)) this.#prerendered = [...shadow.childNodes];
    const root = super.createRenderRoot();
    if (shadow) adoptStyles(shadow, (this.constructor as typeof LitElement).elementStyles);
    // Lit renders before the root's first child, which here is static HTML that the first render removes.
    if (this.#prerendered.length > 0) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.#prerendered.length > 0) {
      for (const node of this.#prerendered) node.remove();
      this.#prerendered = [];
    }
    super.update(changed);
  }

  /** The element's top heading. */
  protected renderHeading(text: string, id = 'heading'): TemplateResult {
    return heading(this.level, text, 'heading', id);
  }

  /** A heading `depth` levels below the top heading. */
  protected renderSubheading(text: string, depth = 1, part = 'subheading', id?: string): TemplateResult {
    return heading(this.level + depth, text, part, id, 'subheading');
  }

  /** The part of the element's base that carries its language, so that assistive technology reads it right. */
  protected override render(): unknown {
    const content = this.builtInContent;
    const data = this.data;
    return html`<div part="base" class="base" lang=${content.lang}>
      ${this.renderHeader(data, content)} ${this.renderBody(data, content)} ${this.renderSource(data, content)}
    </div>`;
  }

  /**
   * With `show-sources`, the section's "Source" line: "Source: mchs.gov.by/en/…", "Source (translation): …". Nothing
   * without the attribute or without a `source` (a partner's `source` is checked: an http: or https: page).
   */
  protected renderSource(data: T, content: C): unknown {
    const source = (data as { source?: SourceContent }).source;
    if (!this.showSources || !source) return nothing;
    const words = content.ui.sources ?? enUiSources;
    const label = source.text === 'ministry' ? words.source : `${words.source} (${words[source.text]})`;
    return html`<p part="source" class="source">
      ${label}: <a part="source-link" href=${source.url}>${source.url.replace(/^https?:\/\/(www\.)?|\/$/g, '')}</a>
    </p>`;
  }

  /** What stands above the body: the top heading (an element may add to it). */
  protected renderHeader(data: T, content: C): unknown {
    return this.renderHeading(this.headingText(data, content));
  }

  /** Fires one of the library's events (bubbling out of shadow roots), its detail typed by `HTMLElementEventMap`. */
  protected emit<K extends MesEventName>(type: K, detail: MesEventDetail<K>): void {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }
}
