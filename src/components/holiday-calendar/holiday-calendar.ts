import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { enHolidays, enMinistry, enUiCalendar } from '../../content/en.js';
import type { ContentView, HolidayContent } from '../../content/types.js';

type CalendarView = ContentView<'holidays' | 'ministry', 'calendar'>;
import { icon } from '../../core/icon.js';
import * as icons from '../../core/icons.js';
import { MesElement } from '../../core/mes-element.js';
import {
  addMonths,
  daysBetween,
  formatIsoDate,
  isSameDate,
  parseIsoDate,
  type PlainDate,
} from '../../core/date/plain-date.js';
import {
  formatFullDate,
  formatDate,
  formatMonthDay,
  formatMonthYear,
  relativeDays,
  weekdayNames,
} from '../../core/date/format.js';
import { TodayController } from '../../core/today.js';
import { monthGrid, WEEK_START, weekdayOrder } from './grid.js';
import { effectiveHolidays, holidaysOn, nextHoliday, type HolidayCalendarContent } from './holidays.js';
import { dateForKey } from './keys.js';
import { icsWriter, loadIcsWriter, type IcsWriter } from './ics-load.js';
import { holidayCalendarStyles } from './holiday-calendar.styles.js';

export type { HolidayCalendarContent } from './holidays.js';

/** The detail of the `mes-holiday-select` event. */
export interface HolidaySelectDetail {
  /** The chosen day, `YYYY-MM-DD`. */
  date: string;
  /** The holiday on that day (the first one, when several fall on it). */
  holiday: HolidayContent;
  /** Every holiday on that day, in list order. */
  holidays: HolidayContent[];
}

/** The name of the downloaded iCalendar file. */
export const ICS_FILE_NAME = 'mes-holidays.ics';

interface MonthRef {
  year: number;
  month: number;
}

/** Drops the colon that ends a title introducing a list ("Main professional holidays:"). */
function withoutTrailingColon(s: string): string {
  return s.replace(/\s*[:：]\s*$/, '');
}

