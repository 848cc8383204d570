import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * An icon (one of ./icons.ts), hidden from assistive technology. Its size comes from CSS (the class); its stroke
 * from the text colour. `part`, when given, exposes it for styling.
 */
export function icon(shape: () => SVGTemplateResult, className = 'icon', part?: string): TemplateResult {
  return html`<svg
    class=${className}
    part=${part ?? nothing}
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >${shape()}</svg>`;
}
