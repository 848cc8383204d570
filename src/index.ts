/**
 * mes-components: the international cooperation content of the Ministry for Emergency Situations
 * of the Republic of Belarus, as custom elements. Importing this module defines every element.
 */
export { MesPriorities } from './components/priorities/mes-priorities.js';
export { MesCooperationActivities } from './components/cooperation-activities/mes-cooperation-activities.js';
export { MesStrategyGoals } from './components/strategy-goals/mes-strategy-goals.js';
export { MesStructureNav } from './components/structure-nav/mes-structure-nav.js';
export type { MenuToggleDetail } from './components/structure-nav/mes-structure-nav.js';
export { MesHolidayCalendar } from './components/holiday-calendar/mes-holiday-calendar.js';
export type { HolidaySelectDetail } from './components/holiday-calendar/mes-holiday-calendar.js';
export { MesInternationalCooperation } from './components/international-cooperation/mes-international-cooperation.js';
export { MesElement } from './core/mes-element.js';
export type { ContentErrorDetail, ContentLoadDetail } from './core/mes-element.js';
export type { MesEventDetail, MesEventName } from './core/events.js';
export { en, loadContent, loadedContent } from './content/index.js';
export type * from './content/types.js';
export { VERSION } from './core/version.js';
export type { ElementInfo, ContentSection } from './elements.js';
