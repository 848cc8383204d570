/**
 * Defines <mes-priorities>: importing this module registers the element (once, however often the library is loaded).
 */
import { defineElement } from '../../core/define.js';
import { MesPriorities } from './priorities.js';

export * from './priorities.js';

defineElement('mes-priorities', MesPriorities);

declare global {
  interface HTMLElementTagNameMap {
    'mes-priorities': MesPriorities;
  }
}
