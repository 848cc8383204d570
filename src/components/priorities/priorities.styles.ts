import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';
import { listStyles } from '../list.styles.js';

/** The styles of <mes-priorities>. */
export const prioritiesStyles = [
  baseStyles,
  listStyles,
  css`
    .lead {
      margin-block-end: var(--_s3);
    }
  `,
];
