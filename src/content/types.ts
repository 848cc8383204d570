/**
 * The shape of the ministry's content. One object of this shape exists per language
 * (`en.ts`, `ru.ts`, `be.ts`); every element reads its part of it.
 *
 * Everything here is plain text: elements render it with Lit's text bindings, never as HTML.
 */

export type { Lang } from './langs.js';
import type { Lang } from './langs.js';

/**
 * Where a section's text comes from: its provenance. It is data for content authors and partners (the "Sources"
 * story lists it); an element shows it only with `show-sources` (a "Source" line with the link).
 *
 * `text` tells whose words the section's sentences and names are: `ministry` (the ministry's own text, verbatim),
 * `translation` (the library's translation of the ministry's text) or `library` (the library's own wording). A
 * heading that the ministry's page does not have, and a link to another document, are the library's own in every case.
 */
export interface SourceContent {
  /** The official page the text comes from (or, for a translation, the page it translates). */
  url: string;
  /** Whose words: `ministry`, `translation` or `library`. */
  text: 'ministry' | 'translation' | 'library';
  /** The date the text was last checked against that page, `YYYY-MM-DD`. */
  checked: string;
  /** Names or terms that could not be confirmed against an official source, as the section writes them. */
  unconfirmed?: string[];
  /** Anything else a content author should know about the source, in English. */
  note?: string;
}

/** The plain list shape shared by every element that shows a list. Every key is optional in an override. */
export interface ListContent {
  /** Where the text comes from (shown only with `show-sources`). */
  source?: SourceContent;
  /** A short heading for the block. */
  title: string;
  /** The sentence that introduces the list (verbatim from the ministry's page in English). */
  lead: string;
  /** The list items, in order. */
  items: string[];
}

/** A link to an outside document. Only `http:`, `https:` and `mailto:` URLs are turned into links. */
export interface LinkContent {
  label: string;
  url: string;
  /** The language of the linked document, where it is not the content's (a Belarusian label to a Russian text). */
  hreflang?: string;
}

/** The National Strategy block: the paragraph, the strategy's name and period, and its main objectives. */
export interface StrategyContent extends ListContent {
  /** The strategy's name, verbatim: "National Strategy for Disasters Risk Reduction for 2019-2030". */
  name: string;
  /** The paragraph (one or more sentences) that places the strategy among global goals. */
  paragraphs: string[];
  /** First calendar year of the strategy's period. */
  startYear: number;
  /** Last calendar year of the strategy's period (inclusive). */
  endYear: number;
  /** Links to related frameworks (Sendai Framework, UN SDGs). */
  links: LinkContent[];
}

/** A yearly holiday, kept on the same day every year. */
export interface HolidayContent {
  /** A stable identifier, used in iCalendar UIDs and `data-holiday`. */
  id: string;
  /** 1–12. */
  month: number;
  /** 1–31, a day that exists in that month (29 February counts: it is kept in leap years). */
  day: number;
  name: string;
  /** An optional sentence shown with the holiday's details. */
  description?: string;
}

export interface HolidaysContent {
  /** Where the text comes from (shown only with `show-sources`). */
  source?: SourceContent;
  title: string;
  items: HolidayContent[];
}

/** One unit of the ministry's structure, a link when it has a URL. */
export interface UnitContent {
  name: string;
  url?: string;
}

/** A group of units inside a structure menu, e.g. "Regional departments for emergency situations". */
export interface UnitGroupContent {
  /** The group's heading; a menu that is one list needs none (its units follow the menu's name). */
  title?: string;
  items: UnitContent[];
}

/** One of the structure menus of the ministry's site. */
export interface StructureMenuContent {
  id: string;
  title: string;
  groups: UnitGroupContent[];
}

export interface StructureContent {
  /** Where the names come from (shown only with `show-sources`). */
  source?: SourceContent;
  title: string;
  menus: StructureMenuContent[];
}

/** The ministry itself. */
export interface MinistryContent {
  /** Where the name comes from. */
  source?: SourceContent;
  /** Full official name. */
  name: string;
  /** The abbreviation used in the language: MES, МЧС, МНС. */
  abbreviation: string;
  /** The page's site title: "MES of the Republic of Belarus". */
  siteTitle: string;
  /** The official site. */
  url: string;
}

/** A phrase in each plural category the language needs (`Intl.PluralRules`); `other` is required. */
export type PluralForms = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;

/** Words of the page element's own interface. */
export interface PageUi {
  /** The page title of the whole block: "International cooperation". */
  internationalCooperation: string;
  /** The section heading "General information". */
  generalInformation: string;
}

