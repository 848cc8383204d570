import { html } from 'lit';
import { MesElement } from '../core/mes-element.js';
import type { ContentView, ListContent } from '../content/types.js';

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
export abstract class MesListElement<C extends ContentView<'priorities'> | ContentView<'activities'>> extends MesElement<
  ListContent,
  C
> {
  static override contentCheck = () => import('./list-check.js').then((m) => m.listContentCheck);

  protected headingText(data: ListContent): string {
    return data.title;
  }

  protected renderBody(data: ListContent) {
    return renderList(data);
  }
}
