/**
 * Defines <mes-structure-nav>: importing this module registers the element (once, however often the library is loaded).
 */
import { defineElement } from '../../core/define.js';
import { MesStructureNav } from './structure-nav.js';

export * from './structure-nav.js';

defineElement('mes-structure-nav', MesStructureNav);

declare global {
  interface HTMLElementTagNameMap {
    'mes-structure-nav': MesStructureNav;
  }
}
