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
    /* Graphics that carry meaning (markers, filled years, today, holidays): the accent pulled a little towards
       the text colour, so that they keep 3:1 against the page (WCAG 1.4.11), also on a dark page without
       color-scheme. */
    --_mark: var(--mes-mark-color, color-mix(in srgb, var(--_accent) 70%, currentColor));
    /* Text and lines drawn on a --_mark fill (the calendar's holidays). */
    --_on-mark: var(--mes-on-mark-color, var(--_on-accent));
    --_surface: var(--mes-surface, transparent);
    --_border: var(--mes-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_muted: var(--mes-muted-color, color-mix(in srgb, currentColor 78%, transparent));
    /* The focus indicator: a yellow band with a dark bar under it (GOV.UK's pattern), legible on any page. */
    --_focus: var(--mes-focus-color, #ffdd00);
    --_focus-text: var(--mes-focus-text-color, #0b0c0c);
    --_radius: var(--mes-radius, 0.25rem);
    /* The spacing scale: steps of one unit (--mes-space, 1rem), used for every margin, gap and padding. */
    --_space: var(--mes-space, 1rem);
    --_s1: calc(var(--_space) * 0.25);
    --_s2: calc(var(--_space) * 0.5);
    --_s3: calc(var(--_space) * 0.75);
    --_s4: var(--_space);
    --_s5: calc(var(--_space) * 1.5);
    --_s6: calc(var(--_space) * 2);
    /* The type scale, in em of the element's text (so it follows the page's text size and text zoom): one size
       per heading level, stepping down with the level; h1 and h2 a step smaller on narrow screens (below).
       No text is smaller than --_small. */
    --_h1: var(--mes-heading-1-size, 2.25em);
    --_h2: var(--mes-heading-2-size, 1.5em);
    --_h3: var(--mes-heading-3-size, 1.25em);
    --_h4: var(--mes-heading-4-size, 1.125em);
    --_h5: var(--mes-heading-5-size, 1.0625em);
    --_h6: var(--mes-heading-6-size, 1em);
    --_small: 0.875em;
    --_heading-font: var(--mes-heading-font, inherit);
    --_max-width: var(--mes-max-width, 72ch);

    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
    margin-block-end: var(--mes-margin-block-end, var(--_s6));
    font-family: var(--mes-font-family, inherit);
    font-size: var(--mes-font-size, inherit);
    color: var(--mes-text-color, inherit);
    line-height: var(--mes-line-height, 1.5);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  @media (max-width: 40em) {
    :host {
      --_h1: var(--mes-heading-1-size, 1.75em);
      --_h2: var(--mes-heading-2-size, 1.375em);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .heading,
  .subheading {
    margin: 0 0 var(--_s3);
    font-family: var(--_heading-font);
    font-weight: var(--mes-heading-weight, 700);
    line-height: 1.25;
    color: inherit;
    text-wrap: balance;
  }

  .subheading {
    margin-block-start: var(--_s5);
  }

  h1 {
    font-size: var(--_h1);
  }
  h2 {
    font-size: var(--_h2);
  }
  h3 {
    font-size: var(--_h3);
  }
  h4 {
    font-size: var(--_h4);
  }
  h5 {
    font-size: var(--_h5);
  }
  h6 {
    font-size: var(--_h6);
  }

  p {
    margin: 0 0 var(--_s4);
  }

  /* The "Source" line of show-sources: small, and set apart from the section's own text. */
  .source {
    margin-block: var(--_s3) 0;
    font-size: var(--_small);
    color: var(--_muted);
  }

  a {
    color: var(--_accent-text);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.16em;
  }

  /* Focus: the yellow-and-black indicator, not a colour that could be mistaken for a state. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }

  a:focus-visible {
    outline: none;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_accent-strong: LinkText;
      --_accent-text: LinkText;
      --_accent-soft: Canvas;
      --_on-accent: HighlightText;
      --_mark: CanvasText;
      --_on-mark: Canvas;
      --_border: CanvasText;
      --_muted: CanvasText;
    }
    :focus-visible,
    a:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }

  @media print {
    :host {
      --_accent: #000;
      --_accent-strong: #000;
      --_accent-text: #000;
      --_accent-soft: transparent;
      --_mark: #000;
      --_muted: #000;
      --_border: #000;
      max-width: none;
      color: #000;
    }
  }
`;
