import { VERSION } from './version.js';

/** The version a defined element class was shipped with (set by `defineElement`). */
const versionKey = Symbol.for('mes-components.version');

type Versioned = CustomElementConstructor & { [versionKey]?: string };

/**
 * Defines a custom element unless that tag is already defined. Loading the library twice (two script
 * tags, or two copies bundled into different widgets) is harmless: the first definition stays. When
 * the copies are of different versions, a warning says which one is in use.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // not in a browser (server rendering defines through its own registry)
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    const theirs = existing[versionKey];
    if (existing !== ctor && theirs !== VERSION) {
      console.warn(
        `<${tag}>: mes-components ${VERSION} was loaded on a page where version ${theirs ?? 'unknown'} already ` +
          `defined this element; the first definition stays in use. Load the library once.`,
      );
    }
    return;
  }
  (ctor as Versioned)[versionKey] = VERSION;
  registry.define(tag, ctor);
}
