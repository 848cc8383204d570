/**
 * The built-in content in every language, for Node tools (the `content-diff` command reads it from
 * dist/builtin-content.js). Elements never import this module: they load Russian and Belarusian on demand.
 */
export { en } from './en.js';
export { ru } from './ru.js';
export { be } from './be.js';
export { ABOUT_PAGE, CHECKED, COOPERATION_PAGE } from './sources.js';
