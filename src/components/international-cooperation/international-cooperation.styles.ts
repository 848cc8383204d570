import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

/**
 * The styles of <mes-international-cooperation>. Its sections are marked one way, the library's section style:
 * a heading, and one thin rule with two units of space above it between one section and the next.
 */
export const internationalCooperationStyles = [
  baseStyles,
  css`
    .ministry {
      display: flex;
      align-items: center;
      gap: var(--_s2);
      margin: 0 0 var(--_s2);
      color: var(--_accent-text);
      font-weight: 700;
    }
    .ministry .emblem {
      flex: none;
      width: 1.5em;
      height: 1.5em;
      color: var(--_mark);
    }
    .ministry .star {
      fill: light-dark(#ffffff, #10171f);
    }
    @media (forced-colors: active) {
      .ministry .star {
        fill: Canvas;
      }
    }
    .heading + .subheading {
      margin-block-start: var(--_s5);
    }
    .sections > * {
      max-width: none;
      margin: 0;
    }
    .sections > * + * {
      margin-block-start: var(--_s6);
      padding-block-start: var(--_s6);
      border-block-start: 1px solid var(--_border);
    }
    @media print {
      .sections > * {
        break-inside: avoid-page;
      }
    }
  `,
];
