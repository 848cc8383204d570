/**
 * What backs each WCAG 2.2 A/AA success criterion in the accessibility conformance report (scripts/report.mjs):
 * the level the library claims, the remark, the automated tests (file + a pattern of the test's full name, the
 * `describe` titles and its own joined by " > ") and the manual checks. The report takes the claim only where every
 * test it names has a result and passed in every engine it ran in; a failed or missing test lowers it.
 *
 * - `claim`: 'Supports', 'Partially supports', 'Does not support' or 'Not applicable'.
 * - `tests`: [file, pattern]; a pattern is a regular expression, matched against the full name, that must match at
 *   least one test of that file.
 * - `manual`: ids of MANUAL_CHECKS, done by a person (docs/screen-reader-testing.md and the steps below); listed
 *   in the report as such, never as automated.
 */

/** The date the claims below were last reviewed: the report's date (it changes only when this does). */
export const REVIEWED = '2026-12-05';

/** When each manual check was last done, and how: a check not yet done says so in the report. */
const REVIEW = `done ${REVIEWED} by review of the elements’ templates, styles and events`;
const NOT_YET = 'not yet, for this version (to be done before the first release, on Windows and macOS)';

/** Each manual check: what a person checks, then when it was last done. */
export const MANUAL_CHECKS = {
  'no-media':
    'No element plays audio or video, or shows time-based media, animation or flashing content.' +
    ` Last done: ${REVIEW}.`,
  'no-forms':
    'No element has a form field, takes text input, asks for authentication or submits data: the only controls are links, disclosure buttons, the month buttons and the day cells.' +
    ` Last done: ${REVIEW}.`,
  'no-gestures':
    'Nothing needs a path-based or multipoint gesture, dragging, device motion or a time limit; every action is a single click or tap, taken on release (native buttons and links, click events).' +
    ` Last done: ${REVIEW}.`,
  'host-page':
    'The page title, its <html lang>, skip links, other ways to reach a page, consistent navigation and help across pages belong to the host page, not to an element.' +
    ` Last done: ${REVIEW}.`,
  'screen-readers':
    'The scripts of docs/screen-reader-testing.md with NVDA + Firefox, JAWS + Chrome and VoiceOver + Safari: each announcement as written there.' +
    ` Last done: ${NOT_YET}.`,
  'zoom-and-spacing':
    'At 200 % and 400 % browser zoom (1280 px wide) and with the WCAG text-spacing bookmarklet (line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16), every element keeps all text and controls, nothing overlaps or is clipped, and no horizontal scrolling appears at 320 CSS px.' +
    ` Last done: ${NOT_YET}.`,
  'images-of-text':
    'No text is drawn as an image: the icons (chevrons, arrows, the emblem) carry no words.' + ` Last done: ${REVIEW}.`,
};

const CAL = 'src/components/holiday-calendar';
const NAV = 'src/components/structure-nav';
const STRATEGY = 'src/components/strategy-goals';
const PAGE = 'src/components/international-cooperation/mes-international-cooperation.test.ts';
const SR = 'src/test/screen-reader/screen-reader.test.ts';
const CONTRACT = 'src/test/contract';

/** The axe-core checks (open-wc's `to.be.accessible()`): every element, every language. */
const AXE = [
  [`${CAL}/mes-holiday-calendar.test.ts`, 'is accessible in'],
  [`${CAL}/keyboard.test.ts`, 'is accessible after keyboard navigation'],
  [`${NAV}/mes-structure-nav.test.ts`, 'is accessible with all panels closed and with each panel open'],
  [`${CAL}/select.test.ts`, 'is accessible with a holiday chosen'],
  ['src/components/priorities/mes-priorities.test.ts', 'is accessible in'],
  ['src/components/cooperation-activities/mes-cooperation-activities.test.ts', 'is accessible in'],
  [PAGE, 'is accessible in'],
];

/**
 * IBM Equal Access (accessibility-checker-engine, policy WCAG_2_2): every element in every language, each menu open,
 * the month view with a holiday chosen. Listed under the criteria its rules check, except contrast (1.4.3): for some
 * text it cannot compute the colours and says so, so contrast rests on axe and the design tests.
 */
export const EQUAL_ACCESS = [[`${CONTRACT}/equal-access.test.ts`, 'no violation']];

