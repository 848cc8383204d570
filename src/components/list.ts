import { html } from 'lit';
import type { ListContent } from '../content/types.js';

/**
 * The lead sentence and the items of a list block, as a real list. A module of its own, apart from the list
 * elements' base class (./list-content.ts), so that an element that draws a list but is no list element (the
 * strategy) does not carry that class.
 */
export function renderList(data: ListContent, part = 'list') {
  return html`<p part="lead" class="lead">${data.lead}</p>
    <ul part=${part} class="list" role="list">
      ${data.items.map((item) => html`<li part="item">${item}</li>`)}
    </ul>`;
}
