/**
 * The official pages the built-in content comes from, and the date it was last checked against them: one place
 * for the three languages' provenance (`source` of each section). See `SourceContent` in ./types.ts.
 */

/** The ministry's site, in Russian: the official names of the ministry. */
export const MINISTRY_SITE = 'https://mchs.gov.by/';

/** The ministry's English page "International cooperation": the text of every section but the structure. */
export const COOPERATION_PAGE = 'https://mchs.gov.by/en/international-cooperation/';

/** The ministry's English page "About the Ministry": its structure ("MES structure", "Subordinate Units", …). */
export const ABOUT_PAGE = 'https://mchs.gov.by/en/about-mes/about-mes/';

/** The day the built-in content was last checked against those pages (and the names against CONTENT-NOTES). */
export const CHECKED = '2026-12-05';
