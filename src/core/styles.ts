import { css } from 'lit';

/**
 * Design tokens and the styles every element shares. Each `--mes-*` custom property may be set by the
 * page on the element or on any ancestor; the defaults live in private `--_*` properties so that an
 * ancestor's value is never hidden by a default on `:host`.
 *
 * Colours follow the page's `color-scheme` (`light-dark()`); surfaces are tints over the page's background,
 * so text in the page's colour stays legible; `forced-colors` gives way to the user's system colours.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--mes-accent, light-dark(#0b4a8b, #8cbcf2));
    --_accent-strong: var(--mes-accent-strong, light-dark(#07325e, #b8d6f8));
    /* Tints over the page's own background, so that the inherited text colour stays legible on any page,
       also a dark one that does not declare color-scheme. */
    --_accent-soft: var(--mes-accent-soft, color-mix(in srgb, var(--_accent) 12%, transparent));
    --_on-accent: var(--mes-on-accent, light-dark(#ffffff, #0b1622));
    /* Text in the accent colour, pulled towards the page's text colour so that it stays legible on any page. */
    --_accent-text: var(--mes-accent-text, color-mix(in srgb, var(--_accent) 55%, currentColor));
    --_signal: var(--mes-signal, light-dark(#b3401a, #ffab85));
    --_surface: var(--mes-surface, transparent);
    --_raised: var(--mes-surface-raised, color-mix(in srgb, currentColor 3%, transparent));
    --_border: var(--mes-border-color, light-dark(#c9d3de, #3a4a5c));
    --_muted: var(--mes-muted-color, color-mix(in srgb, currentColor 75%, transparent));
    --_focus: var(--mes-focus-color, light-dark(#0b4a8b, #ffd479));
    --_radius: var(--mes-radius, 0.5rem);
    --_space: var(--mes-space, 1rem);
    --_heading-font: var(--mes-heading-font, inherit);
    --_max-width: var(--mes-max-width, 72ch);

    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
    font: inherit;
    color: inherit;
    line-height: var(--mes-line-height, 1.5);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-family: var(--_heading-font);
    font-size: var(--mes-heading-size, 1.375em);
    font-weight: 700;
    line-height: 1.25;
    color: inherit;
    text-wrap: balance;
  }

  .subheading {
    margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
    font-family: var(--_heading-font);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  a {
    color: var(--_accent-text);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_accent-strong: LinkText;
      --_accent-text: LinkText;
      --_accent-soft: Canvas;
      --_on-accent: HighlightText;
      --_border: CanvasText;
      --_muted: CanvasText;
      --_focus: Highlight;
      --_signal: Mark;
      --_raised: Canvas;
    }
  }

  @media print {
    :host {
      --_accent: #000;
      --_accent-strong: #000;
      --_accent-text: #000;
      --_accent-soft: transparent;
      --_muted: #000;
      --_border: #000;
      --_raised: transparent;
      max-width: none;
      color: #000;
    }
  }
`;
