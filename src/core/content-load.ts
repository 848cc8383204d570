/**
 * The half of the content controller (./content.ts) that only a page giving an element content needs: it holds
 * the two sources, loads `src`, checks the override made of both, and keeps what passed. The controller loads it
 * on demand; the build puts it in one chunk with every element's check (vite.config.ts).
 */
import { LANGS, type Lang } from '../content/langs.js';
import { SCHEMA_KEY, type Check, type Problems } from '../content/validate.js';
import type { ContentController, ContentEmit, ContentErrorDetail, ContentHost, ContentStatus } from './content.js';
import { matchLang } from './lang.js';

type Source = 'src' | 'content';

/** One object of a source, and the path its problems are reported under: its language key, or '' for the whole value. */
type Part = { value: Record<string, unknown>; at: string };

/** What the check made of both sources. */
interface Resolved<T> {
  /** The valid part of the override, per language. */
  shown: Partial<Record<Lang, Partial<T>>>;
  /** What was wrong, by the source that gave it. */
  problems: Record<Source, string[]>;
  /** Whether something of the file is shown, in some language. */
  fromSrc: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether every key of an object is a language tag the library ships (`{ "en": …, "ru-BY": … }`). */
function isLanguageMap(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  // `$schema` names the file's JSON Schema for editors; it is not content.
  const keys = Object.keys(value).filter((k) => k !== SCHEMA_KEY);
  return keys.length > 0 && keys.every((k) => matchLang(k) !== null);
}

/** A source's objects: one for every language (`any`), or one per language. What is not an object is checked alone, to say why, and left out. */
function partsOf(value: unknown, check: Check<unknown>, problems: Problems): Partial<Record<Lang | 'any', Part>> {
  const out: Partial<Record<Lang | 'any', Part>> = {};
  const entries = isLanguageMap(value)
    ? Object.entries(value).filter(([k]) => k !== SCHEMA_KEY)
    : [['', value] as const];
  for (const [at, entry] of entries) {
    if (isObject(entry)) out[at ? matchLang(at)! : 'any'] = { value: entry, at };
    else check(entry, at, problems);
  }
  return out;
}

/**
 * Checks, once for each language, the override made of both sources: the language's object of `src` (else the one
 * for every language, else the English one), with the `content` property's on top, key by key. So rules across keys
 * hold whichever source gave each key. A problem is put down to the source that gave the key it names (a rule
 * against the built-in content, to the top source), under that source's path. Where the property's value of a key
 * is refused and the file gives the key, the file's value shows.
 */
function resolve<T extends object>(check: Check<Partial<T>>, src: unknown, content: unknown): Resolved<T> {
  const problems = { src: new Set<string>(), content: new Set<string>() };
  const sources: [Source, Partial<Record<Lang | 'any', Part>>][] = [];
  for (const [source, value] of [
    ['src', src],
    ['content', content],
  ] as const) {
    // No content is nothing to check; a file of `null` is content, and wrong.
    if (value === undefined || (value === null && source === 'content')) continue;
    const found: Problems = [];
    sources.push([source, partsOf(value, check, found)]);
    found.forEach((p) => problems[source].add(p));
  }
  const shown: Partial<Record<Lang, Partial<T>>> = {};
  let fromSrc = false;
  for (const lang of LANGS) {
    const merged: Record<string, unknown> = {};
    const origin: Record<string, [Source, string]> = {};
    /** Each key's value in the file, where the property gives the key too: what shows if the property's is wrong. */
    const fromFile: Record<string, [unknown, string]> = {};
    let top: [Source, string] | undefined;
    for (const [source, parts] of sources) {
      const part = parts[lang] ?? parts.any ?? parts.en;
      if (!part) continue;
      top = [source, part.at];
      for (const [key, value] of Object.entries(part.value)) {
        if (key !== SCHEMA_KEY) {
          if (source === 'content' && origin[key]?.[0] === 'src') fromFile[key] = [merged[key], origin[key][1]];
          merged[key] = value;
          origin[key] = [source, part.at];
        } else if (part.at) {
          // A file may name its schema at its top only.
          problems[source].add(`${part.at}.${key}: unknown key`);
        }
      }
    }
    if (!top) continue;
    const report = (found: Problems) => {
      for (const problem of found) {
        const [source, at] = origin[/^[^.[:]*/.exec(problem)![0]] ?? top!;
        problems[source].add(at ? `${at}.${problem}` : problem);
      }
    };
    const found: Problems = [];
    let checked = check(merged, '', found);
    report(found);
    // Where the property's value of a key is refused, the file's value of it shows (checked with the rest again).
    const refused = Object.keys(fromFile).filter((key) => !(checked && key in checked));
    if (refused.length > 0) {
      for (const key of refused) {
        merged[key] = fromFile[key]![0];
        origin[key] = ['src', fromFile[key]![1]];
      }
      const again: Problems = [];
      checked = check(merged, '', again);
      report(again);
    }
    if (checked) {
      shown[lang] = checked;
      fromSrc ||= Object.keys(checked).some((key) => origin[key]?.[0] === 'src');
    }
  }
  return { shown, problems: { src: [...problems.src], content: [...problems.content] }, fromSrc };
}

/** The JSON of `src`, or what went wrong, in one line for the report. */
async function fetchJson(src: string, signal: AbortSignal): Promise<{ json?: unknown; problem?: string }> {
  try {
    const response = await fetch(new URL(src, document.baseURI), { signal, credentials: 'same-origin' });
    if (!response.ok)
      return {
        problem: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      };
    const body = await response.text();
    try {
      return { json: JSON.parse(body) };
    } catch (e) {
      return { problem: `the file is not valid JSON (${(e as Error).message})` };
    }
  } catch (e) {
    return { problem: e instanceof TypeError ? `it could not be fetched (${e.message})` : String(e) };
  }
}

/** The sources of an element's content from outside, and the override made of them: see the module's description. */
export class ContentSources<T extends object> {
  /** The override that passed the check, per language (empty when nothing is given or all of it was refused). */
  shown: Partial<Record<Lang, Partial<T>>> = {};
  /** The value of `content` that is applied. */
  private contentValue: unknown;
  /** The `src` whose answer is applied (its JSON, or its refusal), and that JSON. */
  private srcApplied: string | null = null;
  private srcJson: unknown;
  private loading: { src: string; abort: AbortController } | null = null;
  /** Loads under way, each until its `mes-content-load`. */
  readonly running = new Set<Promise<void>>();
  /** The problems reported for each source's current value. */
  private reported = { content: new Set<string>(), src: new Set<string>() };

  private readonly host: ContentHost;
  private readonly emit: ContentEmit;

  /** Serves the controller's element, and loads its `src` if it has one. */
  constructor(
    controller: ContentController<T>,
    private readonly check: Check<Partial<T>>,
  ) {
    this.host = controller.host;
    this.emit = controller.emit;
    this.hostUpdate();
  }

  get status(): ContentStatus {
    const { content, src } = this.host;
    if (content !== this.contentValue || (src || null) !== this.srcApplied) return 'pending';
    return content == null && !src ? 'none' : 'settled';
  }

  /** Applies the value of `content`, if it is not the one applied (the check is at hand: nothing to wait for). */
  checkContent(): undefined {
    const value = this.host.content;
    if (value !== this.contentValue) {
      this.contentValue = value;
      this.reported.content.clear();
      this.apply();
    }
    return undefined;
  }

  /** Loads a new `src`; what another src gave no longer applies (from the update that sees it). */
  hostUpdate(): void {
    const src = this.host.src || null;
    if (src === (this.loading?.src ?? this.srcApplied)) return;
    this.hostDisconnected();
    if (src === this.srcApplied) return;
    this.srcApplied = null;
    this.srcJson = undefined;
    this.reported.src.clear();
    this.apply();
    if (src && this.host.isConnected) this.load(src);
  }

  /** The answer of a load under way no longer matters; back in a document, the element loads its src again. */
  hostDisconnected(): void {
    this.loading?.abort.abort();
    this.loading = null;
  }

  /** Reports refused content: a console warning naming the element, and a `mes-content-error` event. */
  private report(detail: ContentErrorDetail): void {
    const from = detail.source === 'src' ? `src="${detail.src}"` : 'the content property';
    console.warn(
      `<${this.host.localName}>: content from ${from} was not used, in whole or in part (the built-in content is shown where it was refused):\n  - ${detail.problems.join('\n  - ')}`,
    );
    this.emit('mes-content-error', detail);
  }

  /** Fetches `src`, then shows what passes the check; a failure is reported and the built-in content stays. */
  private load(src: string): void {
    const abort = new AbortController();
    this.loading = { src, abort };
    const loaded = (async () => {
      const { json, problem } = await fetchJson(src, abort.signal);
      // Removed, or src changed: the answer no longer matters.
      if (abort.signal.aborted) return;
      this.loading = null;
      this.srcApplied = src;
      this.srcJson = json;
      // Announced only when something of the file is shown, once it is.
      if (this.apply(problem && { source: 'src', src, problems: [problem] })) {
        await this.host.updateComplete;
        this.emit('mes-content-load', { src });
      }
    })().finally(() => this.running.delete(loaded));
    this.running.add(loaded);
  }

  /**
   * Checks the override made of both sources, reports `error` and each problem not reported yet, and has the element
   * render it: whether something of the file is shown.
   */
  private apply(error?: ContentErrorDetail | ''): boolean {
    const { shown, problems, fromSrc } = resolve(this.check, this.srcJson, this.contentValue);
    this.shown = shown;
    if (error) this.report(error);
    for (const source of ['src', 'content'] as const) {
      const seen = this.reported[source];
      const fresh = problems[source].filter((p) => !seen.has(p));
      fresh.forEach((p) => seen.add(p));
      if (fresh.length > 0)
        this.report(
          source === 'src' ? { source, src: this.srcApplied!, problems: fresh } : { source, problems: fresh },
        );
    }
    this.host.requestUpdate();
    return fromSrc;
  }
}
