import { enPriorities } from '../../content/en.js';
import type { ContentView, ListContent } from '../../content/types.js';
import { MesListElement } from '../list-content.js';
import { prioritiesStyles } from './priorities.styles.js';

/**
 * The priorities of the ministry's international cooperation: a short title, the ministry's lead
 * sentence and the four priorities as a list.
 *
 * @tag mes-priorities
 * @summary The priorities of international cooperation of the MES.
 *
 * @attr lang - The language (`be`, `ru`, `en`, regional tags too); inherited from ancestors when absent.
 * @attr heading-level - The level of the element's heading, 1–6 (default 2).
 * @attr src - URL of a JSON file `{ "title", "lead", "items" }` (each optional) that replaces the built-in content.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The title.
 * @csspart lead - The sentence that introduces the list.
 * @csspart list - The list.
 * @csspart item - Each list item.
 *
 * @cssprop --mes-accent - Accent colour (markers, links, rules).
 * @cssprop --mes-space - Base spacing unit (default 1rem).
 * @cssprop --mes-heading-font - Font family of headings (default: the page's font).
 * @cssprop --mes-heading-size - Font size of the title (default 1.375em).
 * @cssprop --mes-max-width - Maximum width of the element (default 72ch).
 */
export class MesPriorities extends MesListElement<ContentView<'priorities'>> {
  protected readonly english = { priorities: enPriorities, ui: {} };

  static override styles = prioritiesStyles;

  protected builtIn(content: ContentView<'priorities'>): ListContent {
    return content.priorities;
  }
}
