import { VERSION } from './version.js';

/** The version a defined element class was shipped with (set by `defineElement`). */
const versionKey = Symbol.for('mes-components.version');

type Versioned = CustomElementConstructor & { [versionKey]?: string };

/** Whether this copy of the library has already said that another copy was there first (once per copy, not per tag). */
let warnedAboutOtherCopy = false;

/**
 * Defines a custom element unless that tag is already defined. Loading the library twice (two script
 * tags, or two copies bundled into different widgets) is harmless: the first definition stays, and the
 * second copy says so once in the console, with both versions when they differ.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // not in a browser (server rendering defines through its own registry)
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor && !warnedAboutOtherCopy) {
      warnedAboutOtherCopy = true;
      const theirs = existing[versionKey];
      console.warn(
        theirs === VERSION
          ? `mes-components ${VERSION} was loaded twice on this page; the elements of the first copy stay in use ` +
              `(<${tag}> and the others). Load the library once.`
          : `mes-components ${VERSION} was loaded on a page where version ${theirs ?? 'unknown'} already defined ` +
              `<${tag}>; the elements of the first copy stay in use. Load the library once.`,
      );
    }
    return;
  }
  (ctor as Versioned)[versionKey] = VERSION;
  registry.define(tag, ctor);
}
