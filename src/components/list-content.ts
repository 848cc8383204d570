import { css, html } from 'lit';
import { MesElement } from '../core/mes-element.js';
import type { ListContent } from '../content/types.js';

/** The lead sentence and the items of a list block, as a real list. */
export function renderList(data: ListContent, part = 'list') {
  return html`<p part="lead" class="lead">${data.lead}</p>
    <ul part=${part} class="list" role="list">
      ${data.items.map((item) => html`<li part="item">${item}</li>`)}
    </ul>`;
}

/**
 * The base of the elements that show one plain list of the content (`{ title, lead, items }`): they only
 * say which part of the content they show, and how it looks.
 */
export abstract class MesListElement extends MesElement<ListContent> {
  contentCheck() {
    return import('../core/outside.js').then((m) => m.listContentCheck);
  }

  protected headingText(data: ListContent): string {
    return data.title;
  }

  protected renderBody(data: ListContent) {
    return renderList(data);
  }
}

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
