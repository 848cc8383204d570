import { css } from 'lit';

/**
 * A bulleted list of text items, the bullet in the mark colour (3:1 against the page); used by every element that
 * shows a plain list (priorities, activities, the strategy's objectives), and the same bullet as the menus' lists.
 */
export const listStyles = css`
  .list {
    margin: 0;
    padding-inline-start: 1.25em;
    list-style: disc;
    display: grid;
    gap: var(--_s2);
  }

  .list > li {
    padding-inline-start: var(--_s1);
  }

  .list > li::marker {
    color: var(--_mark);
  }
`;
