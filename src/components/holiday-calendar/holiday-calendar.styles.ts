import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

/** The styles of <mes-holiday-calendar>. */
export const holidayCalendarStyles = [
  baseStyles,
  css`
    :host {
      --_max-width: var(--mes-max-width, 60rem);
      /* In em: the day cells follow the text size, also on pages whose root font size is not 16px. */
      --_cell: var(--mes-calendar-cell-size, 3em);
    }

    .layout {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: calc(var(--_space) * 1.5);
      align-items: start;
    }

    .summary {
      display: grid;
      gap: var(--_space);
      min-width: 0;
    }

    /* The next holiday */
    .next {
      padding: calc(var(--_space) * 0.875) var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 0.375rem solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_accent-soft);
    }
    .next.is-today {
      border-inline-start-color: var(--_signal);
    }
    .next .subheading {
      margin: 0 0 0.25em;
      font-size: 0.875em;
      font-weight: 600;
      letter-spacing: 0.02em;
      color: var(--_muted);
    }
    .next-name {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
    }
    .next-when {
      margin: 0.25em 0 0;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25em 0.5em;
    }
    .relative {
      display: inline-block;
      padding: 0 0.5em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.875em;
      font-weight: 600;
      color: var(--_accent-text);
    }
    .is-today .relative {
      color: var(--_signal);
    }

    /* The list of holidays */
    .holidays {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.5rem;
    }
    .holiday {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.75rem;
      align-items: start;
      padding: 0.625rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_raised);
    }
    .holiday .icon {
      grid-row: span 3;
      width: 1.5rem;
      height: 1.5rem;
      margin-top: 0.125rem;
      color: var(--_accent-text);
    }
    .holiday-name {
      font-weight: 600;
    }
    .holiday-date {
      color: var(--_muted);
    }
    .holiday-description {
      margin: 0.25rem 0 0;
      font-size: 0.9375em;
      color: var(--_muted);
    }

    /* Add to calendar */
    .download {
      justify-self: start;
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
      padding: 0.5rem 1.125rem;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_on-accent);
      font-weight: 600;
      text-decoration: none;
    }
    .download:hover {
      background: var(--_accent-strong);
      border-color: var(--_accent-strong);
      color: var(--_on-accent);
    }
    .download .icon {
      width: 1.25rem;
      height: 1.25rem;
      flex: none;
    }

    /* The month view */
    .month {
      width: 100%;
      max-width: calc(var(--_cell) * 7 + 2rem);
      min-width: 0;
      padding: 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_raised);
    }
    .month-header {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .month-header .subheading {
      margin: 0;
      font-size: 1.125em;
      text-align: center;
    }
    .nav {
      display: inline-grid;
      place-items: center;
      width: 2.75rem;
      height: 2.75rem;
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_raised);
      color: var(--_accent-text);
      font: inherit;
      cursor: pointer;
    }
    .nav:hover {
      background: var(--_accent-soft);
      border-color: var(--_accent);
    }
    .nav .icon {
      width: 1.25rem;
      height: 1.25rem;
    }

    table {
      width: 100%;
      table-layout: fixed;
      border-collapse: separate;
      border-spacing: 2px;
    }
    th {
      padding: 0 0 0.25rem;
      font-size: 0.8125em;
      font-weight: 600;
      color: var(--_muted);
      text-align: center;
      text-transform: capitalize;
      overflow: hidden;
      text-overflow: clip;
      white-space: nowrap;
    }
    td {
      padding: 0;
      text-align: center;
      border-radius: calc(var(--_radius) * 0.75);
    }
    td[data-date] {
      cursor: pointer;
    }
    td:focus {
      outline: none;
    }
    td:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 1px;
    }
    .day {
      position: relative;
      display: grid;
      place-items: center;
      aspect-ratio: 1;
      width: 100%;
      border-radius: inherit;
      font-variant-numeric: tabular-nums;
      line-height: 1;
    }
    td[data-date]:hover .day {
      background: var(--_accent-soft);
    }
    .is-holiday .day {
      background: var(--_accent-soft);
      color: var(--_accent-text);
      font-weight: 700;
    }
    .mark {
      position: absolute;
      bottom: 14%;
      left: 50%;
      width: 0.375rem;
      height: 0.375rem;
      margin-left: -0.1875rem;
      border: 0.1875rem solid var(--_signal);
      border-radius: 50%;
    }
    .is-today .day {
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
      font-weight: 700;
    }
    .is-selected .day,
    td[data-date].is-selected:hover .day {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .is-selected .mark {
      border-color: var(--_on-accent);
    }

    .legend {
      margin: 0.625rem 0 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }
    .swatch {
      position: relative;
      display: inline-block;
      width: 1.5rem;
      height: 1.5rem;
      border-radius: calc(var(--_radius) * 0.75);
      flex: none;
    }
    .swatch-holiday {
      background: var(--_accent-soft);
    }
    .swatch-holiday .mark {
      bottom: 0.1875rem;
    }
    .swatch-today {
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }

    .details.has-details {
      margin-top: 0.75rem;
      padding: 0.75rem var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 0.375rem solid var(--_signal);
      border-radius: var(--_radius);
      background: var(--_raised);
    }
    .details-item + .details-item {
      margin-top: 0.5rem;
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
      margin: 0.25rem 0 0;
    }

    @media (prefers-reduced-motion: no-preference) {
      .day,
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

    @media (forced-colors: active) {
      .next,
      .details.has-details,
      .holiday {
        border-color: CanvasText;
      }
      .mark {
        border-color: CanvasText;
      }
      /* "today" is text: Mark is a background colour and cannot be read on Canvas. */
      .is-today .relative {
        color: CanvasText;
      }
      .is-today .day,
      .swatch-today {
        outline-color: CanvasText;
      }
      .is-selected .day,
      td[data-date].is-selected:hover .day {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .is-selected .mark {
        border-color: HighlightText;
      }
      .swatch-holiday {
        border: 1px solid CanvasText;
      }
      .download,
      .download:hover {
        background: Canvas;
        color: LinkText;
        border-color: LinkText;
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
      .next,
      .holiday {
        border: 0;
        border-radius: 0;
        padding: 0;
        background: none;
      }
      .next {
        margin-bottom: 0.75rem;
      }
      /* A plain table of holidays: one row each, name, date and description in aligned columns. */
      .holidays {
        display: table;
        justify-self: start;
        border-collapse: collapse;
      }
      .holiday {
        display: table-row;
      }
      .holiday .icon {
        display: none;
      }
      .holiday-name,
      .holiday-date,
      .holiday-description {
        display: table-cell;
        margin: 0;
        padding: 0.25em 1.5em 0.25em 0;
        vertical-align: top;
        border-bottom: 1px solid #000;
      }
    }
  `,
];
