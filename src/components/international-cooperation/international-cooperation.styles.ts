import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

/** The styles of <mes-international-cooperation>. */
export const internationalCooperationStyles = [
  baseStyles,
  css`
    :host {
      --_max-width: var(--mes-max-width, 72ch);
    }
    .ministry {
      display: flex;
      align-items: center;
      gap: 0.5em;
      margin: 0 0 calc(var(--_space) * 0.25);
      color: var(--_accent-text);
      font-weight: 600;
      font-size: 0.9375em;
      letter-spacing: 0.01em;
    }
    .ministry .emblem {
      flex: none;
      width: 1.5em;
      height: 1.5em;
    }
    .ministry .star {
      fill: light-dark(#ffffff, #10171f);
    }
    @media (forced-colors: active) {
      .ministry .star {
        fill: Canvas;
      }
    }
    .heading {
      font-size: var(--mes-page-heading-size, 1.75em);
    }
    .sections {
      display: grid;
      gap: calc(var(--_space) * 2);
      margin-top: calc(var(--_space) * 1.25);
    }
    .sections > * {
      max-width: none;
    }
    .sections > * + * {
      padding-top: calc(var(--_space) * 2);
      border-top: 1px solid var(--_border);
    }
    @media print {
      .sections > * {
        break-inside: avoid-page;
      }
    }
  `,
];
