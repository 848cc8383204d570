import type { Content } from './types.js';
import { registerContent } from './register.js';
import { ABOUT_PAGE, CHECKED, COOPERATION_PAGE, MINISTRY_SITE } from './sources.js';

/**
 * The ministry's content in Russian. No official Russian text of the ministry's "International
 * cooperation" page exists, so these translations are the library's own: faithful to the English
 * page (`en.ts`), reviewed line by line against it, and using the official Russian names of the
 * ministry, its units, holidays and the national strategy.
 */
export const ru: Content = {
  lang: 'ru',
  ministry: {
    source: { url: MINISTRY_SITE, text: 'ministry', checked: CHECKED },
    name: 'Министерство по чрезвычайным ситуациям Республики Беларусь',
    abbreviation: 'МЧС',
    siteTitle: 'МЧС Республики Беларусь',
    url: 'https://mchs.gov.by/',
  },
  priorities: {
    source: { url: COOPERATION_PAGE, text: 'translation', checked: CHECKED },
    title: 'Приоритеты международного сотрудничества',
    lead: 'Приоритетами международного сотрудничества Министерства по чрезвычайным ситуациям являются:',
    items: [
      'укрепление и развитие сложившихся двусторонних и многосторонних контактов и сотрудничества;',
      'совершенствование деятельности по снижению риска чрезвычайных ситуаций в трансграничном регионе;',
      'разработка и реализация совместных проектов международной технической и иностранной помощи;',
      'развитие регионального и трансграничного сотрудничества.',
    ],
  },
  activities: {
    source: { url: COOPERATION_PAGE, text: 'translation', checked: CHECKED },
    title: 'Деятельность в сфере международного сотрудничества',
    lead: 'Деятельность Министерства по чрезвычайным ситуациям в сфере международного сотрудничества направлена на:',
    items: [
      'выполнение обязательств, связанных с реализацией международных двусторонних и многосторонних договоров;',
      'обмен передовым опытом в области предупреждения и ликвидации чрезвычайных ситуаций, пожарной, промышленной, ядерной и радиационной безопасности;',
      'развитие международно-правовой базы в области предупреждения и ликвидации чрезвычайных ситуаций;',
      'подготовку и реализацию совместных технических, социальных и гуманитарных проектов с зарубежными партнерами;',
      'оказание гуманитарной помощи иностранным государствам, пострадавшим от чрезвычайных ситуаций;',
      'установление контактов и развитие сотрудничества с зарубежными аварийно-спасательными службами, международными организациями, молодежными, волонтерскими и спортивными движениями спасателей и пожарных.',
    ],
  },
  strategy: {
    source: {
      url: COOPERATION_PAGE,
      text: 'translation',
      checked: CHECKED,
      unconfirmed: ['Национальной платформы по снижению риска чрезвычайных ситуаций'],
      note: 'The strategy’s name is the one Russian-language sources use; the platform’s is written with the same term. The Sendai Framework keeps the UN’s Russian name.',
    },
    title: 'Снижение риска чрезвычайных ситуаций',
    name: 'Национальная стратегия по снижению риска чрезвычайных ситуаций в Республике Беларусь на 2019–2030 годы',
    paragraphs: [
      'МЧС ориентируется на современные мировые тенденции в области безопасности, готовности к изменению климата и устойчивого развития.',
      'Для достижения Целей устойчивого развития ООН на период до 2030 года и в соответствии с Сендайской рамочной программой по снижению риска бедствий на 2015–2030 годы МЧС разработало Национальную стратегию по снижению риска чрезвычайных ситуаций в Республике Беларусь на 2019–2030 годы.',
    ],
    startYear: 2019,
    endYear: 2030,
    lead: 'Основными задачами стратегии являются:',
    items: [
      'внедрение Национальной платформы по снижению риска чрезвычайных ситуаций и развитие государственной системы гражданской защиты, обеспечивающей защиту населения и территорий от чрезвычайных ситуаций;',
      'совершенствование методологии анализа и оценки риска возникновения чрезвычайной ситуации;',
      'создание и внедрение интеллектуальных систем управления и поддержки принятия решений;',
      'совершенствование технологий реагирования на чрезвычайные ситуации и проведения аварийно-спасательных работ, разработка новых образцов техники и оборудования;',
      'развитие культуры безопасности во всех сферах жизнедеятельности.',
    ],
    links: [
      {
        label: 'Сендайская рамочная программа по снижению риска бедствий на 2015–2030 годы',
        url: 'https://undocs.org/ru/A/RES/69/283',
      },
      {
        label: 'Цели устойчивого развития ООН',
        url: 'https://www.un.org/sustainabledevelopment/ru/',
      },
    ],
  },
  holidays: {
    source: { url: COOPERATION_PAGE, text: 'translation', checked: CHECKED },
    title: 'Основные профессиональные праздники:',
    items: [
      { id: 'rescuers-day', month: 1, day: 19, name: 'День спасателя' },
      { id: 'fire-service-day', month: 7, day: 25, name: 'День пожарной службы' },
    ],
  },
  structure: {
    source: {
      url: ABOUT_PAGE,
      text: 'translation',
      checked: CHECKED,
      unconfirmed: ['Республиканский центр материально-технического обеспечения'],
      note: 'Menu names as the site’s Russian menus write them; territorial departments as their own sites do; «Республиканский центр сертификации и экспертизы» as the site’s older menu does. No Russian source was found for the logistics support centre: its name is the library’s translation.',
    },
    title: 'Структура МЧС',
    menus: [
      {
        id: 'central-office',
        title: 'Центральный аппарат МЧС',
        groups: [
          {
            items: [
              { name: 'Аппарат Министерства' },
              { name: 'Департамент по надзору за безопасным ведением работ в промышленности (Госпромнадзор)' },
              { name: 'Департамент по ядерной и радиационной безопасности (Госатомнадзор)' },
              { name: 'Департамент по материальным резервам (Госрезерв)' },
            ],
          },
        ],
      },
      {
        id: 'subordinate-units',
        title: 'Подчиненные организации',
        groups: [
          {
            items: [
              { name: 'Университет гражданской защиты МЧС' },
              { name: 'Научно-исследовательский институт пожарной безопасности и проблем чрезвычайных ситуаций' },
              { name: 'Республиканский центр управления и реагирования на чрезвычайные ситуации' },
              { name: 'Республиканский отряд специального назначения «ЗУБР»' },
              { name: 'Республиканский центр сертификации и экспертизы' },
              { name: 'Республиканский центр материально-технического обеспечения' },
              { name: 'Специализированный лицей при Университете гражданской защиты МЧС' },
              { name: 'Государственная инспекция по маломерным судам' },
            ],
          },
        ],
      },
      {
        id: 'territorial-departments',
        title: 'Территориальные управления',
        groups: [
          {
            title: 'Областные (Минское городское) управления МЧС',
            items: [
              { name: 'Брестское областное управление МЧС', url: 'https://brest.mchs.gov.by/' },
              { name: 'Витебское областное управление МЧС', url: 'https://vitebsk.mchs.gov.by/' },
              { name: 'Гомельское областное управление МЧС', url: 'https://gomel.mchs.gov.by/' },
              { name: 'Гродненское областное управление МЧС', url: 'https://grodno.mchs.gov.by/' },
              { name: 'Минское городское управление МЧС', url: 'https://minsk.mchs.gov.by/' },
              { name: 'Минское областное управление МЧС', url: 'https://minobl.mchs.gov.by/' },
              { name: 'Могилевское областное управление МЧС', url: 'https://mogilev.mchs.gov.by/' },
            ],
          },
        ],
      },
    ],
  },
  ui: {
    sources: {
      source: 'Источник',
      translation: 'перевод',
      library: 'пересказ',
    },
    page: {
      internationalCooperation: 'Международное сотрудничество',
      generalInformation: 'Общая информация',
    },
    nav: {
      close: 'Закрыть',
    },
    strategy: {
      strategyTimeline: 'Период действия стратегии',
      // After «из» the noun is genitive: «из 1 (21) года», «из 2 (22) лет», «из 5 (12) лет», «из 2,5 года».
      yearsOfTotal: {
        one: '{done} из {total} года',
        few: '{done} из {total} лет',
        many: '{done} из {total} лет',
        other: '{done} из {total} года',
      },
      notStarted: 'Еще не начался',
      completed: 'Завершен',
      timelinePast: 'Прошедшие годы',
      timelineCurrent: 'Текущий год',
      timelineFuture: 'Предстоящие годы',
      asOf: 'по состоянию на {date}',
    },
    calendar: {
      nextHoliday: 'Ближайший праздник',
      today: 'Сегодня',
      previousMonth: 'Предыдущий месяц',
      nextMonth: 'Следующий месяц',
      addToCalendar: 'Добавить в календарь',
      holiday: 'Праздник',
      asOf: 'по состоянию на {date}',
    },
  },
};

// As this file runs, the library on the page gets its content (see ./register.ts).
registerContent(ru);
