import { css, html, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { enMinistry, enUiPage } from '../../content/en.js';
import { provideEnglish } from '../../content/store.js';
import type { Content, HolidaysContent, ListContent, MinistryContent, StrategyContent } from '../../content/types.js';
import { defineElement } from '../../core/define.js';
import { MesElement } from '../../core/mes-element.js';
import { baseStyles } from '../../core/styles.js';
import '../priorities/mes-priorities.js';
import '../cooperation-activities/mes-cooperation-activities.js';
import '../strategy-goals/mes-strategy-goals.js';
import '../holiday-calendar/mes-holiday-calendar.js';

/** The content of the whole page: the ministry, a title, and the content of each section. */
export interface InternationalCooperationContent {
  /** The page's title: "International cooperation". */
  title: string;
  /** The section heading "General information". */
  generalInformation: string;
  ministry: MinistryContent;
  priorities: Partial<ListContent>;
  activities: Partial<ListContent>;
  strategy: Partial<StrategyContent>;
  holidays: Partial<HolidaysContent>;
}

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
 * @attr src - URL of a JSON file `{ title, generalInformation, ministry, priorities, activities, strategy, holidays }` (each optional; a section's value has that element's content shape).
 * @attr today - The date to show the strategy's progress and the holidays for (ISO `YYYY-MM-DD`); passed to the sections. Default: the current date in Minsk.
 * @attr time-zone - The IANA time zone whose date is "today" for the holiday calendar (default `Europe/Minsk`).
 * @attr prerendered-today - The date its static HTML was made for (`mes-components render` sets it); passed to the strategy and the holiday calendar, which render for that date first, then for `today` or the current date.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart ministry - The ministry's name above the title.
 * @csspart heading - The page title.
 * @csspart subheading - The heading "General information".
 * @csspart section - Each section element (priorities, activities, strategy, holidays).
 *
 * @cssprop --mes-accent - Accent colour, passed on to every section.
 * @cssprop --mes-space - Base spacing unit (default 1rem).
 * @cssprop --mes-max-width - Maximum width of the page (default 72ch).
 * @cssprop --mes-page-heading-size - Font size of the page title (default 1.75em).
 */
export class MesInternationalCooperation extends MesElement<InternationalCooperationContent> {
  static override properties: PropertyDeclarations = {
    today: { reflect: true },
    prerenderedToday: { attribute: 'prerendered-today' },
    timeZone: { attribute: 'time-zone', reflect: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        --_max-width: var(--mes-max-width, 72ch);
      }
      .ministry {
        display: flex;
        align-items: center;
        gap: 0.5em;
        margin: 0 0 calc(var(--_space) * 0.25);
        color: var(--_accent-text);
        font-weight: 600;
        font-size: 0.9375em;
        letter-spacing: 0.01em;
      }
      .ministry svg {
        flex: none;
        width: 1.5em;
        height: 1.5em;
      }
      .ministry .star {
        fill: light-dark(#ffffff, #10171f);
      }
      @media (forced-colors: active) {
        .ministry .star {
          fill: Canvas;
        }
      }
      .heading {
        font-size: var(--mes-page-heading-size, 1.75em);
      }
      .sections {
        display: grid;
        gap: calc(var(--_space) * 2);
        margin-top: calc(var(--_space) * 1.25);
      }
      .sections > * {
        max-width: none;
      }
      .sections > * + * {
        padding-top: calc(var(--_space) * 2);
        border-top: 1px solid var(--_border);
      }
      @media print {
        .sections > * {
          break-inside: avoid-page;
        }
      }
    `,
  ];

  /** The date the sections show (ISO `YYYY-MM-DD`); passed to the strategy and the holiday calendar. */
  today: string | null = null;

  /** The date the element's static HTML was made for (`mes-components render` sets it); passed on. */
  prerenderedToday: string | null = null;

  /** The time zone whose date is "today" for the holiday calendar; passed on. */
  timeZone: string | null = null;

  protected builtIn(content: Content): InternationalCooperationContent {
    return {
      title: content.ui.internationalCooperation,
      generalInformation: content.ui.generalInformation,
      ministry: content.ministry,
      priorities: {},
      activities: {},
      strategy: {},
      holidays: {},
    };
  }

  contentCheck() {
    return import('../../core/outside.js').then((m) => m.internationalCooperationCheck);
  }

  protected headingText(data: InternationalCooperationContent): string {
    return data.title;
  }

  protected renderBody() {
    return html``;
  }

  protected override render() {
    const data = this.data;
    const own = this.overrides;
    // The ministry is merged key by key: a partner may change its name alone.
    const ministry = { ...this.builtInContent.ministry, ...own.ministry };
    // Sections sit two levels down; past h6 they keep the outline through aria-level (outlineLevel).
    const level = this.level + 2;
    const today = this.today ?? undefined;
    const prerendered = this.prerenderedToday ?? undefined;
    // The language is passed on (not only inherited), so that a server, which has no DOM tree, renders the sections in it.
    const lang = this.builtInContent.lang;
    return html`<div part="base" class="base" lang=${lang}>
      <p part="ministry" class="ministry">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 1.5 3.5 5v6.2c0 5.3 3.6 10.1 8.5 11.3 4.9-1.2 8.5-6 8.5-11.3V5z" />
          <path class="star" d="m12 6.2 1.5 3.5 3.8.3-2.9 2.5.9 3.7L12 14.2l-3.3 2 .9-3.7-2.9-2.5 3.8-.3z" />
        </svg>
        <span>${ministry.siteTitle}</span>
      </p>
      ${this.renderHeading(data.title)} ${this.renderSubheading(data.generalInformation)}
      <div class="sections">
        <mes-priorities part="section" lang=${lang} heading-level=${Math.min(level, 6)}
          .outlineLevel=${level} .content=${own.priorities}></mes-priorities>
        <mes-cooperation-activities
          part="section"
          lang=${lang}
          heading-level=${Math.min(level, 6)}
          .outlineLevel=${level}
          .content=${own.activities}
        ></mes-cooperation-activities>
        <mes-strategy-goals
          part="section"
          lang=${lang}
          heading-level=${Math.min(level, 6)}
          .outlineLevel=${level}
          today=${ifDefined(today)}
          prerendered-today=${ifDefined(prerendered)}
          .content=${own.strategy}
        ></mes-strategy-goals>
        <mes-holiday-calendar
          part="section"
          lang=${lang}
          heading-level=${Math.min(level, 6)}
          .outlineLevel=${level}
          today=${ifDefined(today)}
          prerendered-today=${ifDefined(prerendered)}
          time-zone=${ifDefined(this.timeZone ?? undefined)}
          .content=${own.holidays}
        ></mes-holiday-calendar>
      </div>
    </div>`;
  }
}

provideEnglish({ ministry: enMinistry, ui: enUiPage });
defineElement('mes-international-cooperation', MesInternationalCooperation);

declare global {
  interface HTMLElementTagNameMap {
    'mes-international-cooperation': MesInternationalCooperation;
  }
}
