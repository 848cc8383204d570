import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';
import { listStyles } from '../list.styles.js';

/** The styles of <mes-cooperation-activities>: one sentence, its parts a plain list, as in <mes-priorities>. */
export const cooperationActivitiesStyles = [
  baseStyles,
  listStyles,
  css`
    .lead {
      margin-block-end: var(--_s3);
    }
  `,
];
