import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { enStructure, enUiNav } from '../../content/en.js';
import type { ContentView, StructureContent, StructureMenuContent, UnitContent } from '../../content/types.js';

type NavView = ContentView<'structure', 'nav'>;
import { icon } from '../../core/icon.js';
import * as icons from '../../core/icons.js';
import { MesElement } from '../../core/mes-element.js';
import { openMenu, toggled, unitHref } from './structure.js';
import { structureNavStyles } from './structure-nav.styles.js';

/** The detail of the `mes-menu-toggle` event. */
export interface MenuToggleDetail {
  /** The id of the menu that opened or closed. */
  menu: string;
  /** Whether it is now open. */
  open: boolean;
}

/**
 * The structure of the ministry as page navigation: one disclosure button a menu ("Central office of the MES",
 * "Subordinate units", "Territorial departments") in a row, and under that row the open menu's panel, which lists
 * the menu's units, in groups under headings where a menu has them. The panel is part of the page's flow: it pushes what follows down, and opening a menu never moves the
 * buttons. Units with a safe URL (`http:`, `https:`, `mailto:`) are links (underlined, in the link colour); the
 * others are plain text.
 *
 * It follows the WAI-ARIA disclosure pattern (not a modal: nothing traps focus). The buttons carry
 * `aria-expanded` and `aria-controls`; each panel is a group named by its button and is `hidden` when
 * closed. One panel is open at a time. Opening a panel leaves the focus on its button; the panel comes next in
 * the focus order. Escape (anywhere in the element), the panel's Close button, a click outside the element and
 * the focus leaving the element close the open panel; Escape and Close move the focus back to the panel's button.
 * Read with scripting off (static HTML) and when printed, there are no buttons: every panel is shown open, under
 * its menu's name.
 *
 * @tag mes-structure-nav
 * @summary Navigation through the structure of the MES: central office, subordinate units and territorial departments.
 *
 * @attr lang - The language (`be`, `ru`, `en`, regional tags too); inherited from ancestors when absent.
 * @attr heading-level - The level of the element's heading, 1–6 (default 2); group headings are one level below.
 * @attr show-sources - Adds a small "Source" line under the section, linking the official page its text comes from (and saying when the text is the library's translation). Off by default.
 * @attr src - URL of a JSON file `{ "source", "title", "menus": [{ "id", "title", "groups": [{ "title"?, "items": [{ "name", "url"? }] }] }] }` (each key of the top object optional) that replaces the built-in content.
 * @attr open - The id of the open menu (`central-office`, `subordinate-units`, `territorial-departments` in the built-in content), reflected; absent when all are closed.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The title.
 * @csspart nav - The navigation landmark around the buttons and panels.
 * @csspart button - Each menu button.
 * @csspart button-expanded - The button of the open menu (in addition to `button`).
 * @csspart chevron - The chevron icon in each button (it turns when the menu opens).
 * @csspart panel - Each panel (the box that lists a menu's units).
 * @csspart menu-title - The menu's name at the top of its panel, shown where there are no buttons (scripting off, print).
 * @csspart group - Each group of units in a panel.
 * @csspart subheading - The heading of each group.
 * @csspart list - The list of units of a group.
 * @csspart unit - Each unit (list item).
 * @csspart link - The link of a unit that has a URL.
 * @csspart close - The Close button of each panel.
 * @csspart source - The "Source" line (with `show-sources`).
 * @csspart source-link - The link in the "Source" line.
 *
 * @cssprop --mes-font-family - Font family of the element (default: the page's font, inherited).
 * @cssprop --mes-heading-font - Font family of the headings (default: the element's font).
 * @cssprop --mes-heading-weight - Font weight of the headings (default 700).
 * @cssprop --mes-font-size - Size of the element's body text (default: the page's, inherited; give it in rem or px).
 * @cssprop --mes-text-color - Colour of the element's text (default: the page's, inherited).
 * @cssprop --mes-heading-1-size - Font size of an `<h1>` (default 2.25em; 1.75em on a screen narrower than 40em).
 * @cssprop --mes-heading-2-size - Font size of an `<h2>` (default 1.5em; 1.375em on a screen narrower than 40em).
 * @cssprop --mes-heading-3-size - Font size of an `<h3>` (default 1.25em).
 * @cssprop --mes-heading-4-size - Font size of an `<h4>` (default 1.125em).
 * @cssprop --mes-heading-5-size - Font size of an `<h5>` (default 1.0625em).
 * @cssprop --mes-heading-6-size - Font size of an `<h6>` (default 1em).
 * @cssprop --mes-space - The unit of the spacing scale (default 1rem); every margin, gap and padding is a step of it.
 * @cssprop --mes-margin-block-end - Space below the element (default 2 units; `0` removes it).
 * @cssprop --mes-max-width - Maximum width of the element (default 60rem for this element: a row of menu buttons).
 * @cssprop --mes-accent - Accent colour (buttons, links).
 * @cssprop --mes-mark-color - Colour of the graphics that carry meaning (default: the accent, drawn towards the text colour so that it keeps 3:1 against the page).
 * @cssprop --mes-focus-color - Colour of the focus indicator (default #ffdd00, with a bar in --mes-focus-text-color).
 * @cssprop --mes-focus-text-color - Text and bar colour of the focus indicator (default #0b0c0c).
 * @cssprop --mes-accent-soft - Background of a button on hover and of the open menu's button (default: a tint of the accent).
 * @cssprop --mes-border-color - Border colour of the buttons and panels.
 * @cssprop --mes-radius - Corner radius of the buttons and panels (default 0.25rem).
 *
 * @fires mes-menu-toggle - A person opened or closed a menu (not fired when `open` is set by script). `detail`: `{ menu, open }`. Opening a menu while another is open fires a close for the other first.
 */
