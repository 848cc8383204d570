/**
 * Defines <mes-cooperation-activities>: importing this module registers the element (once, however often the library is loaded).
 */
import { defineElement } from '../../core/define.js';
import { MesCooperationActivities } from './cooperation-activities.js';

export * from './cooperation-activities.js';

defineElement('mes-cooperation-activities', MesCooperationActivities);

declare global {
  interface HTMLElementTagNameMap {
    'mes-cooperation-activities': MesCooperationActivities;
  }
}
