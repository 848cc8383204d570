/**
 * React components for the elements: `import { MesPriorities } from 'mes-components/react'`.
 *
 * Each one renders the custom element (importing this module defines every element, as
 * `import 'mes-components'` does) and passes its props on: `headingLevel`, `content`, `src`, `today`,
 * `timeZone`, `open` are set as properties, `lang`, `className`, `id`… as attributes, and the element's
 * events are props: `onContentError`, `onContentLoad`, `onHolidaySelect`, `onMenuToggle`. Made with
 * `@lit/react` (bundled in); React ≥ 17 is a peer dependency of this entry only.
 *
 * ```tsx
 * <MesPriorities lang="ru" headingLevel={3} onContentError={(e) => console.log(e.detail.problems)} />
 * ```
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import {
  MesCooperationActivities as MesCooperationActivitiesElement,
  MesHolidayCalendar as MesHolidayCalendarElement,
  MesInternationalCooperation as MesInternationalCooperationElement,
  MesPriorities as MesPrioritiesElement,
  MesStrategyGoals as MesStrategyGoalsElement,
  MesStructureNav as MesStructureNavElement,
  type ContentErrorDetail,
  type ContentLoadDetail,
  type HolidaySelectDetail,
  type MenuToggleDetail,
} from '../index.js';

/**
 * An event name carrying its event's type (the same shape as `@lit/react`'s `EventName`, declared here so
 * that these types need nothing from `@lit/react`, which is bundled in).
 */
export type EventName<T extends Event = Event> = string & { __eventType: T };

/** The event props every element has. */
const contentEvents = {
  /** Content from `content` or `src` was refused in whole or in part (`mes-content-error`). */
  onContentError: 'mes-content-error' as EventName<CustomEvent<ContentErrorDetail>>,
  /** JSON from `src` was loaded and applied (`mes-content-load`). */
  onContentLoad: 'mes-content-load' as EventName<CustomEvent<ContentLoadDetail>>,
};

type ContentEvents = typeof contentEvents;

/** A React event prop for each event name: `(event: CustomEvent<Detail>) => void`. */
export type EventProps<E> = {
  [K in keyof E]?: E[K] extends EventName<infer T> ? (event: T) => void : (event: Event) => void;
};

/** The element's own public properties, each optional, as props. */
export type ElementProps<I> = Partial<Omit<I, keyof HTMLElement>>;

/**
 * The props of a wrapped element: React's HTML attributes, the element's properties, its events, and a
 * `ref` to the element itself.
 */
export type MesComponentProps<I extends HTMLElement, E> = Omit<React.HTMLAttributes<I>, keyof E | keyof ElementProps<I>> &
  EventProps<E> &
  ElementProps<I> &
  React.RefAttributes<I>;

/** A React component that renders the custom element `I`. */
export type MesComponent<I extends HTMLElement, E> = React.ForwardRefExoticComponent<MesComponentProps<I, E>>;

/** `<mes-priorities>` as a React component. */
export const MesPriorities: MesComponent<MesPrioritiesElement, ContentEvents> = createComponent({
  react: React,
  tagName: 'mes-priorities',
  elementClass: MesPrioritiesElement,
  events: contentEvents,
  displayName: 'MesPriorities',
});

/** `<mes-cooperation-activities>` as a React component. */
export const MesCooperationActivities: MesComponent<MesCooperationActivitiesElement, ContentEvents> = createComponent({
  react: React,
  tagName: 'mes-cooperation-activities',
  elementClass: MesCooperationActivitiesElement,
  events: contentEvents,
  displayName: 'MesCooperationActivities',
});

/** `<mes-strategy-goals>` as a React component. */
export const MesStrategyGoals: MesComponent<MesStrategyGoalsElement, ContentEvents> = createComponent({
  react: React,
  tagName: 'mes-strategy-goals',
  elementClass: MesStrategyGoalsElement,
  events: contentEvents,
  displayName: 'MesStrategyGoals',
});

const structureEvents = {
  ...contentEvents,
  /** A person opened or closed a menu (`mes-menu-toggle`). */
  onMenuToggle: 'mes-menu-toggle' as EventName<CustomEvent<MenuToggleDetail>>,
};

/** `<mes-structure-nav>` as a React component. */
export const MesStructureNav: MesComponent<MesStructureNavElement, typeof structureEvents> = createComponent({
  react: React,
  tagName: 'mes-structure-nav',
  elementClass: MesStructureNavElement,
  events: structureEvents,
  displayName: 'MesStructureNav',
});

const holidayEvents = {
  ...contentEvents,
  /** A holiday was chosen in the month view (`mes-holiday-select`). */
  onHolidaySelect: 'mes-holiday-select' as EventName<CustomEvent<HolidaySelectDetail>>,
};

/** `<mes-holiday-calendar>` as a React component. */
export const MesHolidayCalendar: MesComponent<MesHolidayCalendarElement, typeof holidayEvents> = createComponent({
  react: React,
  tagName: 'mes-holiday-calendar',
  elementClass: MesHolidayCalendarElement,
  events: holidayEvents,
  displayName: 'MesHolidayCalendar',
});

/** `<mes-international-cooperation>` as a React component. */
export const MesInternationalCooperation: MesComponent<MesInternationalCooperationElement, ContentEvents> =
  createComponent({
    react: React,
    tagName: 'mes-international-cooperation',
    elementClass: MesInternationalCooperationElement,
    events: contentEvents,
    displayName: 'MesInternationalCooperation',
  });

export type {
  ContentErrorDetail,
  ContentLoadDetail,
  HolidaySelectDetail,
  MenuToggleDetail,
  MesCooperationActivitiesElement,
  MesHolidayCalendarElement,
  MesInternationalCooperationElement,
  MesPrioritiesElement,
  MesStrategyGoalsElement,
  MesStructureNavElement,
};