export class MesStructureNav extends MesElement<StructureContent, NavView> {
  protected readonly english = { structure: enStructure, ui: { nav: enUiNav } };

  static override properties: PropertyDeclarations = {
    open: { reflect: true },
  };

  static override styles = structureNavStyles;

  /**
   * The id of the open menu, or `null` when all are closed. Reflected to the `open` attribute. An id
   * that no menu has opens nothing (with a warning).
   */
  open: string | null = null;

  #warnedOpen: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#onDocumentClick, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onDocumentClick, true);
  }

  protected builtIn(content: NavView): StructureContent {
    return content.structure;
  }

  static override contentCheck = () => import('./check.js').then((m) => m.structureContentCheck);

  protected headingText(data: StructureContent): string {
    return data.title;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#checkOpen();
  }

  /** Warns once about an `open` id that no menu has (once content from outside has settled: a `src` may bring it). */
  #checkOpen(): void {
    const id = this.open;
    if (id === null || this.#warnedOpen === id) return;
    if (this.contentController.status === 'pending') return;
    const menus = this.data.menus;
    if (openMenu(menus, id)) return;
    this.#warnedOpen = id;
    console.warn(
      `<${this.tag}>: open="${id}" is not the id of a menu (${menus.map((m) => `"${m.id}"`).join(', ')}); all menus are closed.`,
    );
  }

  /** The id of the menu whose panel is shown, or `null`. */
  get #openId(): string | null {
    return openMenu(this.data.menus, this.open)?.id ?? null;
  }

  #buttonOf(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.toggle[data-menu="${CSS.escape(id)}"]`);
  }

  /** Opens `next` (or closes all, for `null`) on a person's action, and fires `mes-menu-toggle`. */
  #setOpen(next: string | null): void {
    const previous = this.#openId;
    if (previous === next) return;
    this.open = next;
    const fire = (menu: string, open: boolean) => this.emit('mes-menu-toggle', { menu, open });
    if (previous !== null) fire(previous, false);
    if (next !== null) fire(next, true);
  }

  /** Closes the open panel and puts the focus back on its button. */
  #closeAndReturnFocus(): void {
    const id = this.#openId;
    if (id === null) return;
    // Focus first: the focused element may be inside the panel that is about to be hidden.
    this.#buttonOf(id)?.focus();
    this.#setOpen(null);
  }

  #onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented || this.#openId === null) return;
    e.preventDefault();
    this.#closeAndReturnFocus();
  };

  #onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    // `null`: the window lost focus, or a click on something that cannot take focus (handled by the click).
    if (to === null || this.contains(to) || this.renderRoot.contains(to)) return;
    this.#setOpen(null);
  };

  #onDocumentClick = (e: MouseEvent): void => {
    if (this.#openId === null || e.composedPath().includes(this)) return;
    this.#setOpen(null);
  };

  protected renderBody(data: StructureContent, content: NavView) {
    const openId = openMenu(data.menus, this.open)?.id ?? null;
    return html`<nav part="nav" class="nav" aria-labelledby="heading" @keydown=${this.#onKeydown} @focusout=${this.#onFocusOut}>
      <div class="bar">
        ${data.menus.map((menu, i) => this.#renderMenu(menu, i, menu.id === openId, content))}
      </div>
    </nav>`;
  }

  #renderMenu(menu: StructureMenuContent, index: number, expanded: boolean, content: NavView) {
    return html`<button
        type="button"
        part=${expanded ? 'button button-expanded' : 'button'}
        class="toggle"
        id="button-${index}"
        data-menu=${menu.id}
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="panel-${index}"
        @click=${() => this.#setOpen(toggled(this.#openId, menu.id))}
      >
        <span class="label">${menu.title}</span>${icon(icons.expand, 'chevron', 'chevron')}
      </button>
      <div
        part="panel"
        class="panel"
        id="panel-${index}"
        data-menu=${menu.id}
        role="group"
        aria-labelledby="button-${index}"
        ?hidden=${!expanded}
      >
        <p part="menu-title" class="menu-title">${menu.title}</p>
        <div class="groups">
          ${menu.groups.map(
            (group) => html`<div part="group" class="group">
              ${group.title === undefined ? nothing : this.renderSubheading(group.title, 1)}
              <ul part="list" class="list" role="list">
                ${group.items.map((unit) => html`<li part="unit">${this.#renderUnit(unit)}</li>`)}
              </ul>
            </div>`,
          )}
        </div>
        <button type="button" part="close" class="close" id="close-${index}" @click=${() => this.#closeAndReturnFocus()}>
          ${icon(icons.close, 'cross')}<span>${content.ui.nav.close}</span>
        </button>
      </div>`;
  }

  #renderUnit(unit: UnitContent) {
    const href = unitHref(unit);
    return href === undefined
      ? html`<span class="name">${unit.name}</span>`
      : html`<a part="link" href=${href} rel="noopener">${unit.name}</a>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mes-menu-toggle': CustomEvent<MenuToggleDetail>;
  }
}
