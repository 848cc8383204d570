import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
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
  const keys = Object.keys(value);
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

  /** The heading level in use, after validation. */
  protected level = DEFAULT_HEADING_LEVEL;

  @state()
  private srcContent: unknown = undefined;

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
    const pick = (o: Overrides<T>) => o[this.language] ?? o.any ?? o[FALLBACK_LANG] ?? Object.values(o)[0];
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
    this.shownContent = this.builtInContent;
    if (changed.has('headingLevel')) {
      const level = parseHeadingLevel(this.headingLevel);
      if (level === null) {
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
      if (this.src !== this.loadedSrc) this.srcOverrides = {};
      this.loadSrcIfNeeded();
    }
    if ((changed as PropertyValues).has('srcContent') && this.srcContent !== undefined && this.src) {
      this.srcOverrides = this.checkOverrides(this.srcContent, 'src', this.src);
    }
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
      `<${this.tag}>: content from ${from} was not used (the built-in content is shown instead):\n  - ${detail.problems.join('\n  - ')}`,
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
    this.srcContent = json;
    await this.updateComplete;
    this.dispatchEvent(new CustomEvent<ContentLoadDetail>('mes-content-load', { detail: { src }, bubbles: true, composed: true }));
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
