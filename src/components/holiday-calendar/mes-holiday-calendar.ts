/**
 * Defines <mes-holiday-calendar>: importing this module registers the element (once, however often the library is loaded).
 */
import { defineElement } from '../../core/define.js';
import { MesHolidayCalendar } from './holiday-calendar.js';

export * from './holiday-calendar.js';

defineElement('mes-holiday-calendar', MesHolidayCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'mes-holiday-calendar': MesHolidayCalendar;
  }
}
