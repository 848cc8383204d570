import { html, type TemplateResult } from 'lit';

/** A piece of text: plain text, or a year range that must not break ("2019-2030", "2015–2030"). */
export interface TextPart {
  text: string;
  range: boolean;
}

/**
 * A year range (four digits, a hyphen or dash, four digits, spaces allowed around a dash) with the characters that
 * touch it ("(2015–2030),"): a line may break at its dash, or between the range and what touches it, which would
 * leave "2019-" at a line's end or a comma at the start of the next.
 */
const YEAR_RANGE = /\S*\d{4}(?:[-‐‑]|\s*[–—]\s*)\d{4}\S*/gu;

/**
 * `text` cut into plain parts and year-range parts, in order; joined, the parts are `text` unchanged. Pure: no DOM,
 * no Lit.
 */
export function splitYearRanges(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(YEAR_RANGE)) {
    const start = match.index;
    if (start > at) parts.push({ text: text.slice(at, start), range: false });
    parts.push({ text: match[0], range: true });
    at = start + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), range: false });
  return parts;
}

/**
 * `text` for a Lit template, each year range in a `<span class="nowrap">` so that it never breaks across lines
 * (the element's styles give `.nowrap` `white-space: nowrap`). Text bindings only: the text is never parsed as HTML.
 * Its text content is `text`, unchanged.
 */
export function nowrap(text: string): Array<string | TemplateResult> {
  return splitYearRanges(text).map((p) => (p.range ? html`<span class="nowrap">${p.text}</span>` : p.text));
}
