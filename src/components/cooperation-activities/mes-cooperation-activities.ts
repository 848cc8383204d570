import { css } from 'lit';
import { enActivities } from '../../content/en.js';
import { provideEnglish } from '../../content/store.js';
import type { Content, ListContent } from '../../content/types.js';
import { defineElement } from '../../core/define.js';
import { baseStyles } from '../../core/styles.js';
import { listStyles, MesListElement } from '../list-content.js';

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
export class MesCooperationActivities extends MesListElement {
  static override styles = [
    baseStyles,
    listStyles,
    css`
      .base {
        border-block-start: 0.25rem solid var(--_accent);
        padding-block-start: calc(var(--_space) * 0.75);
      }
      .lead {
        color: var(--_muted);
      }
      .list {
        grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--mes-activities-tile-min, 15rem)), 1fr));
        gap: calc(var(--_space) * 0.5);
      }
      .list > li {
        padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75) 2.25em;
        background: var(--_accent-soft);
        border: 1px solid transparent;
        border-inline-start: 0.1875rem solid var(--_accent);
        border-start-end-radius: var(--_radius);
        border-end-end-radius: var(--_radius);
      }
      /* A chevron instead of the square marker of the shared list style. */
      .list > li::before {
        inset-inline-start: 0.85em;
        top: calc(var(--_space) * 0.75 + 0.5em);
        width: 0.45em;
        height: 0.45em;
        border-radius: 0;
        background: none;
        border-block-start: 0.14em solid var(--_accent);
        border-inline-end: 0.14em solid var(--_accent);
        transform: rotate(45deg);
      }
      .list > li:dir(rtl)::before {
        transform: rotate(-45deg);
      }
      @media (forced-colors: active) {
        .list > li {
          border-color: CanvasText;
        }
        .list > li::before {
          background: none;
          border-color: CanvasText;
        }
      }
      @media print {
        .list {
          grid-template-columns: 1fr;
        }
        .list > li {
          break-inside: avoid;
          border-color: #000;
        }
      }
    `,
  ];

  protected builtIn(content: Content): ListContent {
    return content.activities;
  }

}

provideEnglish({ activities: enActivities });
defineElement('mes-cooperation-activities', MesCooperationActivities);

declare global {
  interface HTMLElementTagNameMap {
    'mes-cooperation-activities': MesCooperationActivities;
  }
}
