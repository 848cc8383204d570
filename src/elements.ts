/**
 * The one registry of the library's elements: what each is called, which class it is, which parts of the
 * content it shows, and whether it depends on the date. Plain data with no imports but the language list, so that
 * Node scripts (the CLI, the prerender, the bench, the Node-side test suites) read it from `dist/elements.js`
 * and the browser tests from here. Order: the README's.
 */
import type { ContentSection } from './content/types.js';

export { FALLBACK_LANG, LANGS, type Lang } from './content/langs.js';
export type { ContentSection };

export interface ElementInfo {
  /** The custom element's tag. */
  readonly tag: string;
  /** The name of the class the package exports for it (and of its React wrapper). */
  readonly className: string;
  /** Its folder: `src/components/<folder>/`, defined by `mes-<folder>.ts`. */
  readonly folder: string;
  /** The parts of the content it shows. */
  readonly sections: readonly ContentSection[];
  /** Whether it shows something that depends on today's date (it takes `today` and `prerendered-today`). */
  readonly dated: boolean;
  /** Whether it shows the holidays (its static HTML carries a schema.org `Event` for each). */
  readonly holidays: boolean;
  /** Its own events besides `mes-content-error` and `mes-content-load`: React prop name → event name. */
  readonly events: Readonly<Record<string, string>>;
}

export const ELEMENTS: readonly ElementInfo[] = [
  {
    tag: 'mes-international-cooperation',
    className: 'MesInternationalCooperation',
    folder: 'international-cooperation',
    sections: ['ministry', 'priorities', 'activities', 'strategy', 'holidays'],
    dated: true,
    holidays: true,
    events: { onHolidaySelect: 'mes-holiday-select' },
  },
  {
    tag: 'mes-priorities',
    className: 'MesPriorities',
    folder: 'priorities',
    sections: ['priorities'],
    dated: false,
    holidays: false,
    events: {},
  },
  {
    tag: 'mes-cooperation-activities',
    className: 'MesCooperationActivities',
    folder: 'cooperation-activities',
    sections: ['activities'],
    dated: false,
    holidays: false,
    events: {},
  },
  {
    tag: 'mes-strategy-goals',
    className: 'MesStrategyGoals',
    folder: 'strategy-goals',
    sections: ['strategy'],
    dated: true,
    holidays: false,
    events: {},
  },
  {
    tag: 'mes-holiday-calendar',
    className: 'MesHolidayCalendar',
    folder: 'holiday-calendar',
    sections: ['holidays', 'ministry'],
    dated: true,
    holidays: true,
    events: { onHolidaySelect: 'mes-holiday-select' },
  },
  {
    tag: 'mes-structure-nav',
    className: 'MesStructureNav',
    folder: 'structure-nav',
    sections: ['structure'],
    dated: false,
    holidays: false,
    events: { onMenuToggle: 'mes-menu-toggle' },
  },
];

/** The tags, in the README's order. */
export const TAGS: readonly string[] = ELEMENTS.map((e) => e.tag);

/** An element's entry in the registry. */
export function elementInfo(tag: string): ElementInfo | undefined {
  return ELEMENTS.find((e) => e.tag === tag);
}
