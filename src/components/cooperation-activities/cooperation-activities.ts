import { enActivities } from '../../content/en.js';
import type { ContentView, ListContent } from '../../content/types.js';
import { MesListElement } from '../list-content.js';
import { cooperationActivitiesStyles } from './cooperation-activities.styles.js';

/**
 * What the ministry's international cooperation is aimed at: a short title, the ministry's lead sentence
 * and the six activities as a list of tiles (one column in a narrow space, two where there is room).
 *
 * @tag mes-cooperation-activities
 * @summary The activities of international cooperation of the MES.
 *
 * @attr lang - The language (`be`, `ru`, `en`, regional tags too); inherited from ancestors when absent.
 * @attr heading-level - The level of the element's heading, 1–6 (default 2).
 * @attr src - URL of a JSON file `{ "title", "lead", "items" }` (each optional) that replaces the built-in content.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The title.
 * @csspart lead - The sentence that introduces the list.
 * @csspart list - The list.
 * @csspart item - Each list item (a tile).
 *
 * @cssprop --mes-accent - Accent colour (markers, rules).
 * @cssprop --mes-accent-soft - Background of the tiles.
 * @cssprop --mes-radius - Corner radius of the tiles (default 0.5rem).
 * @cssprop --mes-space - Base spacing unit (default 1rem).
 * @cssprop --mes-heading-font - Font family of headings (default: the page's font).
 * @cssprop --mes-heading-size - Font size of the title (default 1.375em).
 * @cssprop --mes-max-width - Maximum width of the element (default 72ch).
 * @cssprop --mes-activities-tile-min - The narrowest a tile may get before the list falls back to one column (default 15rem).
 */
export class MesCooperationActivities extends MesListElement<ContentView<'activities'>> {
  protected readonly english = { activities: enActivities, ui: {} };

  static override styles = cooperationActivitiesStyles;

  protected builtIn(content: ContentView<'activities'>): ListContent {
    return content.activities;
  }
}
