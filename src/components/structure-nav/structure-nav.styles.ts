import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

/**
 * The styles of <mes-structure-nav>: a row of disclosure buttons (one shape at every width) and, under the row, the
 * open menu's panel, in the page's flow. In the markup each panel follows its button (the focus order: a button, its
 * open panel, the next button); on screen the panels are ordered after every button, so opening a menu never moves
 * a button.
 */
export const structureNavStyles = [
  baseStyles,
  css`
    /* Wider than a paragraph's measure: the row of menu buttons, and the units in columns, are not lines of prose. */
    :host {
      --_max-width: var(--mes-max-width, 60rem);
    }

    .nav {
      container-type: inline-size;
    }

    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s2);
    }

    .toggle {
      flex: 0 1 auto;
      display: inline-flex;
      align-items: center;
      gap: var(--_s2);
      min-height: max(24px, 2.75em);
      margin: 0;
      padding: var(--_s2) var(--_s3);
      font: inherit;
      font-weight: 700;
      line-height: 1.25;
      text-align: start;
      /* The page's text colour, against which the edge and the chevron keep 3:1; the words in the accent. */
      color: inherit;
      background: transparent;
      border: 1px solid var(--_mark);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .toggle:hover {
      background: var(--_accent-soft);
    }

    .label {
      color: var(--_accent-text);
    }

    .toggle:hover .label {
      text-decoration: underline;
    }

    .toggle[aria-expanded='true'] {
      background: var(--_accent-soft);
    }

    .chevron {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      color: var(--_mark);
      stroke-width: 2.5;
      transition: transform 0.2s ease;
    }

    .toggle[aria-expanded='true'] .chevron {
      transform: rotate(180deg);
    }

    /* After every button (the row), full width: the open panel sits under the row of buttons, in the page's flow. */
    .panel {
      order: 1;
      flex: 1 0 100%;
      display: flex;
      flex-direction: column;
      gap: var(--_s4);
      min-width: 0;
      padding: var(--_s4);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .panel[hidden] {
      display: none;
    }

    /* The menu's name, where there are no buttons to say it (scripting off, print). */
    /* The menu's name where there are no buttons: the size of the groups' headings under it, with a rule below. */
    .menu-title {
      display: none;
      margin: 0;
      font-size: var(--_h3);
      font-weight: var(--mes-heading-weight, 700);
      line-height: 1.25;
    }

    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
      gap: var(--_s5) var(--_s6);
    }

    .group .subheading {
      margin: 0 0 var(--_s2);
    }

    .list {
      margin: 0;
      padding: 0;
      list-style: disc;
      columns: 15rem auto;
      column-gap: var(--_s6);
    }

    .list > li {
      break-inside: avoid;
      margin-inline-start: var(--_s5);
      padding-block: var(--_s1);
    }

    /* The same bullet as every other list: the mark colour. */
    .list > li::marker {
      color: var(--_mark);
    }

    /* A unit with a site is a link, underlined in the link colour; a unit without one is plain text. */
    .list a {
      display: inline-block;
      min-height: 24px;
      vertical-align: top;
      color: var(--_accent-text);
      text-decoration-line: underline;
    }

    .close {
      align-self: flex-end;
      display: inline-flex;
      align-items: center;
      gap: var(--_s2);
      min-height: max(24px, 2.5em);
      margin: 0;
      padding: var(--_s1) var(--_s3);
      font: inherit;
      color: var(--_accent-text);
      background: transparent;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .close:hover {
      background: var(--_accent-soft);
      border-color: var(--_mark);
    }

    .cross {
      flex: none;
      width: 1em;
      height: 1em;
      stroke-width: 2.5;
    }

    @container (min-width: 36rem) {
      .panel {
        padding: var(--_s4) var(--_s5) var(--_s5);
      }
    }

    /* Static HTML read with scripting off, and print: no buttons that could do nothing; every panel open under its
       menu's name. */
    @media print, (scripting: none) {
      .toggle,
      .close {
        display: none;
      }

      .panel,
      .panel[hidden] {
        display: flex;
      }

      .menu-title {
        display: block;
        padding-block-end: var(--_s2);
        border-block-end: 1px solid var(--_border);
      }
    }

    @media (scripting: none) {
      .bar {
        gap: var(--_s4);
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .chevron {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      .toggle[aria-expanded='true'] {
        forced-color-adjust: none;
        color: HighlightText;
        background: Highlight;
        border-color: Highlight;
      }

      .toggle[aria-expanded='true'] :is(.label, .chevron) {
        color: HighlightText;
      }
    }

    @media print {
      .bar {
        display: block;
      }

      .panel,
      .panel[hidden] {
        display: block;
        padding: 0;
        border: 0;
      }

      .menu-title {
        margin: var(--_s5) 0 var(--_s4);
      }

      .group {
        break-inside: avoid;
        margin-block-end: var(--_s4);
      }

      a[href^='http']::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
    }
  `,
];