/**
 * The ministry's professional holidays (Rescuer's Day on 19 January, Fire Service Day on 25 July) with their
 * dates in the element's language, the next of them marked in the list with how far away it is, a link under the
 * list that downloads the holidays as an iCalendar file, and a month view that follows the WAI-ARIA date-grid
 * pattern. In print, the list is a plain table and "in 46 days" says the day it was counted from.
 *
 * "Today" is the date in Belarus (Europe/Minsk) whatever the visitor's time zone; `time-zone` changes the zone,
 * `today` fixes the date (previews, tests, print). While no `today` is set, the element moves to the next day at
 * the zone's midnight with a single timer, which is cleared when the element is removed.
 *
 * Month view: it opens on the month of today; weeks start on Monday in every language (a Belarusian calendar).
 * Holidays are filled cells, today has a ring, the focused day is yellow with a dark bar, and the legend names
 * the marks. One day cell is in the tab order at a time (today, or the 1st when the month shown does not hold
 * today); ArrowLeft/ArrowRight move by a day, ArrowUp/ArrowDown by a week, Home/End to Monday/Sunday of the
 * week, PageUp/PageDown by a month and Shift+PageUp/Shift+PageDown by a year; the month shown follows the focus.
 * As in the APG date picker example, the days of the neighbouring months are blank and cannot be focused; the keys cross into those months. Enter, Space or a click on a holiday shows
 * its details and fires `mes-holiday-select`; on a day without a holiday they only move the focus there.
 *
 * Content: `{ title?, items?, extend? }`, items `{ id?, month, day, name, description? }`. A partner's `items`
 * replace the built-in holidays; with `"extend": true` they are added to them (an item with a built-in `id`
 * replaces that one). An impossible date (31 February, month 13, day 0) is reported and skipped; 29 February
 * is kept and shown in leap years.
 *
 * @tag mes-holiday-calendar
 * @summary The MES professional holidays: list with the next one marked, "Add to calendar", month view.
 *
 * @attr lang - The language (`be`, `ru`, `en`, regional tags too); inherited from ancestors when absent.
 * @attr heading-level - The level of the element's heading, 1–6 (default 2); inner headings are one level down.
 * @attr show-sources - Adds a small "Source" line under the section, linking the official page its text comes from (and saying when the text is the library's translation). Off by default.
 * @attr src - URL of a JSON file `{ "title", "items", "extend", "source" }` (each optional, or one such object per language) that replaces or extends the built-in holidays.
 * @attr today - Fixes "today" to a date `YYYY-MM-DD` (previews, tests, print). An invalid date warns and is ignored.
 * @attr time-zone - The IANA time zone whose date is "today" (default `Europe/Minsk`). An unknown zone warns and falls back to Europe/Minsk.
 * @attr prerendered-today - The date its static HTML was made for (`mes-components render` sets it): the first render is for that date, so that the static HTML is taken over unchanged; then `today` or the current date applies.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The title.
 * @csspart list - The list of holidays.
 * @csspart item - Each holiday in the list.
 * @csspart next-item - The list item of the next holiday (also `item`).
 * @csspart next - The mark of the next holiday in its list item: "Next holiday" and how far away it is.
 * @csspart next-label - The words "Next holiday" (a tag).
 * @csspart download - The "Add to calendar" link (styled as a button).
 * @csspart month - The month view (label, buttons, grid, legend, details).
 * @csspart month-label - The month and year shown (a heading; it labels the grid).
 * @csspart nav-button - The previous and next month buttons.
 * @csspart grid - The month grid (`<table role="grid">`).
 * @csspart day - Each day cell of the shown month.
 * @csspart legend - The legend of the holiday and today marks.
 * @csspart details - The details of the chosen holiday (a live region).
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
 * @cssprop --mes-max-width - Maximum width of the element (default 60rem for this element).
 * @cssprop --mes-accent - Accent colour (the "Add to calendar" button, the month buttons' arrows).
 * @cssprop --mes-on-accent - Text on the accent and on holiday days (default white, or near-black in a dark scheme).
 * @cssprop --mes-mark-color - Colour of the graphics that carry meaning: holiday days' fill, today's ring (default: the accent, drawn towards the text colour so that it keeps 3:1 against the page).
 * @cssprop --mes-on-mark-color - Colour of the day numbers and lines drawn on a holiday's fill (default: --mes-on-accent).
 * @cssprop --mes-accent-soft - Background of the "Next holiday" tag.
 * @cssprop --mes-focus-color - Colour of the focus indicator (default #ffdd00, with a bar in --mes-focus-text-color).
 * @cssprop --mes-focus-text-color - Text and bar colour of the focus indicator (default #0b0c0c).
 * @cssprop --mes-calendar-cell-size - Largest size of a day cell (default 3em, three times the text size); cells shrink to fit narrow columns.
 *
 * @fires mes-holiday-select - A holiday was chosen in the month view. `detail`: `{ date: 'YYYY-MM-DD', holiday, holidays }`.
 * @fires mes-content-error - Content from `content` or `src` was refused in whole or in part. `detail`: `{ source, src?, problems }`.
 * @fires mes-content-load - JSON from `src` was loaded and applied. `detail`: `{ src }`.
 */
export class MesHolidayCalendar extends MesElement<HolidayCalendarContent, CalendarView> {
  protected readonly english = { holidays: enHolidays, ministry: enMinistry, ui: { calendar: enUiCalendar } };

  static override properties: PropertyDeclarations = {
    today: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
    prerenderedToday: { attribute: 'prerendered-today' },
    view: { state: true },
    active: { state: true },
    selected: { state: true },
  };

  /**
   * The clock that "today" is read from (milliseconds since the epoch), shared by every element that shows a
   * date. Tests and previews may replace it; the `today` attribute is the simpler way to fix the date of one element.
   */
  static get clock(): () => number {
    return TodayController.clock;
  }
  static set clock(clock: () => number) {
    TodayController.clock = clock;
  }

  static override styles = holidayCalendarStyles;

  /** Fixes "today" to this date, `YYYY-MM-DD`. Empty or absent: today's date in the time zone. */
  today: string | null = null;

  /** The IANA time zone whose date is "today" (default Europe/Minsk). */
  timeZone: string | null = null;

  /**
   * The date the element's static HTML was made for, `YYYY-MM-DD` (`mes-components render` sets it). The first
   * render is for that date, so that the element takes its static HTML over unchanged; then `today` or the current
   * date in the time zone applies.
   */
  prerenderedToday: string | null = null;

