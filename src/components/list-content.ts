import { html } from 'lit';
import type { ListContent } from '../content/types.js';
import { list, object, text, type Check } from '../content/validate.js';

/** The check for the plain list shape `{ title, lead, items }`, each key optional. */
export const listContentCheck: Check<Partial<ListContent>> = object<ListContent>({
  title: text,
  lead: text,
  items: list(text),
});

/** The lead sentence and the items of a list block, as a real list. */
export function renderList(data: ListContent, part = 'list') {
  return html`<p part="lead" class="lead">${data.lead}</p>
    <ul part=${part} class="list" role="list">
      ${data.items.map((item) => html`<li part="item">${item}</li>`)}
    </ul>`;
}
