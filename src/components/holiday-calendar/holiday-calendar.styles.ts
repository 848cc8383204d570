import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

/**
 * The styles of <mes-holiday-calendar>. Every margin, gap and padding is a step of the shared spacing scale; the
 * marks of the month grid each look their own way: a holiday is a filled cell, today a ring, the focused day
 * GOV.UK's yellow with a dark bar, the chosen holiday a bar in its fill, and a day under the pointer an underline.
 *
 * Colours that mix in `currentColor` (`--_mark`) are used on elements whose text colour is the page's (the cells,
 * the swatches), never on one that sets its own colour, so that they keep 3:1 against the page.
 */
export const holidayCalendarStyles = [
  baseStyles,
  css`
    :host {
      --_max-width: var(--mes-max-width, 60rem);
      /* In em: the day cells follow the text size, also on pages whose root font size is not 16px. */
      --_cell: var(--mes-calendar-cell-size, 3em);
      /* Smallest size of anything to click or tap (WCAG 2.5.8), whatever the page's font size. */
      --_target: max(24px, 2.75em);
    }

    .layout {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: var(--_s6);
      align-items: start;
    }

    /* The list of holidays, then the button that adds them to a calendar. */
    .summary {
      display: grid;
      justify-items: start;
      gap: var(--_s5);
      min-width: 0;
    }

    .holidays {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: var(--_s4);
    }
    .holiday {
      display: grid;
      gap: var(--_s1);
    }
    .holiday-name {
      font-weight: 700;
    }
    .holiday-description {
      margin: 0;
      color: var(--_muted);
    }

    /* The next holiday, marked in its list item: a tag and how far away it is. */
    .next {
      margin-inline-start: var(--_s2);
    }
    .next-label {
      padding: 0 var(--_s2);
      margin-inline-end: var(--_s1);
      -webkit-box-decoration-break: clone;
      box-decoration-break: clone;
      border-radius: var(--_radius);
      background: var(--_accent-soft);
      color: var(--_accent-text);
      font-weight: 700;
    }
    .relative {
      font-weight: 700;
    }
    /* "in 46 days" goes stale on paper: print says the day it was counted from. */
    .counted-from {
      display: none;
    }

    /* Add to calendar: the one button of the element. */
    .download {
      display: inline-flex;
      align-items: center;
      gap: var(--_s2);
      min-height: var(--_target);
      padding: var(--_s2) var(--_s4);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_on-accent);
      font-weight: 700;
      line-height: 1.25;
      text-decoration: none;
    }
    .download:hover {
      background: var(--_accent-strong);
      border-color: var(--_accent-strong);
      color: var(--_on-accent);
    }
    .download:focus-visible {
      border-color: var(--_focus);
      background: var(--_focus);
      color: var(--_focus-text);
    }
    .download .icon {
      width: 1.25em;
      height: 1.25em;
      flex: none;
    }

    /* The month view: a widget, so a box. */
    .month {
      container: month / inline-size;
      width: 100%;
      max-width: calc(var(--_cell) * 7 + var(--_s6));
      min-width: 0;
      padding: var(--_s3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .month-header {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: var(--_s2);
      margin-bottom: var(--_s3);
    }
    .month-header .subheading {
      margin: 0;
      text-align: center;
    }
    .nav {
      display: inline-grid;
      place-items: center;
      width: var(--_target);
      height: var(--_target);
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_accent-text);
      font: inherit;
      cursor: pointer;
    }
    .nav:hover {
      border-color: currentColor;
      box-shadow: inset 0 0 0 1px currentColor;
    }
    .nav .icon {
      width: 1.25em;
      height: 1.25em;
    }

    table {
      width: 100%;
      table-layout: fixed;
      border-collapse: separate;
      border-spacing: 2px;
    }
    /* Too narrow for the short weekday names (large text in a small column): the narrow ones ("M", "T"…); the
       long name stays each header's accessible name. */
    @container month (max-width: 16em) {
      th span {
        display: none;
      }
      th::after {
        content: attr(data-narrow);
      }
    }
    th {
      padding: 0 0 var(--_s1);
      font-size: var(--_small);
      font-weight: 700;
      text-align: center;
      text-transform: capitalize;
      overflow: hidden;
      text-overflow: clip;
      white-space: nowrap;
    }
    td {
      padding: 0;
      text-align: center;
      border-radius: var(--_radius);
    }
    td[data-date] {
      cursor: pointer;
    }
    .day {
      position: relative;
      display: grid;
      place-items: center;
      aspect-ratio: 1;
      width: 100%;
      min-height: 24px;
      border-radius: inherit;
      /* 19px at 16px: bold numbers on a holiday's fill are large text. */
      font-size: 1.1875em;
      font-variant-numeric: tabular-nums;
      line-height: 1;
    }
    /* Under the pointer: an underline, nothing like a holiday's fill. */
    td[data-date]:hover .day {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.2em;
    }
    /* A holiday: a filled cell. */
    td.is-holiday {
      background: var(--_mark);
    }
    .is-holiday .day {
      color: var(--_on-mark);
      font-weight: 700;
    }
    /* Today: a thick ring (inside the fill, with a gap, when today is a holiday). */
    .is-today .day {
      font-weight: 700;
    }
    td.is-today:not(:focus-visible) {
      box-shadow: inset 0 0 0 3px var(--_mark);
    }
    td.is-today.is-holiday:not(:focus-visible) {
      box-shadow:
        inset 0 0 0 3px var(--_mark),
        inset 0 0 0 5px var(--_on-mark);
    }
    /* The holiday whose details are shown: a bar at the bottom of its fill. */
    td.is-selected:not(:focus-visible) {
      box-shadow: inset 0 -4px 0 var(--_on-mark);
    }
    td.is-selected.is-today:not(:focus-visible) {
      box-shadow:
        inset 0 0 0 3px var(--_mark),
        inset 0 0 0 5px var(--_on-mark),
        inset 0 -7px 0 var(--_on-mark);
    }
    /* The focus: GOV.UK's yellow with a dark bar, unlike any mark. */
    td:focus {
      outline: none;
    }
    td[data-date]:focus-visible {
      outline: none;
      background: var(--_focus);
      box-shadow: inset 0 -4px 0 var(--_focus-text);
    }
    td[data-date]:focus-visible .day {
      color: var(--_focus-text);
    }

    .legend {
      margin: var(--_s3) 0 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s2) var(--_s5);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: var(--_s2);
    }
    .swatch {
      position: relative;
      display: inline-block;
      width: 1.5em;
      height: 1.5em;
      border-radius: var(--_radius);
      flex: none;
    }
    .swatch-holiday {
      background: var(--_mark);
    }
    .swatch-today {
      box-shadow: inset 0 0 0 3px var(--_mark);
    }

    .details.has-details {
      margin-top: var(--_s3);
      padding: var(--_s3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .details-item + .details-item {
      margin-top: var(--_s3);
    }
    .details-name {
      margin: 0;
      font-weight: 700;
    }
    .details-when {
      margin: 0;
      color: var(--_muted);
    }
    .details-description {
      margin: var(--_s1) 0 0;
    }

    @media (prefers-reduced-motion: no-preference) {
      .nav,
      .download {
        transition:
          background-color 120ms ease-out,
          border-color 120ms ease-out;
      }
    }

    /* Static HTML read with scripts off: the month buttons could do nothing. */
    @media (scripting: none) {
      .nav {
        visibility: hidden;
      }
    }

    /* Forced colours: holidays in the system's Mark colour with a bar, today a CanvasText ring, the focus Highlight. */
    @media (forced-colors: active) {
      .nav {
        border-color: ButtonText;
      }
      /* A holiday: the cell filled in the text colour (inverted), no bar: the bar is the focus's (Highlight). */
      td.is-holiday,
      .swatch-holiday {
        forced-color-adjust: none;
        background: CanvasText;
        color: Canvas;
        border: 1px solid CanvasText;
      }
      .is-holiday .day {
        color: Canvas;
      }
      .is-today .day,
      .swatch-today {
        outline: 3px solid CanvasText;
        outline-offset: -3px;
      }
      .is-today.is-holiday .day {
        outline: 2px solid Canvas;
        outline-offset: -5px;
      }
      td.is-selected:not(:focus-visible) {
        box-shadow: inset 0 0 0 2px CanvasText, inset 0 0 0 5px Canvas;
      }
      td[data-date]:focus-visible {
        forced-color-adjust: none;
        outline: 3px solid Highlight;
        outline-offset: 0;
        background: Highlight;
        box-shadow: inset 0 -4px 0 HighlightText;
      }
      td[data-date]:focus-visible .day {
        color: HighlightText;
      }
      /* A tag, not a link: the text colour, not LinkText. */
      .next-label {
        border: 1px solid CanvasText;
        color: CanvasText;
      }
      .details.has-details {
        border-color: CanvasText;
      }
      .download,
      .download:hover {
        background: ButtonFace;
        color: ButtonText;
        border-color: ButtonText;
      }
    }

    @media print {
      .layout {
        display: block;
      }
      .month,
      .download {
        display: none;
      }
      /* A plain table of holidays: one row each, name, date and description in aligned columns. */
      .holidays {
        display: table;
        border-collapse: collapse;
      }
      .holiday {
        display: table-row;
      }
      .holiday-name,
      .holiday-when,
      .holiday-description {
        display: table-cell;
        margin: 0;
        padding: var(--_s1) var(--_s5) var(--_s1) 0;
        vertical-align: top;
        border-bottom: 1px solid #000;
      }
      .holiday-when > * {
        display: block;
        margin: 0;
      }
      .next-label {
        margin: 0;
        padding: 0;
        background: none;
      }
      .next-label::after {
        content: ':';
      }
      .counted-from {
        display: inline;
      }
    }
  `,
];
