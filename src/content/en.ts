import type {
  Content,
  HolidaysContent,
  ListContent,
  MinistryContent,
  StrategyContent,
  StructureContent,
  PageUi,
  NavUi,
  StrategyUi,
  CalendarUi,
  SourcesUi,
} from './types.js';

/**
 * The ministry's content in English. Every sentence taken from the ministry's English page
 * ("International cooperation", mchs.gov.by) is kept verbatim, word for word and sign for sign (runs of spaces
 * and no-break spaces, artefacts of the page's HTML, are written as one space);
 * `content.test.ts` checks it against a copy of that page. The sources are written out in full (not taken from
 * ./sources.ts): an element's bundle then carries only the one it shows; `content.test.ts` checks they agree.
 */

export const enMinistry: MinistryContent = {
  source: { url: 'https://mchs.gov.by/en/about-mes/about-mes/', text: 'ministry', checked: '2026-12-05' },
  name: 'Ministry for Emergency Situations of the Republic of Belarus',
  abbreviation: 'MES',
  siteTitle: 'MES of the Republic of Belarus',
  url: 'https://mchs.gov.by/',
};

export const enPriorities: ListContent = {
  source: { url: 'https://mchs.gov.by/en/international-cooperation/', text: 'ministry', checked: '2026-12-05' },
  title: 'Priorities of international cooperation',
  lead: 'The priorities of international cooperation of the Ministry for Emergency Situations are:',
  items: [
    'strengthening and development of established bilateral and multilateral contacts and cooperation;',
    'improvement of disaster risk reduction in the cross-border region;',
    'design and implementation of joint projects of international technical and foreign assistance;',
    'fostering regional and cross-border cooperation.',
  ],
};

export const enActivities: ListContent = {
  source: { url: 'https://mchs.gov.by/en/international-cooperation/', text: 'ministry', checked: '2026-12-05' },
  title: 'Activities of international cooperation',
  lead: 'The activities of the international cooperation of the Ministry for Emergency Situations are aimed at:',
  items: [
    'fulfillment of obligations related to the implementation of international bilateral and multilateral treaties;',
    'exchange of the best practices in the field of emergency prevention and response, fire, industrial, nuclear and radiation safety;',
    'development of the international legal framework in the field of emergency prevention and response;',
    'preparation and implementation of joint technical, social and humanitarian projects with foreign partners;',
    'providing humanitarian assistance to foreign countries affected by emergencies;',
    'establishment of contacts and development of cooperation with foreign emergency rescue services, international organizations, youth, volunteer and sports movements of rescuers and firefighters.',
  ],
};

export const enStrategy: StrategyContent = {
  source: { url: 'https://mchs.gov.by/en/international-cooperation/', text: 'ministry', checked: '2026-12-05' },
  title: 'Disaster risk reduction',
  name: 'National Strategy for Disasters Risk Reduction for 2019-2030',
  paragraphs: [
    'The MES focuses on modern global trends in the field of safety, preparedness for climate change, and sustainable development.',
    'Following the achievement of the UN Sustainable Development Goals 2030 and in accordance with the Sendai Framework Program for Disaster Risk Reduction for the period 2015-2030, the MES has developed the National Strategy for Disasters Risk Reduction for 2019-2030.',
  ],
  startYear: 2019,
  endYear: 2030,
  lead: 'The main objectives of the strategy are:',
  items: [
    'the introduction of a National Platform for Disaster Risk Reduction and the development of a state civil protection system that ensures protection of the population and territories from emergencies;',
    'improvement of methodology for analyzing and assessing the risk of an emergency situation;',
    'creation and implementation of intelligent management systems and decision support;',
    'improvement of emergency response and rescue technologies, development of new models of machinery and equipment;',
    'development of safety culture in all spheres of life.',
  ],
  links: [
    {
      label: 'Sendai Framework for Disaster Risk Reduction 2015–2030',
      url: 'https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030',
    },
    {
      label: 'UN Sustainable Development Goals',
      url: 'https://sdgs.un.org/goals',
    },
  ],
};

