import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

/** The styles of <mes-structure-nav>. */
export const structureNavStyles = [
  baseStyles,
  css`
    :host {
      --_panel-shadow: var(
        --mes-panel-shadow,
        0 0.75rem 2rem -0.75rem light-dark(rgb(7 50 94 / 0.28), rgb(0 0 0 / 0.7)),
        0 0.125rem 0.375rem light-dark(rgb(7 50 94 / 0.08), rgb(0 0 0 / 0.35))
      );
    }

    .nav {
      container-type: inline-size;
    }

    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
    }

    .toggle {
      flex: 1 1 100%;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.625em;
      min-height: 2.75rem;
      margin: 0;
      padding: 0.5em 1em;
      font: inherit;
      font-weight: 600;
      line-height: 1.3;
      text-align: start;
      color: var(--_accent-text);
      background: var(--_raised);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
      transition:
        background-color 0.15s ease,
        border-color 0.15s ease,
        color 0.15s ease;
    }

    .toggle:hover {
      color: var(--_accent-text);
      background: var(--_accent-soft);
      border-color: var(--_accent);
    }

    .toggle[aria-expanded='true'] {
      color: var(--_on-accent);
      background: var(--_accent);
      border-color: var(--_accent);
    }

    .toggle[aria-expanded='true']:hover {
      background: var(--_accent-strong);
      border-color: var(--_accent-strong);
    }

    .cross {
      width: 0.875rem;
      height: 0.875rem;
      stroke-width: 3;
    }

    .chevron {
      flex: none;
      width: 1rem;
      height: 1rem;
      stroke-width: 3;
      transition: transform 0.2s ease;
    }

    .toggle[aria-expanded='true'] .chevron {
      transform: rotate(180deg);
    }

    .panel {
      flex: 1 1 100%;
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      margin-block-end: calc(var(--_space) * 0.25);
      padding: var(--_space);
      background: var(--_raised);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--_panel-shadow);
    }

    .panel[hidden] {
      display: none;
    }

    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: var(--_space) calc(var(--_space) * 2);
    }

    .group .subheading {
      margin: 0 0 calc(var(--_space) * 0.5);
      padding-block-end: calc(var(--_space) * 0.375);
      font-size: 1em;
      line-height: 1.3;
      color: var(--_muted);
      border-block-end: 1px solid var(--_border);
    }

    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      columns: 14rem auto;
      column-gap: calc(var(--_space) * 2);
    }

    .list > li {
      position: relative;
      break-inside: avoid;
      padding-block: calc(var(--_space) * 0.25);
      padding-inline-start: 1.25em;
    }

    .list > li::before {
      content: '';
      position: absolute;
      inset-inline-start: 0.2em;
      top: calc(var(--_space) * 0.25 + 0.55em);
      width: 0.45em;
      height: 0.45em;
      border-radius: 0.125em;
      background: var(--_accent);
    }

    .close {
      align-self: flex-end;
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.5rem;
      margin: 0;
      padding: 0.375em 1em;
      font: inherit;
      line-height: 1.2;
      color: var(--_accent-text);
      background: transparent;
      border: 1px solid var(--_border);
      border-radius: 999px;
      cursor: pointer;
    }

    .close:hover {
      color: var(--_accent-text);
      background: var(--_accent-soft);
      border-color: var(--_accent);
    }

    @container (min-width: 36rem) {
      .toggle {
        flex: 0 1 auto;
        justify-content: flex-start;
        padding-inline: 1.25em 1em;
        border-radius: 999px;
      }

      /* Each panel stays right after its button, on screen as in the focus order (WCAG 2.4.3). */
      .panel {
        margin-block-start: calc(var(--_space) * 0.25);
        padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
      }
    }

    /* Static HTML read with scripts off: the buttons can open nothing, so every panel is shown under its button. */
    @media (scripting: none) {
      .toggle {
        flex: 1 1 100%;
        cursor: default;
      }

      .chevron,
      .close {
        display: none;
      }

      .panel,
      .panel[hidden] {
        display: flex;
        order: 0;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .toggle,
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

      .list > li::before {
        background: CanvasText;
      }
    }

    @media print {
      .bar {
        display: block;
      }

      .toggle,
      .toggle[aria-expanded] {
        display: block;
        width: auto;
        min-height: 0;
        margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
        padding: 0;
        font-size: 1.125em;
        font-weight: 700;
        color: #000;
        background: none;
        border: 0;
        border-radius: 0;
        box-shadow: none;
      }

      .chevron,
      .close {
        display: none;
      }

      .panel,
      .panel[hidden] {
        display: block;
        margin: 0;
        padding: 0;
        border: 0;
        box-shadow: none;
      }

      .group {
        break-inside: avoid;
        margin-block-end: var(--_space);
      }

      a[href^='http']::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
    }
  `,
];
