import { MesElement } from '../core/mes-element.js';
import type { ContentView, ListContent } from '../content/types.js';
import { renderList } from './list.js';

/**
 * The base of the elements that show one plain list of the content (`{ title, lead, items }`): they only
 * say which part of the content they show, and how it looks.
 */
export abstract class MesListElement<
  C extends ContentView<'priorities'> | ContentView<'activities'>,
> extends MesElement<ListContent, C> {
  static override contentCheck = () => import('./list-check.js').then((m) => m.listContentCheck);

  protected headingText(data: ListContent): string {
    return data.title;
  }

  protected renderBody(data: ListContent) {
    return renderList(data);
  }
}
