/**
 * The keyboard of `<mes-holiday-calendar>`'s month grid: which date a key moves the focus to, as in the WAI-ARIA
 * Authoring Practices date picker. Plain functions, no DOM.
 */
import { addDays, addMonths, addYears, type PlainDate } from '../../core/date/plain-date.js';
import { weekEndOf, weekStartOf } from './grid.js';

/** A key press as the grid reads it (a `KeyboardEvent` has these). */
export interface GridKey {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The date that a key press moves the grid's focus to, or `null` when the key is not a grid navigation key:
 * ArrowLeft/ArrowRight ±1 day, ArrowUp/ArrowDown ±1 week, Home/End the first/last day of the week (the week
 * starts on `firstDay`, an ISO weekday), PageUp/PageDown ±1 month and Shift+PageUp/Shift+PageDown ±1 year (the
 * day clamped to the end of a shorter month). Keys held with Alt, Ctrl or Meta are left to the browser.
 */
export function dateForKey(from: PlainDate, event: GridKey, firstDay: number): PlainDate | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowLeft':
      return addDays(from, -1);
    case 'ArrowRight':
      return addDays(from, 1);
    case 'ArrowUp':
      return addDays(from, -7);
    case 'ArrowDown':
      return addDays(from, 7);
    case 'Home':
      return weekStartOf(from, firstDay);
    case 'End':
      return weekEndOf(from, firstDay);
    case 'PageUp':
      return event.shiftKey ? addYears(from, -1) : addMonths(from, -1);
    case 'PageDown':
      return event.shiftKey ? addYears(from, 1) : addMonths(from, 1);
    default:
      return null;
  }
}
