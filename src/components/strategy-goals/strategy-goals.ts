import { html, nothing, type PropertyDeclarations } from 'lit';
import { enStrategy, enUiStrategy } from '../../content/en.js';
import type { ContentView, StrategyContent } from '../../content/types.js';

type StrategyView = ContentView<'strategy', 'strategy'>;
import { isSafeUrl } from '../../content/url.js';
import { formatDate } from '../../core/date/format.js';
import { heading } from '../../core/heading.js';
import { icon } from '../../core/icon.js';
import * as icons from '../../core/icons.js';
import { MesElement } from '../../core/mes-element.js';
import { nowrap, splitYearRanges } from '../../core/nowrap.js';
import { TodayController } from '../../core/today.js';
import { renderList } from '../list.js';
import { formatYear, formatYearSpan, progressText } from './format.js';
import { MAX_PERIOD_YEARS, periodProgress, type PeriodProgress } from './progress.js';
import { strategyGoalsStyles } from './strategy-goals.styles.js';

export { MAX_PERIOD_YEARS };
/** From this many years on, the timeline labels only its ends and the current year. */
const DENSE_FROM = 17;

/**
 * The ministry's National Strategy for Disasters Risk Reduction for 2019-2030: the paragraph that places it among global goals
 * (the UN Sustainable Development Goals 2030 and the Sendai Framework), links to those frameworks, and a sub-section
 * under the strategy's name: its period 2019–2030 as a timeline of years that shows how far through it the day is,
 * and its main objectives. A year range in the text never breaks at its dash. In print, links show their addresses,
 * and the progress and the current year say the date they were counted on.
 *
 * Years are whole calendar years: 2019–2030 is 12 years; in any year of the period the years before it are
 * complete and the current one is counted as begun (in 2026: "8 of 12 years"; on 31 December 2030: "12 of 12
 * years"; from 2031: "Completed"; before 2019: "Not started yet"). "Today" is the date in Minsk
 * (Europe/Minsk), never the visitor's own time zone, unless `time-zone` names another zone or `today` fixes the
 * date. While no `today` is set, the element turns to the next day at the zone's midnight (on 1 January, to the next
 * year) with a single timer, which is cleared when the element is removed.
 *
 * @tag mes-strategy-goals
 * @summary The National Strategy for Disasters Risk Reduction for 2019-2030: context, timeline and main objectives.
 *
 * @attr lang - The language (`be`, `ru`, `en`, regional tags too); inherited from ancestors when absent.
 * @attr heading-level - The level of the element's heading, 1–6 (default 2); the strategy's name is one level down.
 * @attr show-sources - Adds a small "Source" line under the section, linking the official page its text comes from (and saying when the text is the library's translation). Off by default.
 * @attr src - URL of a JSON file of the `StrategyContent` shape (`title`, `name`, `paragraphs`, `startYear`, `endYear`, `lead`, `items`, `links`, `source`; each optional) that replaces the built-in content.
 * @attr today - The day to show the progress for, as `YYYY-MM-DD` (default: the current date in the time zone). An invalid date warns and is ignored.
 * @attr time-zone - The IANA time zone whose date is "today" (default `Europe/Minsk`). An unknown zone warns and falls back to Europe/Minsk.
 * @attr prerendered-today - The date its static HTML was made for (`mes-components render` sets it): the first render is for that date, so that the static HTML is taken over unchanged; then `today` or the current date applies.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The title.
 * @csspart paragraph - Each paragraph of the introduction.
 * @csspart links - The list of links to related frameworks.
 * @csspart link - Each link.
 * @csspart strategy - The sub-section with the strategy's name, timeline and objectives.
 * @csspart name - The strategy's name (a heading one level below the title).
 * @csspart timeline - The timeline: label, period, progress bar, year labels, status and legend.
 * @csspart progress - The progress bar (`role="progressbar"`), made of one segment a year.
 * @csspart segment - Each year's segment of the bar; also carries `past`, `current` or `future`.
 * @csspart status - The visible progress text ("8 of 12 years").
 * @csspart as-of - The date the progress was counted on ("as of December 4, 2026"), after the count; shown in print only.
 * @csspart legend - The legend of the bar's segments.
 * @csspart lead - The sentence that introduces the objectives.
 * @csspart list - The list of objectives.
 * @csspart item - Each objective.
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
 * @cssprop --mes-max-width - Maximum width of the element (default 72ch).
 * @cssprop --mes-accent - Accent colour (links, rules).
 * @cssprop --mes-mark-color - Colour of the graphics that carry meaning (default: the accent, drawn towards the text colour so that it keeps 3:1 against the page).
 * @cssprop --mes-focus-color - Colour of the focus indicator (default #ffdd00, with a bar in --mes-focus-text-color).
 * @cssprop --mes-focus-text-color - Text and bar colour of the focus indicator (default #0b0c0c).
 * @cssprop --mes-muted-color - Colour of the period and of the legend's words (default: the text colour, a little lighter).
 * @cssprop --mes-timeline-height - Height of the timeline's bar (default 0.875rem).
 */
export class MesStrategyGoals extends MesElement<StrategyContent, StrategyView> {
  protected readonly english = { strategy: enStrategy, ui: { strategy: enUiStrategy } };

  static override properties: PropertyDeclarations = {
    today: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
    prerenderedToday: { attribute: 'prerendered-today' },
  };

  static override styles = strategyGoalsStyles;

  /**
   * The day to show the strategy's progress for, as `YYYY-MM-DD`. Empty or absent: the current date in the time
   * zone. An invalid value (`"2026-02-30"`, `"tomorrow"`) is ignored with a console warning.
   */
  today: string | null = null;

  /** The IANA time zone whose date is "today" (default Europe/Minsk). */
  timeZone: string | null = null;

