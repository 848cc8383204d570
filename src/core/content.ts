/**
 * Content from outside: the one owner of what the `content` property and a JSON `src` bring to an element.
 *
 * The content controller holds both sources, loads `src` (and gives up a load that no longer matters), has the
 * override made of both checked once, keeps the result, says where it stands (`status`, `settled`), and reports:
 * each problem once (`console.warn` and `mes-content-error`), and `mes-content-load` when something of a file is
 * shown. It comes in two halves: this module, which every element loads, and the half that loads and checks
 * (./content-load.ts), which it fetches the first time the element is given content or a `src`, with the element's
 * check (the build puts every check in that chunk). A page that shows the built-in content never loads it; if it
 * cannot be loaded, this half says so and the built-in content stays.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Lang } from '../content/langs.js';
import type { Check } from '../content/validate.js';
import type { ContentSources } from './content-load.js';
import type { MesEventDetail } from './events.js';

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

declare global {
  interface HTMLElementEventMap {
    'mes-content-error': CustomEvent<ContentErrorDetail>;
    'mes-content-load': CustomEvent<ContentLoadDetail>;
  }
}

/**
 * Where content from outside stands: `none` given (the built-in content), `pending` (the value of `content` or the
 * file of `src` is being loaded or checked, or `src` waits for the element to be in a document), or `settled`
 * (what was given is applied, in whole or in part, or refused).
 */
export type ContentStatus = 'none' | 'pending' | 'settled';

/** The element a content controller serves; its class loads the check its content must pass (`static contentCheck`). */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  content: unknown;
  src: string | null;
  readonly isUpdatePending: boolean;
}

/** The class of a content host. */
type ContentHostClass<T> = { contentCheck(): Promise<Check<Partial<T>>> };

/** Fires one of the content events on the element. */
export type ContentEmit = <K extends 'mes-content-error' | 'mes-content-load'>(
  type: K,
  detail: MesEventDetail<K>,
) => void;

/** The content controller: see the module's description. */
export class ContentController<T extends object> implements ReactiveController {
  /** The half that loads, checks and keeps the override, once loaded. */
  #sources: ContentSources<T> | undefined;
  #starting: Promise<void> | undefined;
  /** What was given when that half could not be loaded: reported, and the built-in content stays. */
  #refused: { content: unknown; src: string | null } | undefined;

  constructor(
    /** The element. */
    readonly host: ContentHost,
    /** Fires the element's content events (its typed `emit()`). */
    readonly emit: ContentEmit,
  ) {
    host.addController(this);
  }

  /** The checked override for a language: `src` first, the `content` property on top. */
  overrides(lang: Lang): Partial<T> {
    return this.#sources?.shown[lang] ?? {};
  }

  get status(): ContentStatus {
    const { content, src } = this.host;
    if (this.#sources) return this.#sources.status;
    if (content == null && !src) return 'none';
    // Until that half is loaded; or it could not be loaded, and what is given was refused.
    return content === this.#refused?.content && src === this.#refused?.src ? 'settled' : 'pending';
  }

  /**
   * Resolves once nothing is under way: the current `content` and `src` are applied and rendered, or refused (and
   * reported). An element out of the document loads nothing: its `src` waits until it is back.
   */
  async settled(): Promise<void> {
    do {
      await this.host.updateComplete;
      await this.#starting;
      await Promise.all(this.#sources?.running ?? []);
    } while (this.host.isUpdatePending || this.#sources?.running.size);
  }

  /**
   * Checks the value of `content` if it is not the one applied: a promise to wait for before rendering (so that the
   * content being replaced never flashes up), or `undefined` when it is done.
   */
  checkContent(): Promise<void> | undefined {
    if (this.#sources) return this.#sources.checkContent();
    // No content is nothing to check, and nothing to download.
    const { content } = this.host;
    return content == null || content === this.#refused?.content ? undefined : this.#start();
  }

  hostConnected(): void {
    this.hostUpdate();
  }

  /** A new `src` is loaded from the update that sees it. */
  hostUpdate(): void {
    const { src } = this.host;
    if (this.#sources) this.#sources.hostUpdate();
    else if (src && src !== this.#refused?.src && this.host.isConnected && !isServer) void this.#start();
  }

  hostDisconnected(): void {
    this.#sources?.hostDisconnected();
  }

  /** Loads the half that loads and checks, and the element's check; says so if they cannot be loaded. */
  #start(): Promise<void> {
    return (this.#starting ??= Promise.all([
      import('./content-load.js'),
      (this.host.constructor as unknown as ContentHostClass<T>).contentCheck(),
    ]).then(
      ([lib, check]) => {
        // It loads a src given meanwhile; the value of `content` is checked by the update that waits for this.
        this.#sources = new lib.ContentSources(this, check);
      },
      (e: unknown) => {
        this.#starting = undefined;
        const problems = [`the content could not be checked (${String(e)})`];
        const { content, src } = this.host;
        // What is given now is reported: a value replaced meanwhile was never going to be shown.
        if (content != null && content !== this.#refused?.content) this.#report({ source: 'content', problems });
        if (src && src !== this.#refused?.src) this.#report({ source: 'src', src, problems });
        this.#refused = { content, src };
        this.host.requestUpdate();
      },
    ));
  }

  /**
   * Reports what was given when the half that checks could not be loaded (the warning of every other refusal is
   * written by that half, ./content-load.ts).
   */
  #report(detail: ContentErrorDetail): void {
    console.warn(`<${this.host.localName}>: ${detail.problems[0]}; the built-in content is shown.`);
    this.emit('mes-content-error', detail);
  }
}
