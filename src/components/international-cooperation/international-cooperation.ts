import { html, nothing, type PropertyDeclarations } from 'lit';
import { enMinistry, enUiPage } from '../../content/en.js';
import type { ContentView, InternationalCooperationContent } from '../../content/types.js';
import { icon } from '../../core/icon.js';
import * as icons from '../../core/icons.js';
import { MesElement } from '../../core/mes-element.js';
import { internationalCooperationStyles } from './international-cooperation.styles.js';

export type { InternationalCooperationContent };

type PageView = ContentView<'ministry', 'page'>;

/**
 * The whole "International cooperation" page of the ministry in one tag, in the order of the ministry's
 * page: the ministry's name and "General information", the priorities, the activities, the National
 * Strategy block, and the professional holidays. Its inner headings nest under its own heading with no
 * skipped level: `heading-level` N gives the page title hN, "General information" hN+1 and each section
 * hN+2.
 *
 * @tag mes-international-cooperation
 * @summary The whole international cooperation page of the MES.
 *
 * @attr lang - The language (`be`, `ru`, `en`, regional tags too); inherited from ancestors when absent, and passed on to every section.
 * @attr heading-level - The level of the page title, 1–6 (default 2); sections follow two levels down.
 * @attr show-sources - Adds, under each section, a small "Source" line linking the official page its text comes from (passed to every section). Off by default.
 * @attr src - URL of a JSON file `{ title, generalInformation, ministry, priorities, activities, strategy, holidays }` (each optional; a section's value has that element's content shape).
 * @attr today - The date to show the strategy's progress and the holidays for (ISO `YYYY-MM-DD`); passed to the sections. Default: the current date in Minsk.
 * @attr time-zone - The IANA time zone whose date is "today" (default `Europe/Minsk`); passed to the strategy and the holiday calendar.
 * @attr prerendered-today - The date its static HTML was made for (`mes-components render` sets it); passed to the strategy and the holiday calendar, which render for that date first, then for `today` or the current date.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart ministry - The ministry's name above the title.
 * @csspart heading - The page title.
 * @csspart subheading - The heading "General information".
 * @csspart section - Each section element (priorities, activities, strategy, holidays).
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
 * @cssprop --mes-max-width - Maximum width of the element (default 72ch).
 * @cssprop --mes-accent - Accent colour (links, rules).
 * @cssprop --mes-mark-color - Colour of the graphics that carry meaning (default: the accent, drawn towards the text colour so that it keeps 3:1 against the page).
 * @cssprop --mes-focus-color - Colour of the focus indicator (default #ffdd00, with a bar in --mes-focus-text-color).
 * @cssprop --mes-focus-text-color - Text and bar colour of the focus indicator (default #0b0c0c).
 *
 * @fires mes-holiday-select - A holiday was chosen in the month view of its holiday section (from inside its shadow root). `detail`: `{ date: 'YYYY-MM-DD', holiday, holidays }`.
 * @fires mes-content-error - Content from `content` or `src` was refused in whole or in part. `detail`: `{ source, src?, problems }`.
 * @fires mes-content-load - JSON from `src` was loaded and applied. `detail`: `{ src }`.
 */
export class MesInternationalCooperation extends MesElement<InternationalCooperationContent, PageView> {
  protected readonly english = { ministry: enMinistry, ui: { page: enUiPage } };

  static override properties: PropertyDeclarations = {
    today: { reflect: true },
    prerenderedToday: { attribute: 'prerendered-today' },
    timeZone: { attribute: 'time-zone', reflect: true },
  };

  static override styles = internationalCooperationStyles;

  /** The date the sections show (ISO `YYYY-MM-DD`); passed to the strategy and the holiday calendar. */
  today: string | null = null;

  /** The date the element's static HTML was made for (`mes-components render` sets it); passed on. */
  prerenderedToday: string | null = null;

  /** The time zone whose date is "today" for the strategy and the holiday calendar; passed on. */
  timeZone: string | null = null;

  protected builtIn(content: PageView): InternationalCooperationContent {
    return {
      title: content.ui.page.internationalCooperation,
      generalInformation: content.ui.page.generalInformation,
      ministry: content.ministry,
      priorities: {},
      activities: {},
      strategy: {},
      holidays: {},
    };
  }

  static override contentCheck = () => import('./check.js').then((m) => m.internationalCooperationCheck);

  protected headingText(data: InternationalCooperationContent): string {
    return data.title;
  }

  /** The ministry's name above the title, and "General information" under it. */
  protected override renderHeader(data: InternationalCooperationContent, content: PageView) {
    // The ministry is merged key by key: a partner may change its name alone.
    const ministry = { ...content.ministry, ...this.overrides.ministry };
    return html`<p part="ministry" class="ministry">
        ${icon(icons.emblem, 'emblem')}
        <span>${ministry.siteTitle}</span>
      </p>
      ${this.renderHeading(data.title)} ${this.renderSubheading(data.generalInformation)}`;
  }

  /** The sections, each an element of its own, given the language, the outline and the content meant for it. */
  protected renderBody(_data: InternationalCooperationContent, content: PageView) {
    const own = this.overrides;
    // Sections sit two levels down; past h6 they keep the outline through aria-level (outlineLevel).
    const level = this.level + 2;
    // What is not set is not passed on: the attribute is left out.
    const today = this.today ?? nothing;
    const prerendered = this.prerenderedToday ?? nothing;
    const timeZone = this.timeZone ?? nothing;
    // The language is passed on (not only inherited), so that a server, which has no DOM tree, renders the sections in it.
    const lang = content.lang;
    return html`<div class="sections">
        <mes-priorities part="section" lang=${lang} heading-level=${Math.min(level, 6)}
          .outlineLevel=${level}
          ?show-sources=${this.showSources} .content=${own.priorities}></mes-priorities>
        <mes-cooperation-activities
          part="section"
          lang=${lang}
          heading-level=${Math.min(level, 6)}
          .outlineLevel=${level}
          ?show-sources=${this.showSources}
          .content=${own.activities}
        ></mes-cooperation-activities>
        <mes-strategy-goals
          part="section"
          lang=${lang}
          heading-level=${Math.min(level, 6)}
          .outlineLevel=${level}
          ?show-sources=${this.showSources}
          today=${today}
          time-zone=${timeZone}
          prerendered-today=${prerendered}
          .content=${own.strategy}
        ></mes-strategy-goals>
        <mes-holiday-calendar
          part="section"
          lang=${lang}
          heading-level=${Math.min(level, 6)}
          .outlineLevel=${level}
          ?show-sources=${this.showSources}
          today=${today}
          prerendered-today=${prerendered}
          time-zone=${timeZone}
          .content=${own.holidays}
        ></mes-holiday-calendar>
      </div>`;
  }
}