/** The screen-reader expectations (names, roles, states from each engine's accessibility tree). */
const SCREEN_READER = [
  [SR, '<mes-holiday-calendar lang="(en|ru|be)"> > names the grid'],
  [SR, '<mes-structure-nav lang="(en|ru|be)"> > names each menu button'],
  [SR, '<mes-international-cooperation lang="(en|ru|be)"> > names every link'],
];

/** Per criterion id: the claim, the remark, the tests, the manual checks. */
export const CRITERIA = {
  '1.1.1': {
    claim: 'Supports',
    remark:
      'Icons are decorative and hidden from assistive technology; every control has a text name (the month buttons by aria-label).',
    tests: [...AXE, ...EQUAL_ACCESS, ...SCREEN_READER],
    manual: ['images-of-text'],
  },
  '1.2.1': { claim: 'Not applicable', remark: 'No audio or video.', tests: [], manual: ['no-media'] },
  '1.2.2': { claim: 'Not applicable', remark: 'No audio or video.', tests: [], manual: ['no-media'] },
  '1.2.3': { claim: 'Not applicable', remark: 'No audio or video.', tests: [], manual: ['no-media'] },
  '1.2.4': { claim: 'Not applicable', remark: 'No live audio or video.', tests: [], manual: ['no-media'] },
  '1.2.5': { claim: 'Not applicable', remark: 'No video.', tests: [], manual: ['no-media'] },
  '1.3.1': {
    claim: 'Supports',
    remark:
      'Real headings that nest under the host’s heading-level, real lists, a navigation landmark named by its heading, a grid with column headers for the month, disclosure buttons that name the group they open.',
    tests: [
      ...EQUAL_ACCESS,
      [`${CONTRACT}/heading-level.test.ts`, 'heading-level'],
      [PAGE, 'nests every heading under heading-level'],
      [`${NAV}/mes-structure-nav.test.ts`, 'is a navigation landmark named by its heading'],
      [
        `${CAL}/mes-holiday-calendar.test.ts`,
        'is a grid labelled by the month and year, with localized weekday headers',
      ],
      [`${NAV}/disclosure.test.ts`, 'links each button to its panel'],
      ...SCREEN_READER,
      ...AXE,
    ],
    manual: ['screen-readers'],
  },
  '1.3.2': {
    claim: 'Supports',
    remark:
      'The reading order is the visual order: the page’s sections in the ministry’s order; the calendar’s list, download, month buttons and grid; a menu’s panel right after its button.',
    tests: [
      [PAGE, 'shows the whole page in the ministry'],
      [`${CAL}/design.test.ts`, 'puts "Add to calendar" right after the list'],
      [`${NAV}/disclosure.test.ts`, 'lets Tab reach the links of the open panel'],
      ...SCREEN_READER,
    ],
    manual: [],
  },
  '1.3.3': {
    claim: 'Supports',
    remark:
      'No instruction relies on shape, place or sound; the holiday fill and today’s ring are named by a legend, and each day’s name says its holiday.',
    tests: [[`${CAL}/mes-holiday-calendar.test.ts`, 'marks holidays visibly and in the accessible name']],
    manual: [],
  },
  '1.3.4': {
    claim: 'Supports',
    remark: 'No orientation is locked; every element lays out from 320 px to 1280 px wide.',
    tests: [
      [`${CONTRACT}/design.test.ts`, 'at 320 px > one type scale'],
      [`${CONTRACT}/design.test.ts`, 'at 1280 px > one type scale'],
      [`${NAV}/presentation.test.ts`, 'the same corners and height at 320 px and at 1280 px'],
    ],
    manual: ['zoom-and-spacing'],
  },
  '1.3.5': { claim: 'Not applicable', remark: 'No input fields.', tests: [], manual: ['no-forms'] },
  '1.4.1': {
    claim: 'Supports',
    remark:
      'Holidays, today, the focus and the hovered day differ by more than colour (fill, ring, bar, underline) and keep their marks in forced colours; links are underlined.',
    tests: [
      [`${CAL}/design.test.ts`, 'focus, today, holidays and hover look unlike each other'],
      [`${NAV}/presentation.test.ts`, 'shows units with a site as underlined links'],
      [`${NAV}/presentation.test.ts`, 'marks the open menu’s button in forced colours'],
    ],
    manual: [],
  },
  '1.4.2': { claim: 'Not applicable', remark: 'No audio.', tests: [], manual: ['no-media'] },
  '1.4.3': {
    claim: 'Supports',
    remark:
      'Text keeps at least 4.5:1 on the default styles and on each host adapter (GOV.UK, USWDS, Bootstrap), light and dark.',
    tests: [
      ['src/core/themes.test.ts', 'readable on the page it is put in'],
      [`${NAV}/presentation.test.ts`, 'their text at 4.5:1'],
      ...AXE,
    ],
    manual: [],
  },
  '1.4.4': {
    claim: 'Supports',
    remark: 'Sizes are in em/rem from the host’s text size; text at 200 % keeps the strategy’s labels apart.',
    tests: [
      [`${STRATEGY}/mes-strategy-goals.test.ts`, 'with text at 200 % in a 320 px column'],
      [`${CONTRACT}/design.test.ts`, 'one type scale'],
    ],
    manual: ['zoom-and-spacing'],
  },
  '1.4.5': {
    claim: 'Supports',
    remark: 'No images of text.',
    tests: [],
    manual: ['images-of-text'],
  },
  '1.4.10': {
    claim: 'Supports',
    remark: 'Every element works at 320 CSS px without horizontal scrolling; the grid’s cells shrink to the column.',
    tests: [
      [`${CONTRACT}/design.test.ts`, 'at 320 px > one type scale'],
      [`${STRATEGY}/mes-strategy-goals.test.ts`, 'at 320 px labels only the ends'],
      [`${NAV}/presentation.test.ts`, 'at 320 px keeps the buttons where they are'],
      [`${CAL}/design.test.ts`, 'show the narrow names, uncut'],
    ],
    manual: ['zoom-and-spacing'],
  },
  '1.4.11': {
    claim: 'Supports',
    remark:
      'Button edges, chevrons, list markers, the holiday fill, today’s ring and the strategy’s timeline keep 3:1.',
    tests: [
      [`${CONTRACT}/design.test.ts`, 'markers that carry meaning keep 3:1'],
      [`${NAV}/presentation.test.ts`, 'edges and chevrons at 3:1'],
      [`${CAL}/design.test.ts`, 'the holiday fill, today.s ring and the legend.s swatches'],
      [`${STRATEGY}/design.test.ts`, 'filled years'],
    ],
    manual: [],
  },
  '1.4.12': {
    claim: 'Supports',
    remark: 'No fixed heights on text; targets keep their size on a page with a tight line height.',
    tests: [
      [`${CAL}/design.test.ts`, 'line-height 1.1'],
      [`${STRATEGY}/design.test.ts`, 'line height 1.1'],
    ],
    manual: ['zoom-and-spacing'],
  },
  '1.4.13': {
    claim: 'Not applicable',
    remark:
      'Nothing appears on hover or focus alone; a menu’s panel opens on activation and stays until closed (Escape, Close, a click outside).',
    tests: [
      [`${NAV}/disclosure.test.ts`, 'toggles a panel with its button'],
      [`${NAV}/disclosure.test.ts`, 'closes on Escape'],
    ],
    manual: [],
  },
  '2.1.1': {
    claim: 'Supports',
    remark:
      'Every action works from the keyboard: the menu buttons (Enter, Space, Escape), the month buttons, and the grid with the date-grid keys of the WAI-ARIA Authoring Practices.',
    tests: [
      [`${CAL}/keyboard.test.ts`, 'keyboard'],
      [`${CAL}/month.test.ts`, 'work from the keyboard and keep the focus on the button'],
      [`${CAL}/select.test.ts`, 'on a holiday shows its details and fires mes-holiday-select'],
      [`${NAV}/disclosure.test.ts`, 'opens and closes with Enter and with Space'],
    ],
    manual: ['screen-readers'],
  },
  '2.1.2': {
    claim: 'Supports',
    remark: 'The focus leaves every element with Tab and Shift+Tab; the grid is one tab stop; nothing traps the focus.',
    tests: [
      [
        `${NAV}/disclosure.test.ts`,
        'lets Tab reach the links of the open panel, then its Close button, then what follows',
      ],
      [`${CAL}/keyboard.test.ts`, 'keeps the focus in the grid through a long walk and back'],
    ],
    manual: [],
  },
  '2.1.4': {
    claim: 'Not applicable',
    remark:
      'No character-key shortcuts: the grid answers arrow, Home, End and Page keys only while a day has the focus, and leaves Ctrl and Alt combinations to the browser.',
    tests: [[`${CAL}/keyboard.test.ts`, 'leaves keys with Ctrl or Alt to the browser']],
    manual: [],
  },
  '2.2.1': { claim: 'Not applicable', remark: 'No time limits.', tests: [], manual: ['no-gestures'] },
  '2.2.2': {
    claim: 'Not applicable',
    remark: 'Nothing moves, blinks, scrolls or updates by itself (the date moves on once, at midnight in Minsk).',
    tests: [[`${NAV}/presentation.test.ts`, 'turns the chevron without animation when reduced motion is asked for']],
    manual: ['no-media'],
  },
  '2.3.1': { claim: 'Supports', remark: 'Nothing flashes.', tests: [], manual: ['no-media'] },
  '2.4.1': {
    claim: 'Not applicable',
    remark:
      'A host page’s criterion; the structure menu is a named navigation landmark and every element starts with a heading, which a host’s skip links and landmarks can use.',
    tests: [[`${NAV}/mes-structure-nav.test.ts`, 'is a navigation landmark named by its heading']],
    manual: ['host-page'],
  },
  '2.4.2': { claim: 'Not applicable', remark: 'A host page’s criterion.', tests: [], manual: ['host-page'] },
  '2.4.3': {
    claim: 'Supports',
    remark:
      'A menu’s panel comes right after its button in the focus order; Escape and Close return the focus to the button; the grid’s focus follows the day.',
    tests: [
      [`${NAV}/disclosure.test.ts`, 'lets Tab reach the links of the open panel'],
      [`${NAV}/disclosure.test.ts`, 'returns the focus to its button'],
      [`${CAL}/mes-holiday-calendar.test.ts`, 'keeps the focus on the same day when the language changes'],
      [`${CAL}/midnight.test.ts`, 'leaves the focus where the reader moved it when the day changes'],
    ],
    manual: [],
  },
  '2.4.4': {
    claim: 'Supports',
    remark: 'Each link is named by its own text: the unit, the framework, the goals, “Add to calendar”.',
    tests: [...EQUAL_ACCESS, ...SCREEN_READER, ...AXE],
    manual: [],
  },
  '2.4.5': { claim: 'Not applicable', remark: 'A host site’s criterion.', tests: [], manual: ['host-page'] },
  '2.4.6': {
    claim: 'Supports',
    remark: 'Headings name their sections; buttons and the grid are named for what they do or show, in each language.',
    tests: [
      ...EQUAL_ACCESS,
      [`${CAL}/month.test.ts`, 'are buttons named'],
      [`${NAV}/mes-structure-nav.test.ts`, 'has a Close button named'],
      [`${CAL}/mes-holiday-calendar.test.ts`, 'names the grid by its month label, and each day cell by its full date'],
      ...SCREEN_READER,
    ],
    manual: [],
  },
  '2.4.7': {
    claim: 'Supports',
    remark: 'The focus is a yellow fill or outline with a dark bar, unlike every other state.',
    tests: [[`${CAL}/design.test.ts`, 'shows the focused day in yellow with a dark bar']],
    manual: ['screen-readers'],
  },
  '2.4.11': {
    claim: 'Supports',
    remark: 'Nothing is sticky or overlays the page: an open panel takes its place in the page’s flow.',
    tests: [[`${NAV}/presentation.test.ts`, 'puts the open panel in the page’s flow']],
    manual: [],
  },
  '2.5.1': { claim: 'Not applicable', remark: 'No gestures.', tests: [], manual: ['no-gestures'] },
  '2.5.2': {
    claim: 'Supports',
    remark: 'Actions are native clicks (taken on release); nothing acts on pointer down.',
    tests: [[`${NAV}/disclosure.test.ts`, 'closes when a person clicks outside the element']],
    manual: ['no-gestures'],
  },
  '2.5.3': {
    claim: 'Supports',
    remark:
      'A control with visible text is named by that text (menu buttons, Close, links); a day’s name starts with its weekday and holds its number.',
    tests: [...SCREEN_READER],
    manual: [],
  },
  '2.5.4': { claim: 'Not applicable', remark: 'No motion actuation.', tests: [], manual: ['no-gestures'] },
  '2.5.7': { claim: 'Not applicable', remark: 'No dragging.', tests: [], manual: ['no-gestures'] },
  '2.5.8': {
    claim: 'Supports',
    remark: 'Every button, link and day is at least 24 × 24 CSS px, on every host adapter and a tight page.',
    tests: [
      [`${CAL}/design.test.ts`, 'at least 24 × 24 px'],
      [`${NAV}/presentation.test.ts`, 'a target of at least 24 × 24 px'],
      [`${STRATEGY}/design.test.ts`, 'each link is at least 24 px high'],
    ],
    manual: [],
  },
  '3.1.1': {
    claim: 'Supports',
    remark:
      'Each element’s content carries the language it is written in (the element’s lang, an ancestor’s or <html lang>); the page’s own lang is the host’s.',
    tests: [
      [`${CONTRACT}/language.test.ts`, 'language'],
      [`${CAL}/content-language.test.ts`, '.'],
    ],
    manual: ['host-page'],
  },
  '3.1.2': {
    claim: 'Supports',
    remark:
      'Where content falls back to English on a page in another language, the element marks it lang="en", so that a screen reader switches voice.',
    tests: [
      ...EQUAL_ACCESS,
      [`${CONTRACT}/language.test.ts`, 'falls back to English'],
      [`${CAL}/content-language.test.ts`, '.'],
    ],
    manual: ['screen-readers'],
  },
  '3.2.1': {
    claim: 'Supports',
    remark: 'Focus never opens, submits or moves anything; a panel closes when the focus leaves the element.',
    tests: [
      [`${NAV}/disclosure.test.ts`, 'toggles a panel with its button and keeps the focus on the button'],
      [`${CAL}/select.test.ts`, 'does nothing on a day without a holiday but move the focus there'],
    ],
    manual: [],
  },
  '3.2.2': { claim: 'Not applicable', remark: 'No form fields.', tests: [], manual: ['no-forms'] },
  '3.2.3': { claim: 'Not applicable', remark: 'A host site’s criterion.', tests: [], manual: ['host-page'] },
  '3.2.4': {
    claim: 'Supports',
    remark:
      'The same function has the same name everywhere: the calendar standalone and inside the whole page give the same names.',
    tests: [
      [SR, '<mes-holiday-calendar'],
      [SR, '<mes-international-cooperation'],
    ],
    manual: [],
  },
  '3.2.6': {
    claim: 'Not applicable',
    remark: 'No help mechanism; a host site’s criterion.',
    tests: [],
    manual: ['host-page'],
  },
  '3.3.1': { claim: 'Not applicable', remark: 'No input.', tests: [], manual: ['no-forms'] },
  '3.3.2': { claim: 'Not applicable', remark: 'No input.', tests: [], manual: ['no-forms'] },
  '3.3.3': { claim: 'Not applicable', remark: 'No input.', tests: [], manual: ['no-forms'] },
  '3.3.4': { claim: 'Not applicable', remark: 'No input.', tests: [], manual: ['no-forms'] },
  '3.3.7': { claim: 'Not applicable', remark: 'No input.', tests: [], manual: ['no-forms'] },
  '3.3.8': { claim: 'Not applicable', remark: 'No authentication.', tests: [], manual: ['no-forms'] },
  '4.1.2': {
    claim: 'Supports',
    remark:
      'Names, roles and states as each engine’s accessibility tree gives them: buttons expanded or collapsed and the group they control, the grid, today (current date), the chosen day (selected), in en, ru and be. Chromium’s DevTools protocol does not expose aria-current, so “current date” is read from Firefox’s tree; WebKit’s WebDriver gives roles and names, not states.',
    tests: [
      ...EQUAL_ACCESS,
      ...SCREEN_READER,
      [`${CAL}/mes-holiday-calendar.test.ts`, 'marks today with aria-current'],
      ...AXE,
    ],
    manual: ['screen-readers'],
  },
  '4.1.3': {
    claim: 'Supports',
    remark:
      'The month shown and a chosen holiday’s details are polite live regions: a screen reader says them without moving the focus.',
    tests: [
      [`${CAL}/mes-holiday-calendar.test.ts`, 'names the grid by its month label'],
      [`${CAL}/select.test.ts`, 'on a holiday shows its details and fires mes-holiday-select'],
    ],
    manual: ['screen-readers'],
  },
};
