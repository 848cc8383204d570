/** Test helpers shared by the element tests. */
import { oneEvent } from '@open-wc/testing';

/** Records `console.warn` calls until `restore()`; the messages are joined as text. */
export function captureWarnings() {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore() {
      console.warn = original;
    },
  };
}

/** Every element matching `selector` in an element's shadow root and the shadow roots inside it, in document order. */
export function deepQueryAll(el: Element, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.matches(selector)) out.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** The visible text of a node, whitespace collapsed, read through shadow roots. */
export function visibleText(node: Element | ShadowRoot | null | undefined): string {
  if (!node) return '';
  const el = node instanceof ShadowRoot ? node.host : node;
  const root = el.shadowRoot ?? node;
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Text) parts.push(n.data);
    if (n instanceof Element) {
      const style = getComputedStyle(n);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      if (n.shadowRoot) {
        n.shadowRoot.childNodes.forEach(walk);
        return;
      }
      if (n instanceof HTMLSlotElement) {
        n.assignedNodes({ flatten: true }).forEach(walk);
        return;
      }
    }
    n.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A blob: URL whose body is `value` (JSON-encoded unless it is already text), for `src`. */
export function jsonUrl(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

/** Waits for the next `mes-content-error` of an element and returns its detail. */
export async function nextContentError(el: Element) {
  const event = (await oneEvent(el, 'mes-content-error')) as CustomEvent<{
    source: string;
    problems: string[];
    src?: string;
  }>;
  return event.detail;
}

/** Lets pending microtasks and a frame run. */
export function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** A timer started through `window.setTimeout` while watched. */
export interface WatchedTimer {
  id: number;
  delay: number;
  fn: () => void;
}

/**
 * Watches the timers the page starts and clears, in the `describe` it is called in (the real functions still run
 * them): `started` and `cleared` are emptied before each test, and the real functions are put back after it.
 */
export function watchTimers(): { started: WatchedTimer[]; cleared: number[] } {
  const watched = { started: [] as WatchedTimer[], cleared: [] as number[] };
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  beforeEach(() => {
    watched.started.length = 0;
    watched.cleared.length = 0;
    window.setTimeout = ((fn: TimerHandler, delay?: number, ...args: unknown[]) => {
      const id = realSetTimeout(fn, delay, ...args);
      watched.started.push({ id, delay: delay ?? 0, fn: fn as () => void });
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) watched.cleared.push(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
  });
  afterEach(() => {
    window.setTimeout = realSetTimeout;
    window.clearTimeout = realClearTimeout;
  });
  return watched;
}

/**
 * A colour as red, green, blue (0–1) and alpha: a computed one (`rgb()`, `rgba()`, `color(srgb …)`) exactly, any
 * other CSS colour (`#fff`, a name) through a canvas, which the browser parses.
 */
export function parseColor(value: string): [number, number, number, number] {
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.e-]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (rgb)
    return [
      Number(rgb[1]) / 255,
      Number(rgb[2]) / 255,
      Number(rgb[3]) / 255,
      rgb[4] === undefined ? 1 : Number(rgb[4]),
    ];
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  // A colour the canvas cannot parse leaves the one before: catch that rather than measure the wrong colour.
  ctx.fillStyle = '#123456';
  ctx.fillStyle = value;
  if (ctx.fillStyle === '#123456') throw new Error(`not a colour this test can read: ${value}`);
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r! / 255, g! / 255, b! / 255, a! / 255];
}

/** The first colour in a computed value that holds several (`box-shadow`, a gradient). */
export function firstColor(value: string): string {
  const m = /(rgba?\([^)]*\)|color\([^)]*\))/.exec(value);
  if (!m) throw new Error(`no colour in "${value}"`);
  return m[1]!;
}

/** WCAG contrast ratio of a colour (its alpha laid over `background`) against an opaque `background`. */
export function contrastRatio(color: string, background: string): number {
  const [br, bg, bb] = parseColor(background);
  const [r, g, b, a] = parseColor(color);
  const over = [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)];
  const luminance = ([x, y, z]: number[]) => {
    const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(x!) + 0.7152 * lin(y!) + 0.0722 * lin(z!);
  };
  const [l1, l2] = [luminance(over), luminance([br!, bg!, bb!])].sort((p, q) => q - p);
  return (l1! + 0.05) / (l2! + 0.05);
}
