/**
 * mes-components: the international cooperation content of the Ministry for Emergency Situations
 * of the Republic of Belarus, as custom elements. Importing this module defines every element.
 */
export { MesPriorities } from './components/priorities/mes-priorities.js';
export { MesElement } from './core/mes-element.js';
export type { ContentErrorDetail, ContentLoadDetail } from './core/mes-element.js';
export { en, loadContent, loadedContent } from './content/index.js';
export type * from './content/types.js';
export { VERSION } from './core/version.js';
