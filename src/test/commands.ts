/**
 * Browser commands that work in Chromium, Firefox and WebKit (server side: scripts/wtr/engine-commands.mjs).
 * When an engine truly cannot do something (WebKit's WebDriver cannot change the time zone or emulate print), the
 * test is skipped there and the reason is logged as `[skipped] …`; the summary at the end of a run lists the reasons.
 */
import { executeServerCommand } from '@web/test-runner-commands';

type Outcome = { done: true } | { done: false; reason: string };

/** Skips the running test (or, from a `before` hook, the tests of its `describe`), saying why. */
export function skipBecause(context: Mocha.Context, reason: string): never {
  console.log(`[skipped] ${reason}`); // web-test-runner keeps log, debug, warn and error, not info
  context.skip();
  throw new Error('unreachable: Mocha’s skip() throws');
}

/** The browser's own time zone. */
export const currentTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Makes the page act as if the machine were in `timeZone` (an IANA zone). In an engine that cannot, the test goes on
 * if the browser already is in that zone, else it is skipped with the reason.
 */
export async function emulateTimeZone(context: Mocha.Context, timeZone: string): Promise<void> {
  const outcome = await executeServerCommand<Outcome, { timeZone: string }>('emulate-timezone', { timeZone });
  if (outcome.done || currentTimeZone() === timeZone) return;
  skipBecause(context, `${outcome.reason} (${timeZone} asked for; the browser is in ${currentTimeZone()})`);
}

/** Gives the page back the machine's own time zone (nothing to do where it could not be changed). */
export async function resetTimeZone(): Promise<void> {
  await executeServerCommand<Outcome, { timeZone: null }>('emulate-timezone', { timeZone: null });
}

export interface MediaEmulation {
  /** The CSS media type: 'screen' or 'print'. */
  media?: 'screen' | 'print';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  /** Forced colours (Windows High Contrast and the like): 'active' or 'none'. */
  forcedColors?: 'active' | 'none';
}

const matches = (m: MediaEmulation) =>
  (!m.media || matchMedia(m.media).matches) &&
  (!m.reducedMotion || matchMedia(`(prefers-reduced-motion: ${m.reducedMotion})`).matches) &&
  (!m.colorScheme || matchMedia(`(prefers-color-scheme: ${m.colorScheme})`).matches) &&
  (!m.forcedColors || matchMedia(`(forced-colors: ${m.forcedColors})`).matches);

/**
 * Emulates a CSS media type and user preferences. In an engine that cannot, the test goes on if the page already
 * matches them, else it is skipped with the reason.
 */
export async function emulateMedia(context: Mocha.Context, media: MediaEmulation): Promise<void> {
  const outcome = await executeServerCommand<Outcome, MediaEmulation>('emulate-media-everywhere', media);
  if (outcome.done || matches(media)) return;
  skipBecause(context, outcome.reason);
}

/** Ends every media emulation (nothing to do where none was possible). */
export async function resetMedia(): Promise<void> {
  await executeServerCommand<Outcome, { [K in keyof MediaEmulation]-?: null }>('emulate-media-everywhere', {
    media: null,
    reducedMotion: null,
    colorScheme: null,
    forcedColors: null,
  });
}

/**
 * Presses keys as a person does, in every engine: `pressKeys('ArrowRight')`, or a chord such as `'Shift+Tab'` or
 * `'Control+ArrowRight'` (the modifiers held down while the last key is pressed). Key names are those of
 * `KeyboardEvent.key` ('Enter', 'Escape', 'PageDown'…), plus 'Space'.
 */
export async function pressKeys(...chords: string[]): Promise<void> {
  for (const chord of chords) {
    const keys = chord === '+' ? ['+'] : chord.split('+');
    await executeServerCommand<Outcome, { keys: string[] }>('press-keys', { keys });
  }
}

/** A node of an engine's accessibility tree, as `accessibilityTree` gives it (ARIA role names). */
export interface AxNode {
  role: string;
  name: string;
  /** `expanded`, `selected`, `current`, `focused`, `level`, `controls` ("group, Central office of the MES"). */
  states: Record<string, string | number | boolean>;
  children: AxNode[];
}

export interface AxTree {
  engine: 'chromium' | 'firefox' | 'webkit';
  /** The element's accessible nodes under a root node of role "root". */
  tree: AxNode;
  /** The states this engine's driver cannot read (they are left out of the comparison there). */
  unsupported: string[];
}

/**
 * What the browser gives assistive technology for `element` (which must be in the light DOM of the test page): its
 * subtree of the engine's own accessibility tree (scripts/wtr/accessibility-tree.mjs). Where the engine cannot give
 * one, the test is skipped with the reason.
 */
export async function accessibilityTree(context: Mocha.Context, element: Element): Promise<AxTree> {
  const marker = 'data-accessibility-tree-target';
  element.setAttribute(marker, '');
  try {
    // Two frames, so that the last render has reached the accessibility tree.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const answer = await executeServerCommand<AxTree | { engine: string; unavailable: string }, { selector: string }>(
      'accessibility-tree',
      { selector: `[${marker}]` },
    );
    if (!answer || 'unavailable' in answer) skipBecause(context, answer?.unavailable ?? 'no accessibility tree');
    return answer;
  } finally {
    element.removeAttribute(marker);
  }
}
