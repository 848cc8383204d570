/**
 * `mes-components/server`, for Node: everything the main entry gives (with every language's content loaded at once,
 * as the main entry in Node has it), and what a server renderer needs beside it: `inheritPageLang()`, which writes a
 * page's language on the library's elements before `@lit-labs/ssr` renders them, and `pageLangPlugin`, the same as
 * an Eleventy plugin. Importing this module defines every element.
 */
export * from './node.js';
export { inheritPageLang, pageLangPlugin, type EleventyConfigLike } from './server/page-lang.js';
