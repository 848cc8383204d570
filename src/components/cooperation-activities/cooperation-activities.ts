import { enActivities } from '../../content/en.js';
import type { ContentView, ListContent } from '../../content/types.js';
import { MesListElement } from '../list-content.js';
import { cooperationActivitiesStyles } from './cooperation-activities.styles.js';

/**
 * What the ministry's international cooperation is aimed at: a short title, the ministry's lead sentence
 * and the six activities as a bulleted list: one sentence, cut at its semicolons.
 *
 * @tag mes-cooperation-activities
 * @summary The activities of international cooperation of the MES.
 *
 * @attr lang - The language (`be`, `ru`, `en`, regional tags too); inherited from ancestors when absent.
 * @attr heading-level - The level of the element's heading, 1–6 (default 2).
 * @attr show-sources - Adds a small "Source" line under the section, linking the official page its text comes from (and saying when the text is the library's translation). Off by default.
 * @attr src - URL of a JSON file `{ "title", "lead", "items", "source" }` (each optional) that replaces the built-in content.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The title.
 * @csspart lead - The sentence that introduces the list.
 * @csspart list - The list.
 * @csspart item - Each list item.
 * @csspart source - The "Source" line (with `show-sources`).
 * @csspart source-link - The link in the "Source" line.
 *
 * @cssprop --mes-font-family - Font family of the element (default: the page's font, inherited).
 * @cssprop --mes-heading-font - Font family of the headings (default: the element's font).
 * @cssprop --mes-heading-weight - Font weight of the headings (default 700).
 * @cssprop --mes-font-size - Size of the element's body text (default: the page's, inherited; give it in rem or px).
 * @cssprop --mes-text-color - Colour of the element's text (default: the page's, inherited).
 * @cssprop --mes-heading-1-size - Font size of an `<h1>` (default 2.25em; 1.75em on a screen narrower than 40em).
 * @cssprop --mes-heading-2-size - Font size of an `<h2>` (default 1.5em; 1.375em on a screen narrower than 40em).
 * @cssprop --mes-heading-3-size - Font size of an `<h3>` (default 1.25em).
 * @cssprop --mes-heading-4-size - Font size of an `<h4>` (default 1.125em).
 * @cssprop --mes-heading-5-size - Font size of an `<h5>` (default 1.0625em).
 * @cssprop --mes-heading-6-size - Font size of an `<h6>` (default 1em).
 * @cssprop --mes-space - The unit of the spacing scale (default 1rem); every margin, gap and padding is a step of it.
 * @cssprop --mes-margin-block-end - Space below the element (default 2 units; `0` removes it).
 * @cssprop --mes-max-width - Maximum width of the element (default 72ch).
 * @cssprop --mes-accent - Accent colour (links, rules).
 * @cssprop --mes-mark-color - Colour of the graphics that carry meaning (default: the accent, drawn towards the text colour so that it keeps 3:1 against the page).
 * @cssprop --mes-focus-color - Colour of the focus indicator (default #ffdd00, with a bar in --mes-focus-text-color).
 * @cssprop --mes-focus-text-color - Text and bar colour of the focus indicator (default #0b0c0c).
 */
export class MesCooperationActivities extends MesListElement<ContentView<'activities'>> {
  protected readonly english = { activities: enActivities, ui: {} };

  static override styles = cooperationActivitiesStyles;

  protected builtIn(content: ContentView<'activities'>): ListContent {
    return content.activities;
  }
}
