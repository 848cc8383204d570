import { html, nothing, type TemplateResult } from 'lit';

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
  // An absent attribute is `nothing`: what `ifDefined()` gives, without its module and the licence comment that
  // module brings into every element's bundle.
  const i = id ?? nothing;
  const a = level > 6 ? String(level) : nothing;
  // One template per tag (Lit cannot bind a tag name); they differ in the tag alone, so they compress to little.
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 part=${part} class=${className} id=${i} aria-level=${a}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${className} id=${i} aria-level=${a}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} id=${i} aria-level=${a}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} id=${i} aria-level=${a}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} id=${i} aria-level=${a}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${className} id=${i} aria-level=${a}>${content}</h6>`;
  }
}
