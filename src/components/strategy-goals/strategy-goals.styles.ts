import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';
import { listStyles } from '../list.styles.js';

/** The styles of <mes-strategy-goals>. */
export const strategyGoalsStyles = [
  baseStyles,
  listStyles,
  css`
    .paragraph {
      max-width: 68ch;
    }

    .links {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.25) calc(var(--_space) * 1.25);
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .nowrap {
      white-space: nowrap;
    }
    .icon {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-inline-start: 0.3em;
      vertical-align: -0.05em;
      /* The rest of the stroke (none filled, the text colour, round ends and joins) is the icon's own (icon()). */
      stroke-width: 2.4;
    }
    .icon:dir(rtl) {
      transform: scaleX(-1);
    }

    .strategy {
      margin-block-start: calc(var(--_space) * 1.25);
      padding: var(--_space);
      background: var(--_raised);
      border: 1px solid var(--_border);
      border-block-start: 0.25rem solid var(--_accent);
      border-radius: var(--_radius);
    }
    .strategy .subheading {
      margin: 0 0 calc(var(--_space) * 0.75);
      font-size: 1.125em;
      line-height: 1.3;
    }

    /* The timeline */
    .timeline {
      container: timeline / inline-size;
      margin: 0 0 var(--_space);
      padding-block-end: var(--_space);
      border-block-end: 1px solid var(--_border);
    }
    .timeline-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 var(--_space);
      margin-block-end: calc(var(--_space) * 0.5);
    }
    .timeline-head p {
      margin: 0;
    }
    .timeline-label {
      font-weight: 600;
    }
    .period {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .status {
      font-weight: 700;
      color: var(--_accent-text);
    }
    .bar,
    .ticks {
      display: flex;
      gap: 2px;
    }
    .segment {
      flex: 1 1 0;
      min-width: 0;
      height: var(--mes-timeline-height, 0.875rem);
      border: 1px solid var(--_muted);
      border-radius: 0.1875rem;
      print-color-adjust: exact;
    }
    .segment.past {
      background: var(--_accent);
      border-color: var(--_accent);
    }
    .segment.current {
      border: 2px solid var(--_accent);
      background: repeating-linear-gradient(135deg, var(--_accent) 0 2px, transparent 2px 6px);
    }
    .segment.future {
      background: transparent;
    }
    .ticks {
      margin-block-start: 0.25rem;
      font-size: 0.75em;
      line-height: 1.4;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .tick {
      flex: 1 1 0;
      min-width: 0;
      display: flex;
      justify-content: center;
      white-space: nowrap;
    }
    .tick.first {
      justify-content: flex-start;
    }
    .tick.last {
      justify-content: flex-end;
    }
    .tick.current {
      color: inherit;
      font-weight: 700;
      text-decoration: underline 2px var(--_accent);
      text-underline-offset: 0.2em;
    }
    /*
     * Year labels. Wide: every year. Narrow, or many years: the two ends and the current year (an end that would
     * touch the current year's label is left out). Very narrow (large text in a small column): the two ends only;
     * the current year is still named in the legend. Sizes are in em of the timeline, so that they follow text size.
     */
    .tick:not(.first, .last, .current),
    .tick.near {
      visibility: hidden;
    }
    @container timeline (min-width: 30em) {
      .ticks:not(.dense) .tick {
        visibility: visible;
      }
    }
    @container timeline (max-width: 12em) {
      .tick.near {
        visibility: visible;
      }
      .tick.current:not(.first, .last) {
        visibility: hidden;
      }
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.25) calc(var(--_space) * 1.25);
      margin: calc(var(--_space) * 0.75) 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.4em;
    }
    .legend .segment {
      flex: none;
      width: 1.5em;
      height: 0.875em;
    }

    .lead {
      margin-block-end: calc(var(--_space) * 0.5);
      font-weight: 600;
    }

    @media (forced-colors: active) {
      .segment {
        forced-color-adjust: none;
        border-color: CanvasText;
        background: Canvas;
      }
      .segment.past {
        background: CanvasText;
      }
      .segment.current {
        background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 6px);
      }
      .tick.current {
        text-decoration-color: CanvasText;
      }
      .status {
        color: CanvasText;
      }
    }

    @media print {
      .strategy {
        break-inside: avoid-page;
      }
      .status {
        color: #000;
      }
    }
  `,
];
