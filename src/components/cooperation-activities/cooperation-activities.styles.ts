import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';
import { listStyles } from '../list.styles.js';

/** The styles of <mes-cooperation-activities>. */
export const cooperationActivitiesStyles = [
  baseStyles,
  listStyles,
  css`
    .base {
      border-block-start: 0.25rem solid var(--_accent);
      padding-block-start: calc(var(--_space) * 0.75);
    }
    .lead {
      color: var(--_muted);
    }
    .list {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--mes-activities-tile-min, 15rem)), 1fr));
      gap: calc(var(--_space) * 0.5);
    }
    .list > li {
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75) 2.25em;
      background: var(--_accent-soft);
      border: 1px solid transparent;
      border-inline-start: 0.1875rem solid var(--_accent);
      border-start-end-radius: var(--_radius);
      border-end-end-radius: var(--_radius);
    }
    /* A chevron instead of the square marker of the shared list style. */
    .list > li::before {
      inset-inline-start: 0.85em;
      top: calc(var(--_space) * 0.75 + 0.5em);
      width: 0.45em;
      height: 0.45em;
      border-radius: 0;
      background: none;
      border-block-start: 0.14em solid var(--_accent);
      border-inline-end: 0.14em solid var(--_accent);
      transform: rotate(45deg);
    }
    .list > li:dir(rtl)::before {
      transform: rotate(-45deg);
    }
    @media (forced-colors: active) {
      .list > li {
        border-color: CanvasText;
      }
      .list > li::before {
        background: none;
        border-color: CanvasText;
      }
    }
    @media print {
      .list {
        grid-template-columns: 1fr;
      }
      .list > li {
        break-inside: avoid;
        border-color: #000;
      }
    }
  `,
];
