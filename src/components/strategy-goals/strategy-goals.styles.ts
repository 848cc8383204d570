import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';
import { listStyles } from '../list.styles.js';

/** The styles of <mes-strategy-goals>. */
export const strategyGoalsStyles = [
  baseStyles,
  listStyles,
  css`
    /* A year range ("2019-2030") and the last word of a link with its icon never break across lines. */
    .nowrap {
      white-space: nowrap;
    }

    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s2) var(--_s5);
      margin: 0 0 var(--_s4);
      padding: 0;
      list-style: none;
    }
    /* Every link is a target at least 24 px high (WCAG 2.5.8), whatever the page's text size and line height. */
    .links a {
      display: inline-block;
      min-block-size: 24px;
      padding-block: var(--_s1);
    }
    .icon {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-inline-start: var(--_s1);
      vertical-align: -0.05em;
      /* The rest of the stroke (none filled, the text colour, round ends and joins) is the icon's own (icon()). */
      stroke-width: 2.4;
    }
    .icon:dir(rtl) {
      transform: scaleX(-1);
    }

    /* The strategy: a sub-section, marked by its heading (the name) alone. */

    /* The timeline */
    .timeline {
      container: timeline / inline-size;
      margin: 0 0 var(--_s5);
    }
    .timeline-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 var(--_s4);
      margin-block-end: var(--_s2);
    }
    .timeline-head p {
      margin: 0;
    }
    .timeline-label {
      font-weight: 700;
    }
    .period {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .status {
      font-weight: 700;
    }
    /* The date the progress was counted on: print only (on screen the page is read on the day it shows). */
    .as-of {
      display: none;
    }
    .bar,
    .ticks {
      display: flex;
      gap: 2px;
    }
    /* The years: filled (over), hatched inside a thick outline (under way), outlined (ahead): told apart by shape,
       and drawn in the mark colour, 3:1 against the page. */
    .segment {
      flex: 1 1 0;
      min-width: 0;
      height: var(--mes-timeline-height, 0.875rem);
      /* The mark colour as the segment's own colour, drawn in currentColor: Firefox draws no gradient whose stop
         mixes currentColor, and the mark is mixed once. */
      color: var(--_mark);
      border: 1px solid currentColor;
      border-radius: 2px;
      print-color-adjust: exact;
    }
    .segment.past {
      background: currentColor;
    }
    .segment.current {
      border-width: 2px;
      background: repeating-linear-gradient(135deg, currentColor 0 2px, transparent 2px 5px);
    }
    .segment.future {
      background: transparent;
    }
    .ticks {
      margin-block-start: var(--_s1);
      font-size: var(--_small);
      line-height: 1.4;
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
      font-weight: 700;
      text-decoration: underline 2px var(--_mark);
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
    @container timeline (min-width: 34em) {
      .ticks:not(.dense) .tick {
        visibility: visible;
      }
    }
    @container timeline (max-width: 13em) {
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
      gap: var(--_s1) var(--_s5);
      margin: var(--_s3) 0 0;
      padding: 0;
      list-style: none;
      font-size: var(--_small);
      color: var(--_muted);
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: var(--_s2);
    }
    .legend .segment {
      flex: none;
      width: 1.5rem;
      height: 1rem;
    }

    .lead {
      margin-block-end: var(--_s2);
      font-weight: 700;
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
        background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 5px);
      }
      .tick.current {
        text-decoration-color: CanvasText;
      }
    }

    @media print {
      .strategy {
        break-inside: avoid-page;
      }
      .as-of {
        display: inline;
      }
      /* Paper has no links: each says where it goes, and a long address may break anywhere. */
      .icon {
        display: none;
      }
      a[href^='http' i]::after,
      a[href^='mailto:' i]::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
    }
  `,
];
