import { html } from 'lit';
import { MesElement } from '../core/mes-element.js';
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

/**
 * The base of the elements that show one plain list of the content (`{ title, lead, items }`): they only
 * say which part of the content they show, and how it looks.
 */
export abstract class MesListElement extends MesElement<ListContent> {
  protected get contentCheck() {
    return listContentCheck;
  }

  protected headingText(data: ListContent): string {
    return data.title;
  }

  protected renderBody(data: ListContent) {
    return renderList(data);
  }
}
