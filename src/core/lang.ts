import { isServer } from 'lit';
import { FALLBACK_LANG, LANGS, type Lang } from '../content/langs.js';

export { FALLBACK_LANG, LANGS };

/**
 * Maps a BCP 47 tag to a shipped language: `ru-BY` → `ru`, `be-Latn` → `be`, `EN_gb` → `en`.
 * Returns `null` for an empty tag or a language the library does not ship.
 */
export function matchLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

/** The parent in the flattened sense: the parent element, or the host when crossing a shadow root. */
function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The `lang` that applies to an element: its own `lang` attribute, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`. Returns the raw tag ('' when none is set).
 */
export function inheritedLangTag(el: Element): string {
  // A server (@lit-labs/ssr) renders each element on its own: it has no ancestors, and there may be no document.
  // What a page gives its elements reaches them as their own attribute (see src/server/page-lang.ts).
  if (isServer) return el.getAttribute('lang')?.trim() ?? '';
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const value = node.getAttribute('lang');
    if (value !== null && value.trim() !== '') return value.trim();
  }
  return document.documentElement?.getAttribute('lang')?.trim() ?? '';
}

/** Something that re-reads its language when a `lang` attribute changes anywhere above it. */
export interface LangListener {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | null = null;
let observedRoots = new WeakSet<Node>();

function notifyAll() {
  for (const listener of listeners) listener.langChanged();
}

function ensureObserver(): MutationObserver {
  if (!observer) {
    observer = new MutationObserver(notifyAll);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    observedRoots.add(document.documentElement);
  }
  return observer;
}

/**
 * Registers a listener with the one observer that the whole library shares. It watches `lang` on
 * the document and inside every shadow root passed to `observeLangAround` (MutationObserver does not
 * see into shadow roots on its own).
 */
export function addLangListener(listener: LangListener): void {
  ensureObserver();
  listeners.add(listener);
}

export function removeLangListener(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = null;
    observedRoots = new WeakSet();
  }
}

/**
 * Adds every shadow root that an element sits in (its own tree's root, and each host's root above it)
 * to what the shared observer watches.
 */
export function observeLangAround(el: Element): void {
  const obs = ensureObserver();
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (observedRoots.has(root)) continue;
    observedRoots.add(root);
    obs.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** For tests: how many listeners the shared observer serves. */
export function langListenerCount(): number {
  return listeners.size;
}