/** Words of the structure navigation's own interface. */
export interface NavUi {
  close: string;
}

/** Words of the strategy's timeline. */
export interface StrategyUi {
  /** Label of the strategy timeline. */
  strategyTimeline: string;
  /**
   * "{done} of {total} years" for the strategy's progress; `{done}` and `{total}` are replaced, and the
   * form is chosen by `Intl.PluralRules` for `total`.
   */
  yearsOfTotal: PluralForms;
  /** Shown before the period starts. */
  notStarted: string;
  /** Shown after the period ends. */
  completed: string;
  /** Legend of the strategy timeline: the years of the period that are over. */
  timelinePast: string;
  /** Legend of the strategy timeline: the year under way (the year itself follows after a colon). */
  timelineCurrent: string;
  /** Legend of the strategy timeline: the years of the period still ahead. */
  timelineFuture: string;
  /**
   * What a count that depends on the day says in print, where it may be read long after: "as of {date}"; `{date}`
   * is replaced by the date in words ("as of December 4, 2026").
   */
  asOf: string;
}

/** Words of the holiday calendar's own interface. */
export interface CalendarUi {
  nextHoliday: string;
  today: string;
  previousMonth: string;
  nextMonth: string;
  addToCalendar: string;
  holiday: string;
  /** Printed after "in 46 days", where it may be read long after: "as of {date}" (`{date}`: the date in words). */
  asOf: string;
}

/** Words of the "Source" line that `show-sources` adds under each section (every element has it). */
export interface SourcesUi {
  /** "Source", before the link to the official page. */
  source: string;
  /** Said after "Source" when the section is the library's translation of that page: "translation". */
  translation: string;
  /** Said after "Source" when the section is the library's own wording based on that page: "adapted". */
  library: string;
}

/** Words of the interface itself (not the ministry's content), one group per element that has its own. */
export interface UiStrings {
  /** The "Source" line of every element (with `show-sources`). */
  sources: SourcesUi;
  page: PageUi;
  nav: NavUi;
  strategy: StrategyUi;
  calendar: CalendarUi;
}

/** The content of the whole page: the ministry, a title, and the content of each section. */
export interface InternationalCooperationContent {
  /** The page's title: "International cooperation". */
  title: string;
  /** The section heading "General information". */
  generalInformation: string;
  ministry: MinistryContent;
  priorities: Partial<ListContent>;
  activities: Partial<ListContent>;
  strategy: Partial<StrategyContent>;
  holidays: Partial<HolidaysContent>;
}

/** Everything the library shows, in one language. */
export interface Content {
  lang: Lang;
  /**
   * The words for writing dates in this language, where a browser's `Intl` lacks the language (Belarusian in
   * Chrome); absent for a language every engine has.
   */
  dateWords?: DateWords;
  ministry: MinistryContent;
  priorities: ListContent;
  activities: ListContent;
  strategy: StrategyContent;
  holidays: HolidaysContent;
  structure: StructureContent;
  ui: UiStrings;
}

/** A part of the content an element shows (the words of the interface aside). */
export type ContentSection = Exclude<keyof Content, 'lang' | 'dateWords' | 'ui'>;

/**
 * The part of the content an element reads: some sections and some groups of interface words, in one
 * language. An element reads its content through this view, so reading a section it does not declare is a
 * compile error.
 */
export type ContentView<S extends ContentSection = never, U extends keyof UiStrings = never> = Pick<
  Content,
  'lang' | 'dateWords' | S
> & { ui: Pick<UiStrings, U> };

/** The English an element brings along: its view without the language (whole sections and whole groups). */
export type EnglishOf<V extends { lang: Lang }> = Omit<V, 'lang' | 'dateWords'>;

/** The words a language needs to write dates where the browser's `Intl` lacks the language (CLDR's data). */
export interface DateWords {
  /** Month names in the genitive, January first ("19 студзеня"). */
  monthsFormat: string[];
  /** Month names in the nominative, January first ("студзень 2026"). */
  monthsStandalone: string[];
  /** Weekday names, Monday first. */
  weekdays: Record<'long' | 'short' | 'narrow', string[]>;
  /** `numeric: 'auto'` words by day offset, from -2 to 2 ("учора", "сёння", "заўтра"). */
  days: Record<string, string>;
  /** "in {0} days" in each plural category. */
  future: Record<'one' | 'few' | 'many' | 'other', string>;
  /** "{0} days ago" in each plural category. */
  past: Record<'one' | 'few' | 'many' | 'other', string>;
}