export const enHolidays: HolidaysContent = {
  source: { url: 'https://mchs.gov.by/en/international-cooperation/', text: 'ministry', checked: '2026-12-05' },
  title: 'Main professional holidays:',
  items: [
    { id: 'rescuers-day', month: 1, day: 19, name: 'Rescuer’s Day' },
    { id: 'fire-service-day', month: 7, day: 25, name: 'Fire Service Day' },
  ],
};

export const enStructure: StructureContent = {
  source: { url: 'https://mchs.gov.by/en/about-mes/about-mes/', text: 'ministry', checked: '2026-12-05' },
  title: 'Structure of the MES',
  menus: [
    {
      id: 'central-office',
      title: 'Central office of the MES',
      groups: [
        {
          items: [
            { name: 'Headquarters of the Ministry' },
            { name: 'Industrial Safety Supervision Department (Gospromnadzor)' },
            { name: 'Nuclear and Radiation Safety Department (Gosatomnadzor)' },
            { name: 'Material Reserves Department (Gosreserve)' },
          ],
        },
      ],
    },
    {
      id: 'subordinate-units',
      title: 'Subordinate units',
      groups: [
        {
          items: [
            { name: 'University of Civil Protection' },
            { name: 'Scientific and Research Institute of Fire Safety and Emergency Situations' },
            { name: 'Republican Emergency Management and Response Center' },
            { name: 'Republican Special Response Team “ZUBR”' },
            { name: 'Republican Licensing and Expertise Center' },
            { name: 'Republican Logistics Support Center' },
            { name: 'Specialized Lyceum' },
            { name: 'State Inspection of Small Vessels' },
          ],
        },
      ],
    },
    {
      id: 'territorial-departments',
      title: 'Territorial departments',
      groups: [
        {
          title: 'Regional departments for emergency situations',
          items: [
            { name: 'Brest Regional Department of the MES', url: 'https://brest.mchs.gov.by/' },
            { name: 'Vitebsk Regional Department of the MES', url: 'https://vitebsk.mchs.gov.by/' },
            { name: 'Gomel Regional Department of the MES', url: 'https://gomel.mchs.gov.by/' },
            { name: 'Grodno Regional Department of the MES', url: 'https://grodno.mchs.gov.by/' },
            { name: 'Minsk City Department of the MES', url: 'https://minsk.mchs.gov.by/' },
            { name: 'Minsk Regional Department of the MES', url: 'https://minobl.mchs.gov.by/' },
            { name: 'Mogilev Regional Department of the MES', url: 'https://mogilev.mchs.gov.by/' },
          ],
        },
      ],
    },
  ],
};

export const enUiSources: SourcesUi = {
  source: 'Source',
  translation: 'translation',
  library: 'adapted',
};

export const enUiPage: PageUi = {
  internationalCooperation: 'International cooperation',
  generalInformation: 'General information',
};

export const enUiNav: NavUi = {
  close: 'Close',
};

export const enUiStrategy: StrategyUi = {
  strategyTimeline: 'Strategy period',
  yearsOfTotal: { one: '{done} of {total} year', other: '{done} of {total} years' },
  notStarted: 'Not started yet',
  completed: 'Completed',
  timelinePast: 'Years completed',
  timelineCurrent: 'Current year',
  timelineFuture: 'Years ahead',
  asOf: 'as of {date}',
};

export const enUiCalendar: CalendarUi = {
  nextHoliday: 'Next holiday',
  today: 'Today',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  addToCalendar: 'Add to calendar',
  holiday: 'Holiday',
  asOf: 'as of {date}',
};

/** Everything in English, in one object (the sections above, which elements import one by one). */
export const en: Content = {
  lang: 'en',
  ministry: enMinistry,
  priorities: enPriorities,
  activities: enActivities,
  strategy: enStrategy,
  holidays: enHolidays,
  structure: enStructure,
  ui: { sources: enUiSources, page: enUiPage, nav: enUiNav, strategy: enUiStrategy, calendar: enUiCalendar },
};