  /** "Today", and when it changes, the day after: the active day follows it unless the reader moved away from it. */
  readonly #day = new TodayController(this, (previous) => {
    if (!this.hasUpdated || isSameDate(this.active, previous)) {
      const focusWasOnDay = this.shadowRoot?.activeElement?.hasAttribute('data-date') ?? false;
      this.#moveTo(this.#day.date, focusWasOnDay);
    }
  });

  /**
   * The month shown.
   * @internal
   */
  private view: MonthRef = { year: this.#day.date.year, month: this.#day.date.month };

  /**
   * The day cell in the tab order (always in the month shown).
   * @internal
   */
  private active: PlainDate = this.#day.date;

  /**
   * The day whose holidays are shown in the details.
   * @internal
   */
  private selected: PlainDate | null = null;

  #focusAfterUpdate = false;
  #icsCache: { key: string; href: string } | null = null;

  protected builtIn(content: CalendarView): HolidayCalendarContent {
    return content.holidays;
  }

  static override contentCheck = () => import('./check.js').then((m) => m.holidayCalendarCheck);

  protected headingText(data: HolidayCalendarContent): string {
    return data.title;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const activeCell = this.shadowRoot?.querySelector<HTMLElement>(`td[data-date="${formatIsoDate(this.active)}"]`);
    const focused = this.shadowRoot?.activeElement;
    // Cells are reused across renders: when the grid is re-laid (another month, another language), the focused
    // cell may now hold another date. Focus follows the active day, never the reused node.
    const focusInGrid = focused instanceof HTMLElement && focused.hasAttribute('data-date');
    if (this.#focusAfterUpdate || (focusInGrid && focused !== activeCell)) {
      this.#focusAfterUpdate = false;
      activeCell?.focus();
    }
  }

  /** The holidays shown (the built-in ones, a partner's, or both with `extend`), in the order of the year. */
  #holidays(data: HolidayCalendarContent, content: CalendarView): HolidayContent[] {
    return effectiveHolidays(content.holidays.items, data.items, data.extend === true);
  }

  /** Moves the active day (and the month shown with it); with `focus`, the day's cell gets the focus. */
  #moveTo(date: PlainDate, focus: boolean): void {
    this.active = date;
    if (this.view.year !== date.year || this.view.month !== date.month) {
      this.view = { year: date.year, month: date.month };
    }
    if (focus) this.#focusAfterUpdate = true;
  }

  /** Shows another month from the buttons: the active day is today in that month, else its 1st. */
  #showMonth(delta: number): void {
    const { year, month } = addMonths({ ...this.view, day: 1 }, delta);
    this.view = { year, month };
    const today = this.#day.date;
    this.active = today.year === year && today.month === month ? today : { year, month, day: 1 };
  }

  #dateOf(event: Event): PlainDate | null {
    const cell = (event.target as Element | null)?.closest?.('td[data-date]');
    return cell ? parseIsoDate(cell.getAttribute('data-date') ?? '') : null;
  }

  #onGridKeydown(event: KeyboardEvent): void {
    const date = this.#dateOf(event);
    if (!date) return;
    if ((event.key === 'Enter' || event.key === ' ') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.#choose(date);
      return;
    }
    // Home and End go to the ends of the week as the grid lays it out: Monday to Sunday.
    const next = dateForKey(date, event, WEEK_START);
    if (!next) return;
    event.preventDefault();
    this.#moveTo(next, true);
  }

  #onGridClick(event: MouseEvent): void {
    const date = this.#dateOf(event);
    if (!date) return;
    this.#moveTo(date, true);
    this.#choose(date);
  }

  /** Chooses a day: a holiday's details are shown and `mes-holiday-select` fires; other days do nothing. */
  #choose(date: PlainDate): void {
    const on = holidaysOn(this.#holidays(this.data, this.builtInContent), date);
    const first = on[0];
    if (!first) return;
    this.selected = date;
    this.emit('mes-holiday-select', { date: formatIsoDate(date), holiday: first, holidays: on });
  }

  /**
   * Loads the iCalendar writer, which the download link needs and first paint does not: links rendered after it
   * resolves carry their file at once. The link loads it itself when approached; a server renderer that imports the
   * browser module (not the library's Node entry, which has it) awaits this before rendering.
   */
  static async prepareDownload(): Promise<void> {
    await loadIcsWriter();
  }

  /** The `data:` URL of the iCalendar file, rebuilt only when the holidays, language or year change. */
  #icsHref(writer: IcsWriter, holidays: HolidayContent[], content: CalendarView, title: string, year: number): string {
    const calendarName = `${content.ministry.abbreviation}: ${withoutTrailingColon(title)}`;
    const key = JSON.stringify([content.lang, year, calendarName, holidays]);
    if (this.#icsCache?.key !== key) {
      const text = writer.buildIcs(holidays, {
        lang: content.lang,
        startYear: year,
        calendarName,
        now: new Date(TodayController.clock()),
      });
      this.#icsCache = { key, href: writer.icsDataUrl(text) };
    }
    return this.#icsCache.href;
  }

  /** Fetches the iCalendar writer when the download link is approached, so that it is there when activated. */
  #fetchIcsWriter(): void {
    if (icsWriter()) return;
    loadIcsWriter().then(
      () => this.requestUpdate(),
      (error: unknown) =>
        console.warn(`<${this.localName}>: the iCalendar file could not be prepared (${String(error)}).`),
    );
  }

  /** A download activated before the writer is there: the link waits for it, then downloads its file. */
  #onDownloadClick(event: MouseEvent): void {
    if (icsWriter()) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    this.#fetchIcsWriter();
    void loadIcsWriter()
      .then(() => {
        this.requestUpdate();
        return this.updateComplete;
      })
      .then(
        () => {
          if (link.isConnected) link.click();
        },
        () => undefined,
      );
  }

  /** The body, its dates in the language of the content shown (`content.lang`, with its words for dates). */
  protected renderBody(data: HolidayCalendarContent, content: CalendarView) {
    // Read once, first: on a server, reading settles "today" (and the month shown with it).
    const today = this.#day.date;
    const holidays = this.#holidays(data, content);
    const next = nextHoliday(holidays, today);
    // Every holiday on the next holiday's day is marked "next" (a partner's holidays may share a day).
    const nextIds = new Set(next ? holidaysOn(holidays, next.date).map((h) => h.id) : []);
    // Until the iCalendar writer is loaded, the link holds no file: activating it loads the writer, then downloads.
    const ics = icsWriter();
    return html`<div class="layout">
      <div class="summary">
        <ul part="list" class="holidays" role="list">
          ${holidays.map((h) => {
            // Its date: the day and month (a yearly holiday); the next one's, the date it next falls on.
            const isNext = next !== null && nextIds.has(h.id);
            return html`<li part=${isNext ? 'item next-item' : 'item'} class=${isNext ? 'holiday is-next' : 'holiday'} data-holiday=${h.id}>
              <span class="holiday-name">${h.name}</span>
              <span class="holiday-when"
                ><time
                  class="holiday-date"
                  datetime=${isNext && next ? formatIsoDate(next.date) : formatIsoDate({ year: 2000, month: h.month, day: h.day }).slice(5)}
                  >${formatMonthDay(h, content)}</time
                >${isNext && next ? this.#renderNext(next.days, today, content) : nothing}</span
              >
              ${h.description ? html`<p class="holiday-description">${h.description}</p>` : nothing}
            </li>`;
          })}
        </ul>
        <a
          part="download"
          class="download"
          download=${ICS_FILE_NAME}
          type="text/calendar"
          href=${ics ? this.#icsHref(ics, holidays, content, data.title, today.year) : '#'}
          @pointerenter=${this.#fetchIcsWriter}
          @focus=${this.#fetchIcsWriter}
          @click=${this.#onDownloadClick}
          >${icon(icons.download)}<span>${content.ui.calendar.addToCalendar}</span></a
        >
      </div>
      ${this.#renderMonth(holidays, content, today)}
    </div>`;
  }

  /**
   * The mark of the next holiday in its list item: "Next holiday", "in 46 days". On paper "in 46 days" would go
   * stale: print adds the day it was counted from.
   */
  #renderNext(days: number, today: PlainDate, content: CalendarView) {
    const ui = content.ui.calendar;
    const from = ui.asOf.replace('{date}', formatDate(today, content));
    return html` <span part="next" class=${days === 0 ? 'next is-today' : 'next'}
      ><strong part="next-label" class="next-label">${ui.nextHoliday}</strong>
      <span class="relative">${relativeDays(days, content)}</span
      ><span class="counted-from">${` (${from})`}</span></span
    >`;
  }

  #renderMonth(holidays: HolidayContent[], content: CalendarView, today: PlainDate) {
    const firstDay = WEEK_START;
    const order = weekdayOrder(firstDay);
    const short = weekdayNames(content, 'short');
    const long = weekdayNames(content, 'long');
    const narrow = weekdayNames(content, 'narrow');
    const { year, month } = this.view;
    const rows = monthGrid(year, month, firstDay);
    const ui = content.ui;
    return html`<div part="month" class="month">
      <div class="month-header">
        <button type="button" part="nav-button" class="nav prev" aria-label=${ui.calendar.previousMonth} @click=${() => this.#showMonth(-1)}>
          ${icon(icons.previous)}
        </button>
        <div aria-live="polite">${this.renderSubheading(formatMonthYear(year, month, content), 1, 'month-label', 'month-label')}</div>
        <button type="button" part="nav-button" class="nav next-month" aria-label=${ui.calendar.nextMonth} @click=${() => this.#showMonth(1)}>
          ${icon(icons.next)}
        </button>
      </div>
      <table role="grid" part="grid" aria-labelledby="month-label" @keydown=${this.#onGridKeydown} @click=${this.#onGridClick}>
        <thead>
          <tr>
            ${order.map((wd) => html`<th scope="col" abbr=${long[wd]!} aria-label=${long[wd]!} data-narrow=${narrow[wd]!}><span>${short[wd]}</span></th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => html`<tr>${row.map((d) => this.#renderDay(d, month, holidays, content, today))}</tr>`)}
        </tbody>
      </table>
      <ul part="legend" class="legend" role="list">
        <li><span class="swatch swatch-holiday" aria-hidden="true"></span>${ui.calendar.holiday}</li>
        <li><span class="swatch swatch-today" aria-hidden="true"></span>${ui.calendar.today}</li>
      </ul>
      ${this.#renderDetails(holidays, content, today)}
    </div>`;
  }

  #renderDay(d: PlainDate, month: number, holidays: HolidayContent[], content: CalendarView, today: PlainDate) {
    // Days of the neighbouring months are blank and not focusable (as in the APG date picker example).
    if (d.month !== month) return html`<td class="outside"></td>`;
    const on = holidaysOn(holidays, d);
    const isToday = isSameDate(d, today);
    const isSelected = this.selected !== null && isSameDate(d, this.selected) && on.length > 0;
    const full = formatFullDate(d, content);
    const label = on.length > 0 ? `${full} — ${on.map((h) => h.name).join(', ')}` : full;
    const classes = [
      'day-cell',
      on.length ? 'is-holiday' : '',
      isToday ? 'is-today' : '',
      isSelected ? 'is-selected' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<td
      part="day"
      class=${classes}
      tabindex=${isSameDate(d, this.active) ? 0 : -1}
      data-date=${formatIsoDate(d)}
      data-holiday=${on.length ? on.map((h) => h.id).join(' ') : nothing}
      aria-current=${isToday ? 'date' : nothing}
      aria-selected=${isSelected ? 'true' : nothing}
      aria-label=${label}
    >
      <span class="day">${d.day}</span>
    </td>`;
  }

  #renderDetails(holidays: HolidayContent[], content: CalendarView, today: PlainDate) {
    const date = this.selected;
    const on = date ? holidaysOn(holidays, date) : [];
    const when = date ? `${formatFullDate(date, content)} · ${relativeDays(daysBetween(today, date), content)}` : '';
    return html`<div part="details" class=${on.length ? 'details has-details' : 'details'} aria-live="polite">
      ${on.map(
        (h) =>
          html`<div class="details-item" data-holiday=${h.id}>
            <p class="details-name">${h.name}</p>
            <p class="details-when">${when}</p>
            ${h.description ? html`<p class="details-description">${h.description}</p>` : nothing}
          </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mes-holiday-select': CustomEvent<HolidaySelectDetail>;
  }
}
