/**
 * Defines <mes-strategy-goals>: importing this module registers the element (once, however often the library is loaded).
 */
import { defineElement } from '../../core/define.js';
import { MesStrategyGoals } from './strategy-goals.js';

export * from './strategy-goals.js';

defineElement('mes-strategy-goals', MesStrategyGoals);

declare global {
  interface HTMLElementTagNameMap {
    'mes-strategy-goals': MesStrategyGoals;
  }
}
