import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isSameDate, parseIsoDate, type PlainDate } from './date/plain-date.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone, msUntilNextMidnight, todayInZone } from './date/zone.js';

/** An element that shows something that depends on the date: its three attributes. */
export interface TodayHost extends ReactiveControllerHost, HTMLElement {
  /** `today`: fixes "today" to a date, `YYYY-MM-DD`. */
  today: string | null;
  /** `time-zone`: the IANA time zone whose date is "today" (default Europe/Minsk). */
  timeZone: string | null;
  /** `prerendered-today`: the date the element's static HTML was made for. */
  prerenderedToday: string | null;
  /** Whether the element has rendered once (Lit's). */
  readonly hasUpdated: boolean;
}

/**
 * "Today" for an element that shows dates: the date in the time zone (Europe/Minsk unless `time-zone` names
 * another), or the date `today` fixes; the first render is for `prerendered-today`, so that static HTML made for
 * that date is taken over unchanged, then the current date applies. An invalid `today` or an unknown `time-zone`
 * warns once and falls back. While no `today` is set, a single timer fires at the zone's next midnight and the
 * element re-renders for the new day; the timer is cleared when the element leaves the page, and set again when it
 * comes back (the date is read again then too). A bad value is reported when it is set, not on every render.
 *
 * The date is settled before each render (after `willUpdate`), so `render()` always reads the current one.
 */
export class TodayController implements ReactiveController {
  /**
   * The clock that "today" is read from (milliseconds since the epoch), for every element that shows a date.
   * Tests and previews may replace it; the `today` attribute is the simpler way to fix the date of one element.
   */
  static clock: () => number = () => Date.now();

  #current: PlainDate = todayInZone(DEFAULT_TIME_ZONE, TodayController.clock());
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** `today` and `time-zone` as last read: a change is read again, and a bad new value reported. */
  #seenToday: string | null | undefined;
  #seenZone: string | null | undefined;

  readonly #host: TodayHost;
  readonly #onChange: ((previous: PlainDate) => void) | undefined;

  /**
   * @param onChange - Called when the date changes, with the date before (the host can follow the new day).
   */
  constructor(host: TodayHost, onChange?: (previous: PlainDate) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /**
   * "Today" in use. On a server, which calls no controller hooks, it is settled whenever it is read: read it once
   * at the start of a render.
   */
  get date(): PlainDate {
    if (isServer) this.hostUpdate();
    return this.#current;
  }

  /** The time zone in use: `time-zone` when this engine knows it, else Europe/Minsk. */
  get zone(): string {
    const tz = this.#host.timeZone?.trim();
    return tz && isValidTimeZone(tz) ? tz : DEFAULT_TIME_ZONE;
  }

  /** The date of `today`, or `null` when it is absent, empty or not a date. */
  get #fixed(): PlainDate | null {
    const s = this.#host.today?.trim();
    return s ? parseIsoDate(s) : null;
  }

  hostConnected(): void {
    // Back in the page after a while away: the date may have changed, and the timer was cleared on removal.
    if (this.#host.hasUpdated) this.#sync();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  hostUpdate(): void {
    const { today, timeZone, hasUpdated } = this.#host;
    if (hasUpdated && today === this.#seenToday && timeZone === this.#seenZone) return;
    const tz = timeZone?.trim();
    if (timeZone !== this.#seenZone && tz && !isValidTimeZone(tz)) {
      this.#warn(
        'time-zone',
        timeZone!,
        `a time zone this browser knows (an IANA name such as ${DEFAULT_TIME_ZONE})`,
        DEFAULT_TIME_ZONE,
      );
    }
    const s = today?.trim();
    if (today !== this.#seenToday && s && !parseIsoDate(s)) {
      this.#warn('today', today!, 'a date in the form YYYY-MM-DD', `the current date in ${this.zone}`);
    }
    this.#seenToday = today;
    this.#seenZone = timeZone;
    this.#sync(!hasUpdated);
  }

  hostUpdated(): void {
    // The first render was for the date of the static HTML: now follow `today` or the current date. (Lit calls this
    // before it sets `hasUpdated` after the first render.)
    if (!this.#host.hasUpdated && this.#host.prerenderedToday) this.#sync();
  }

  #warn(attribute: string, value: string, what: string, instead: string): void {
    console.warn(`<${this.#host.localName}>: ${attribute}="${value}" is not ${what}; using ${instead}.`);
  }

  /**
   * Reads "today" again (from `today`, `prerendered-today` on the first render, or the clock in the time zone) and
   * sets the one timer for the zone's next midnight (none with a fixed `today`, while removed, or on a server).
   */
  #sync(first = false): void {
    const date =
      this.#fixed ??
      ((first && parseIsoDate(this.#host.prerenderedToday?.trim() ?? '')) ||
        todayInZone(this.zone, TodayController.clock()));
    const previous = this.#current;
    if (!isSameDate(previous, date)) {
      this.#current = date;
      this.#onChange?.(previous);
      this.#host.requestUpdate();
    }
    clearTimeout(this.#timer);
    if (!isServer && !this.#fixed && this.#host.isConnected) {
      this.#timer = setTimeout(() => this.#sync(), msUntilNextMidnight(this.zone, TodayController.clock()));
    }
  }
}
