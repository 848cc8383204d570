import { css } from 'lit';

/** A list of text items with an accent marker; used by every element that shows a plain list (priorities, activities, the strategy's objectives). */
export const listStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .list > li {
    position: relative;
    padding-inline-start: 1.5em;
  }

  .list > li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.25em;
    top: 0.55em;
    width: 0.5em;
    height: 0.5em;
    border-radius: 0.125em;
    background: var(--_accent);
  }

  @media (forced-colors: active) {
    .list > li::before {
      background: CanvasText;
    }
  }
`;
