import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';
import { listStyles } from '../list.styles.js';

/** The styles of <mes-priorities>. */
export const prioritiesStyles = [
  baseStyles,
  listStyles,
  css`
    .base {
      border-inline-start: 0.25rem solid var(--_accent);
      padding-inline-start: var(--_space);
    }
    .lead {
      color: var(--_muted);
    }
  `,
];
