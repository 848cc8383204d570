import { adoptStyles, html, isServer, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { en } from '../content/en.js';
import { loadContent, loadedContent } from '../content/index.js';
import type { Content, Lang } from '../content/types.js';
import type { Check, Problems } from '../content/validate.js';
import { addLangListener, FALLBACK_LANG, inheritedLangTag, matchLang, observeLangAround, removeLangListener } from './lang.js';
import { heading, parseHeadingLevel } from './heading.js';
import { baseStyles } from './styles.js';

/** Default level of an element's top heading. */
export const DEFAULT_HEADING_LEVEL = 2;

/** The detail of the `mes-content-error` event. */
export interface ContentErrorDetail {
  /** Where the content came from: the `content` property or the `src` URL. */
  source: 'content' | 'src';
  /** The `src` URL, when the source is `src`. */
  src?: string;
  /** What was wrong, one line each. */
  problems: string[];
}

/** The detail of the `mes-content-load` event. */
export interface ContentLoadDetail {
  src: string;
}

/** An override in one language (partial), or one per language. */
type Overrides<T> = Partial<Record<Lang, Partial<T>>> & { any?: Partial<T> };

/** Whether every key of an object is a language tag the library ships (`{ "en": …, "ru-BY": … }`). */
function isLanguageMap(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // `$schema` names the file's JSON Schema for editors; it is not content.
  const keys = Object.keys(value).filter((k) => k !== '$schema');
  return keys.length > 0 && keys.every((k) => matchLang(k) !== null);
}

/**
 * What every element of the library shares:
 * - its language (`lang` on the element, else the nearest ancestor's across shadow roots, else
 *   `<html lang>`; regional tags map to their language; anything else falls back to English), kept
 *   current by one observer that the whole library shares;
 * - `heading-level` for its top heading;
 * - its content: the built-in content, partly or wholly replaced by the `content` property or by
 *   JSON from `src`; what fails to load or validate is reported once (`console.warn` and a
 *   `mes-content-error` event) and the built-in content stays.
 *
 * @fires mes-content-error - Content from `content` or `src` was refused in whole or in part. `detail`: `{ source, src?, problems }`.
 * @fires mes-content-load - JSON from `src` was loaded and applied. `detail`: `{ src }`.
 */
export abstract class MesElement<T extends object> extends LitElement {
  static override styles = [baseStyles];

  /** The tag, for messages. */
  protected get tag(): string {
    return this.localName;
  }

  /**
   * The level (1–6) of the element's top heading; inner headings follow one level down.
   * An invalid value falls back to 2 with a warning.
   */
  @property({ attribute: 'heading-level' })
  headingLevel: number | string = DEFAULT_HEADING_LEVEL;

  /**
   * Content that replaces the built-in content, in whole or in part: an object of the element's
   * content shape, or an object of such objects keyed by language (`{ "en": {...}, "ru": {...} }`).
   * What it does not give comes from the built-in content.
   */
  @property({ attribute: false })
  content: unknown = undefined;

  /** The URL of a JSON file of the same shape as `content`. */
  @property({ reflect: true })
  src: string | null = null;

  /** The language the element shows. */
  @state()
  protected language: Lang = FALLBACK_LANG;

  /**
   * The level of the top heading when another element of the library nests this one; it may be deeper
   * than 6 (the heading is then an `<h6>` announced at that level, so the outline never skips or breaks).
   * It takes precedence over `heading-level`.
   * @internal
   */
  @property({ attribute: false })
  outlineLevel: number | undefined = undefined;

  /** The heading level in use, after validation. */
  protected level = DEFAULT_HEADING_LEVEL;

  private propertyOverrides: Overrides<T> = {};
  private srcOverrides: Overrides<T> = {};
  private abort: AbortController | null = null;
  private loadedSrc: string | null = null;
  private loadingSrc: string | null = null;
  private warnedLang: string | null = null;

  /** The built-in content of this element, in one language. */
  protected abstract builtIn(content: Content): T;

  /** The check that content overrides of this element must pass. */
  protected abstract get contentCheck(): Check<Partial<T>>;

  /** The element's body, under its heading. */
  protected abstract renderBody(data: T, content: Content): unknown;

  /** The text of the element's top heading. */
  protected abstract headingText(data: T, content: Content): string;

  /**
   * The built-in content in the element's language (UI strings and all). Until a language's chunk has
   * loaded, the content last shown stays (so a change of language never blanks the element).
   */
  protected get builtInContent(): Content {
    return loadedContent(this.language) ?? this.shownContent;
  }

  private shownContent: Content = en;

  /** Waits for the language's content before rendering, so that no other language flashes up first. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!loadedContent(this.language)) await loadContent(this.language);
    super.scheduleUpdate();
  }

  /**
   * The valid part of the overrides for the element's language: `src` first, the `content` property on
   * top. Per-language overrides use the element's language, else English, else the first given.
   */
  protected get overrides(): Partial<T> {
    // Content in another language than the one shown is never mixed in: the built-in content stays instead.
    const pick = (o: Overrides<T>) => o[this.language] ?? o.any ?? o[FALLBACK_LANG];
    return { ...pick(this.srcOverrides), ...pick(this.propertyOverrides) };
  }

  /** The content shown: the built-in content of the language, with the overrides on top. */
  get data(): T {
    return { ...this.builtIn(this.builtInContent), ...this.overrides };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addLangListener(this);
    observeLangAround(this);
    this.langChanged();
    this.loadSrcIfNeeded();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeLangListener(this);
    this.abort?.abort();
    this.abort = null;
    this.loadingSrc = null;
  }

  /** Called by the shared language observer. */
  langChanged(): void {
    const tag = inheritedLangTag(this);
    const lang = matchLang(tag) ?? FALLBACK_LANG;
    const own = this.getAttribute('lang');
    if (own && !matchLang(own) && this.warnedLang !== own) {
      this.warnedLang = own;
      console.warn(`<${this.tag}>: lang="${own}" is not one of be, ru, en; showing ${FALLBACK_LANG}.`);
    }
    if (lang !== this.language) this.language = lang;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server rendering (@lit-labs/ssr) calls no connectedCallback: read the language from the `lang` attribute here.
    if (isServer) this.langChanged();
    this.shownContent = this.builtInContent;
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
    if (changed.has('content')) {
      this.propertyOverrides = this.content == null ? {} : this.checkOverrides(this.content, 'content');
    }
    if (changed.has('src')) {
      // What another src gave no longer applies; going back to a src means loading it again.
      if (this.src !== this.loadedSrc) {
        this.srcOverrides = {};
        this.loadedSrc = null;
      }
      this.loadSrcIfNeeded();
    }
  }

  /** Static HTML from the server (declarative shadow DOM) that the first render replaces, when Lit cannot hydrate it. */
  private prerendered: ChildNode[] = [];

  /**
   * Static HTML from the server (`mes-components render`) is already in the shadow root. With Lit's hydration
   * support loaded (dist/cdn/mes-components-hydrate.js) the element takes it over in place, and its styles are
   * adopted too (a strict CSP blocks the `<style>` of the static HTML). Without it, the first render replaces the
   * static HTML in one step, so that the content is never shown twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const shadow = isServer ? null : this.shadowRoot;
    if (shadow && !('litElementHydrateSupport' in globalThis)) this.prerendered = [...shadow.childNodes];
    const root = super.createRenderRoot();
    if (shadow) adoptStyles(shadow, (this.constructor as typeof LitElement).elementStyles);
    // Lit renders before the root's first child, which here is static HTML that the first render removes.
    if (this.prerendered.length > 0) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.prerendered.length > 0) {
      for (const node of this.prerendered) node.remove();
      this.prerendered = [];
    }
    super.update(changed);
  }

  private loadSrcIfNeeded(): void {
    if (!this.src) {
      this.abort?.abort();
      this.abort = null;
      this.loadingSrc = null;
      this.loadedSrc = null;
      return;
    }
    if (!this.isConnected || this.src === this.loadedSrc || this.src === this.loadingSrc) return;
    void this.load(this.src);
  }

  private checkOverrides(value: unknown, source: ContentErrorDetail['source'], src?: string): Overrides<T> {
    const problems: Problems = [];
    const out: Overrides<T> = {};
    if (isLanguageMap(value)) {
      for (const [key, entry] of Object.entries(value)) {
        if (key === '$schema') continue;
        const checked = this.contentCheck(entry, key, problems);
        if (checked) out[matchLang(key)!] = checked;
      }
    } else {
      const checked = this.contentCheck(value, '', problems);
      if (checked) out.any = checked;
    }
    if (problems.length > 0) this.reportContentError({ source, ...(src ? { src } : {}), problems });
    return out;
  }

  /** Reports refused content once: a console warning naming the element, and a `mes-content-error` event. */
  protected reportContentError(detail: ContentErrorDetail): void {
    const from = detail.source === 'src' ? `src="${detail.src}"` : 'the content property';
    console.warn(
      `<${this.tag}>: content from ${from} was not used, in whole or in part (the built-in content is shown where it was refused):\n  - ${detail.problems.join('\n  - ')}`,
    );
    this.dispatchEvent(new CustomEvent<ContentErrorDetail>('mes-content-error', { detail, bubbles: true, composed: true }));
  }

  private async load(src: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loadingSrc = src;
    let json: unknown;
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      const body = await response.text();
      try {
        json = JSON.parse(body);
      } catch (e) {
        throw new Error(`the file is not valid JSON (${(e as Error).message})`);
      }
    } catch (e) {
      if (abort.signal.aborted) return; // removed, or src changed: the answer no longer matters
      this.abort = null;
      this.loadingSrc = null;
      this.loadedSrc = src;
      const message = e instanceof TypeError ? `it could not be fetched (${e.message})` : (e as Error).message;
      this.reportContentError({ source: 'src', src, problems: [message] });
      return;
    }
    if (abort.signal.aborted || this.src !== src) return;
    this.abort = null;
    this.loadingSrc = null;
    this.loadedSrc = src;
    this.srcOverrides = this.checkOverrides(json, 'src', src);
    this.requestUpdate();
    await this.updateComplete;
    // Announced only when something of the file is shown.
    if (Object.values(this.srcOverrides).some((o) => o && Object.keys(o).length > 0)) {
      this.dispatchEvent(new CustomEvent<ContentLoadDetail>('mes-content-load', { detail: { src }, bubbles: true, composed: true }));
    }
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
      ${this.renderHeading(this.headingText(data, content))} ${this.renderBody(data, content)}
    </div>`;
  }
}
