import { css } from 'lit';

/**
 * A list of text items with a square marker in the mark colour (3:1 against the page); used by every element that
 * shows a plain list (priorities, activities, the strategy's objectives).
 */
export const listStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_s2);
  }

  .list > li {
    position: relative;
    padding-inline-start: 1.5em;
  }

  .list > li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.3em;
    top: 0.5em;
    width: 0.45em;
    height: 0.45em;
    background: var(--_mark);
    print-color-adjust: exact;
  }

  @media (forced-colors: active) {
    .list > li::before {
      background: CanvasText;
    }
  }
`;
