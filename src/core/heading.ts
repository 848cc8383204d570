import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Parses a heading level (1–6). Returns null for anything else. */
export function parseHeadingLevel(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : null;
}

/**
 * A real heading element (`<h1>`…`<h6>`) at `level`, of class `heading` (an element's top heading) or
 * `subheading` (the headings inside it). Levels deeper than 6 stay at 6 and are
 * announced with `aria-level`, so a deep outline never skips or breaks.
 */
export function heading(
  level: number,
  content: unknown,
  part = 'heading',
  id?: string,
  className: 'heading' | 'subheading' = 'heading',
): TemplateResult {
  const clamped = Math.min(Math.max(level, 1), 6);
  const tag = TAGS[clamped - 1];
  const ariaLevel = level > 6 ? String(level) : undefined;
  // The tag is one of the six static literals above (lit/static-html), not a value from content.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} class=${className} id=${ifDefined(id)} aria-level=${ifDefined(ariaLevel)}>${content}</${tag}>`;
}