  /**
   * The date the element's static HTML was made for, `YYYY-MM-DD` (`mes-components render` sets it). The first
   * render is for that date, so that the element takes its static HTML over unchanged; then `today` or the current
   * date in the time zone applies.
   */
  prerenderedToday: string | null = null;

  /** "Today", turning over at the zone's midnight. */
  readonly #day = new TodayController(this);

  protected builtIn(content: StrategyView): StrategyContent {
    return content.strategy;
  }

  /** The period's check reads the built-in period, which is the same in every language. */
  static override contentCheck = () => import('./check.js').then((m) => m.strategyCheck(enStrategy, MAX_PERIOD_YEARS));

  protected headingText(data: StrategyContent): string {
    return data.title;
  }

  protected renderBody(data: StrategyContent, content: StrategyView) {
    // A valid period: the check of content from outside holds across its sources (see ./check.ts).
    const { startYear, endYear } = data;
    const progress = periodProgress(startYear, endYear, this.#day.date);
    const links = data.links.filter((l) => isSafeUrl(l.url));
    return html`${data.paragraphs.map((p) => html`<p part="paragraph" class="paragraph">${nowrap(p)}</p>`)}
      ${
        links.length === 0
          ? nothing
          : html`<ul part="links" class="links" role="list">
            ${links.map(
              (l) =>
                html`<li>
                  <a part="link" href=${l.url} hreflang=${l.hreflang ?? nothing}>${this.#renderLinkLabel(l.label)}</a>
                </li>`,
            )}
          </ul>`
      }
      <section part="strategy" class="strategy">
        ${heading(this.level + 1, nowrap(data.name), 'name', 'name', 'subheading')}
        ${this.#renderTimeline(progress, startYear, endYear, content)}
        ${renderList(data)}
      </section>`;
  }

  /**
   * A link's label and its icon; the icon keeps to the last word (or the year range the label ends with), so that
   * it never wraps onto a line alone; no year range in the label breaks.
   */
  #renderLinkLabel(label: string) {
    const text = label.trimEnd();
    const last = splitYearRanges(text).pop()!;
    const at = last.range ? text.length - last.text.length : text.lastIndexOf(' ') + 1;
    // The space before the last word goes into its span: alone in a text node of its own, where the line wraps,
    // Chromium left it out of the link's accessible name ("2015–2030годы").
    const head = label.slice(0, at).trimEnd();
    return html`${nowrap(head)}<span class="nowrap"
        >${label.slice(head.length)}${icon(icons.external)}</span
      >`;
  }

  /** The date a count that depends on the day was made on, for print only (on screen the count is current). */
  #renderAsOf(content: StrategyView) {
    const [before = '', after = ''] = content.ui.strategy.asOf.split('{date}');
    // The space is part of the text: the build trims white space at the edges of a template's markup. The date and
    // what closes it stay on one line.
    return html`<span part="as-of" class="as-of"
      >${` (${before}`}<span class="nowrap">${`${formatDate(this.#day.date, content)}${after})`}</span></span
    >`;
  }

  /** The timeline, in the language of the content shown (`content.lang`). */
  #renderTimeline(progress: PeriodProgress, startYear: number, endYear: number, content: StrategyView) {
    const { lang, ui } = content;
    const asOf = this.#renderAsOf(content);
    const status = progressText(ui.strategy, lang, progress);
    const currentIndex = progress.current === null ? -1 : progress.current - startYear;
    const last = progress.total - 1;
    const tickClass = (i: number, yearStatus: string) => {
      const classes = ['tick', yearStatus];
      if (i === 0) classes.push('first');
      if (i === last) classes.push('last');
      // An end label near the current year's label could touch it in a narrow space (or with large text): drop it;
      // the period is written out above the bar anyway.
      if ((i === 0 || i === last) && i !== currentIndex && currentIndex >= 0 && Math.abs(i - currentIndex) <= 2) {
        classes.push('near');
      }
      return classes.join(' ');
    };
    const legend: [string, string][] = [];
    if (progress.state === 'during') {
      if (currentIndex > 0) legend.push(['past', ui.strategy.timelinePast]);
      legend.push(['current', `${ui.strategy.timelineCurrent}: ${formatYear(progress.current!, lang)}`]);
      if (currentIndex < last) legend.push(['future', ui.strategy.timelineFuture]);
    }
    return html`<div part="timeline" class="timeline ${progress.state}">
      <div class="timeline-head">
        <p>
          <span id="timeline-label" class="timeline-label">${ui.strategy.strategyTimeline}</span>
          <span id="period" class="period">${nowrap(formatYearSpan(startYear, endYear, lang))}</span>
        </p>
        <p class="status"><span part="status">${status}</span>${asOf}</p>
      </div>
      <div
        part="progress"
        class="bar"
        role="progressbar"
        aria-labelledby="timeline-label period"
        aria-valuemin="0"
        aria-valuemax=${progress.total}
        aria-valuenow=${progress.done}
        aria-valuetext=${status}
      >
        ${progress.years.map(
          (y) => html`<span part="segment ${y.status}" class="segment ${y.status}" data-year=${y.year}></span>`,
        )}
      </div>
      <div class="ticks ${progress.total >= DENSE_FROM ? 'dense' : ''}" aria-hidden="true">
        ${progress.years.map((y, i) => html`<span class=${tickClass(i, y.status)}>${formatYear(y.year, lang)}</span>`)}
      </div>
      ${
        legend.length === 0
          ? nothing
          : html`<ul part="legend" class="legend" role="list">
            ${legend.map(
              ([kind, label]) =>
                html`<li>
                  <span class="segment ${kind}" aria-hidden="true"></span
                  ><span>${nowrap(label)}</span>
                </li>`,
            )}
          </ul>`
      }
    </div>`;
  }
}
