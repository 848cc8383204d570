/**
 * The library's icons, drawn one way: line drawings on a 24-unit square, stroked in the text colour (shapes
 * that fill themselves say so), each shown by `icon()` (./icon.ts). One export an icon, so that a bundle holds
 * only the icons its elements draw; and each a function, because a bundler keeps every `svg` template it finds
 * (it cannot know that the tag has no side effects) but drops a function that nothing calls. Icons are decorative:
 * what they stand for is always written beside them.
 */
import { svg } from 'lit';

export const previous = () => svg`<path d="M15 5l-7 7 7 7"></path>`;
export const next = () => svg`<path d="M9 5l7 7-7 7"></path>`;
export const download = () => svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"></path>`;
/** An arrow out of a box: the link leads to another site. */
export const external = () =>
  svg`<path d="M13.5 3h7.5v7.5M21 3 10.5 13.5M18 14.25V19.5a1.5 1.5 0 0 1-1.5 1.5h-12A1.5 1.5 0 0 1 3 19.5v-12A1.5 1.5 0 0 1 4.5 6h5.25"></path>`;
export const expand = () => svg`<path d="M5.25 9 12 15.75 18.75 9"></path>`;
export const close = () => svg`<path d="M6 6l12 12M18 6 6 18"></path>`;
/** A shield with a star: the ministry. */
export const emblem = () =>
  svg`<path fill="currentColor" stroke="none" d="M12 1.5 3.5 5v6.2c0 5.3 3.6 10.1 8.5 11.3 4.9-1.2 8.5-6 8.5-11.3V5z"></path><path class="star" stroke="none" d="m12 6.2 1.5 3.5 3.8.3-2.9 2.5.9 3.7L12 14.2l-3.3 2 .9-3.7-2.9-2.5 3.8-.3z"></path>`;
