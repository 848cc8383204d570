/**
 * The language a page gives the library's elements, written where a server renderer can see it.
 *
 * In a browser an element without `lang` takes its nearest ancestor's (or `<html lang>`). A server renderer such as
 * `@lit-labs/ssr` renders each custom element on its own, without its ancestors, so an element that relies on the
 * page's language would come out in English. `inheritPageLang()` reads the page as the browser will (parse5, the
 * parser `@lit-labs/ssr` itself uses) and writes the inherited `lang` on each of the library's elements that has none,
 * before the page is rendered. Every other byte of the page is left as it was.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { matchLang } from '../core/lang.js';
import { TAGS } from '../elements.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** A whole document (parsed as one, so that `<html lang>` is seen) rather than a fragment of a page. */
const DOCUMENT = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head|body)[\s>]/i;

/** A tag of the library, anywhere in the text (a page without one is returned as it is, unparsed). */
const ANY_TAG = new RegExp(`<(?:${TAGS.join('|')})[\\s/>]`, 'i');

/** An attribute value, written between double quotes. */
const quoted = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const isElement = (node: DefaultTreeAdapterMap['childNode']): node is Element => 'tagName' in node;

/**
 * The page's HTML with the inherited `lang` written on each of the library's elements that has none (or an empty
 * one): the nearest ancestor's non-empty `lang`, crossing declarative shadow roots, as a browser resolves it. Only a
 * language the library ships is written (`ru-BY` as it is); an element under a page in another language keeps no
 * `lang` and shows English, as it would in the browser. A whole document or a fragment of one.
 */
export function inheritPageLang(html: string): string {
  if (!ANY_TAG.test(html)) return html;
  const tags = new Set(TAGS);
  const options = { sourceCodeLocationInfo: true };
  const root = DOCUMENT.test(html) ? parse(html, options) : parseFragment(html, options);
  /** Where to write what: `[start, end, text]`, the text replacing what is between the offsets. */
  const edits: [number, number, string][] = [];
  const walk = (parent: ParentNode, inherited: string) => {
    for (const node of parent.childNodes) {
      if (!isElement(node)) continue;
      const attr = node.attrs.find((a) => a.name === 'lang');
      const own = attr?.value.trim() ?? '';
      const where = node.sourceCodeLocation;
      if (!own && tags.has(node.tagName) && matchLang(inherited) && where?.startTag) {
        const text = `lang="${quoted(inherited)}"`;
        const empty = where.attrs?.['lang'];
        if (empty) edits.push([empty.startOffset, empty.endOffset, text]);
        else {
          const at = where.startTag.startOffset + 1 + node.tagName.length;
          edits.push([at, at, ` ${text}`]);
        }
      }
      const lang = own || inherited;
      walk(node, lang);
      // A declarative shadow root (its children are the template's content): its elements inherit across it.
      if (node.tagName === 'template' && node.attrs.some((a) => a.name === 'shadowrootmode'))
        walk((node as DefaultTreeAdapterMap['template']).content, lang);
    }
  };
  walk(root, '');
  let out = html;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** What `pageLangPlugin` needs of Eleventy's configuration object. */
export interface EleventyConfigLike {
  addTransform(
    name: string,
    transform: (
      this: { page?: { outputPath?: string | false } } | undefined,
      content: string,
      outputPath?: string | false,
    ) => string,
  ): unknown;
}

/**
 * An Eleventy plugin: writes each page's language on the library's elements (`inheritPageLang`) before
 * `@lit-labs/eleventy-plugin-lit` renders them. Add it before the Lit plugin:
 * `eleventyConfig.addPlugin(pageLangPlugin)`. Pages written to other files than `.html` are left alone.
 */
export function pageLangPlugin(eleventyConfig: EleventyConfigLike): void {
  eleventyConfig.addTransform('mes-components-page-lang', function (content, outputPath) {
    const path = this?.page?.outputPath ?? outputPath;
    if (typeof content !== 'string' || (path && !path.endsWith('.html'))) return content;
    return inheritPageLang(content);
  });
}
