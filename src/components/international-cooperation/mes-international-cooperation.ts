/**
 * Defines <mes-international-cooperation>: importing this module registers the element (once, however often the library is loaded).
 */
import { defineElement } from '../../core/define.js';
// The sections it shows are elements of their own.
import '../priorities/mes-priorities.js';
import '../cooperation-activities/mes-cooperation-activities.js';
import '../strategy-goals/mes-strategy-goals.js';
import '../holiday-calendar/mes-holiday-calendar.js';
import { MesInternationalCooperation } from './international-cooperation.js';

export * from './international-cooperation.js';

defineElement('mes-international-cooperation', MesInternationalCooperation);

declare global {
  interface HTMLElementTagNameMap {
    'mes-international-cooperation': MesInternationalCooperation;
  }
}
