import type { Content, DateWords } from './types.js';
import { registerContent } from './register.js';
import { ABOUT_PAGE, CHECKED, COOPERATION_PAGE, MINISTRY_SITE } from './sources.js';

/*
 * The words for dates in Belarusian, for engines whose Intl lacks Belarusian. Chrome's ICU data holds only the
 * languages of Chrome's own interface, and Belarusian is not one of them: there `Intl.DateTimeFormat('be')` and
 * `Intl.RelativeTimeFormat('be')` quietly fall back to the browser's language (English). Firefox and Safari have
 * it. Where the engine lacks it, these words are used instead: CLDR's Belarusian data (the same strings Firefox,
 * Safari and Node give). They come with the Belarusian content (`be.dateWords`).
 */
export const beDateWords: DateWords = {
  /** Genitive ("19 студзеня"). */
  monthsFormat: [
    'студзеня',
    'лютага',
    'сакавіка',
    'красавіка',
    'мая',
    'чэрвеня',
    'ліпеня',
    'жніўня',
    'верасня',
    'кастрычніка',
    'лістапада',
    'снежня',
  ],
  /** Nominative ("студзень 2026"). */
  monthsStandalone: [
    'студзень',
    'люты',
    'сакавік',
    'красавік',
    'май',
    'чэрвень',
    'ліпень',
    'жнівень',
    'верасень',
    'кастрычнік',
    'лістапад',
    'снежань',
  ],
  /** Monday first. */
  weekdays: {
    long: ['панядзелак', 'аўторак', 'серада', 'чацвер', 'пятніца', 'субота', 'нядзеля'],
    short: ['пн', 'аў', 'ср', 'чц', 'пт', 'сб', 'нд'],
    narrow: ['п', 'а', 'с', 'ч', 'п', 'с', 'н'],
  },
  /** `numeric: 'auto'` words, from the day before yesterday to the day after tomorrow. */
  days: { '-2': 'пазаўчора', '-1': 'учора', '0': 'сёння', '1': 'заўтра', '2': 'паслязаўтра' },
  future: { one: 'праз {0} дзень', few: 'праз {0} дні', many: 'праз {0} дзён', other: 'праз {0} дня' },
  past: { one: '{0} дзень таму', few: '{0} дні таму', many: '{0} дзён таму', other: '{0} дня таму' },
};

/**
 * The ministry's content in Belarusian. No official Belarusian text of the ministry's "International
 * cooperation" page exists, so these translations are the library's own: faithful to the English
 * page (`en.ts`), reviewed line by line against it, in the official (narkamauka) orthography, and
 * using the Belarusian names of the ministry, its holidays and the national strategy.
 */
export const be: Content = {
  lang: 'be',
  dateWords: beDateWords,
  ministry: {
    source: { url: MINISTRY_SITE, text: 'ministry', checked: CHECKED },
    name: 'Міністэрства па надзвычайных сітуацыях Рэспублікі Беларусь',
    abbreviation: 'МНС',
    siteTitle: 'МНС Рэспублікі Беларусь',
    url: 'https://mchs.gov.by/',
  },
  priorities: {
    source: { url: COOPERATION_PAGE, text: 'translation', checked: CHECKED },
    title: 'Прыярытэты міжнароднага супрацоўніцтва',
    lead: 'Прыярытэтамі міжнароднага супрацоўніцтва Міністэрства па надзвычайных сітуацыях з’яўляюцца:',
    items: [
      'умацаванне і развіццё наладжаных двухбаковых і шматбаковых кантактаў і супрацоўніцтва;',
      'удасканаленне дзейнасці па зніжэнні рызыкі надзвычайных сітуацый у трансгранічным рэгіёне;',
      'распрацоўка і рэалізацыя сумесных праектаў міжнароднай тэхнічнай і замежнай дапамогі;',
      'развіццё рэгіянальнага і трансгранічнага супрацоўніцтва.',
    ],
  },
  activities: {
    source: { url: COOPERATION_PAGE, text: 'translation', checked: CHECKED },
    title: 'Дзейнасць у сферы міжнароднага супрацоўніцтва',
    lead: 'Дзейнасць Міністэрства па надзвычайных сітуацыях у сферы міжнароднага супрацоўніцтва накіравана на:',
    items: [
      'выкананне абавязацельстваў, звязаных з рэалізацыяй міжнародных двухбаковых і шматбаковых дагавораў;',
      'абмен перадавым вопытам у галіне папярэджання і ліквідацыі надзвычайных сітуацый, пажарнай, прамысловай, ядзернай і радыяцыйнай бяспекі;',
      'развіццё міжнародна-прававой базы ў галіне папярэджання і ліквідацыі надзвычайных сітуацый;',
      'падрыхтоўку і рэалізацыю сумесных тэхнічных, сацыяльных і гуманітарных праектаў з замежнымі партнёрамі;',
      'аказанне гуманітарнай дапамогі замежным дзяржавам, якія пацярпелі ад надзвычайных сітуацый;',
      'устанаўленне кантактаў і развіццё супрацоўніцтва з замежнымі аварыйна-выратавальнымі службамі, міжнароднымі арганізацыямі, моладзевымі, валанцёрскімі і спартыўнымі рухамі ратавальнікаў і пажарных.',
    ],
  },
  strategy: {
    source: {
      url: COOPERATION_PAGE,
      text: 'translation',
      checked: CHECKED,
      unconfirmed: [
        'Нацыянальная стратэгія па зніжэнні рызыкі надзвычайных сітуацый у Рэспубліцы Беларусь на 2019–2030 гады',
        'Нацыянальнай платформы па зніжэнні рызыкі надзвычайных сітуацый',
        'Сендайская рамачная праграма па зніжэнні рызыкі бедстваў на 2015–2030 гады',
      ],
      note: 'No official Belarusian names were found: they translate the Russian ones, with the same term. The UN has no Belarusian text: the links go to its Russian versions.',
    },
    title: 'Зніжэнне рызыкі надзвычайных сітуацый',
    name: 'Нацыянальная стратэгія па зніжэнні рызыкі надзвычайных сітуацый у Рэспубліцы Беларусь на 2019–2030 гады',
    paragraphs: [
      'МНС арыентуецца на сучасныя сусветныя тэндэнцыі ў галіне бяспекі, гатоўнасці да змянення клімату і ўстойлівага развіцця.',
      'Для дасягнення Мэтаў устойлівага развіцця ААН на перыяд да 2030 года і ў адпаведнасці з Сендайскай рамачнай праграмай па зніжэнні рызыкі бедстваў на 2015–2030 гады МНС распрацавала Нацыянальную стратэгію па зніжэнні рызыкі надзвычайных сітуацый у Рэспубліцы Беларусь на 2019–2030 гады.',
    ],
    startYear: 2019,
    endYear: 2030,
    lead: 'Асноўнымі задачамі стратэгіі з’яўляюцца:',
    items: [
      'укараненне Нацыянальнай платформы па зніжэнні рызыкі надзвычайных сітуацый і развіццё дзяржаўнай сістэмы грамадзянскай абароны, якая забяспечвае абарону насельніцтва і тэрыторый ад надзвычайных сітуацый;',
      'удасканаленне метадалогіі аналізу і ацэнкі рызыкі ўзнікнення надзвычайнай сітуацыі;',
      'стварэнне і ўкараненне інтэлектуальных сістэм кіравання і падтрымкі прыняцця рашэнняў;',
      'удасканаленне тэхналогій рэагавання на надзвычайныя сітуацыі і правядзення аварыйна-выратавальных работ, распрацоўка новых узораў тэхнікі і абсталявання;',
      'развіццё культуры бяспекі ва ўсіх сферах жыццядзейнасці.',
    ],
    links: [
      {
        label: 'Сендайская рамачная праграма па зніжэнні рызыкі бедстваў на 2015–2030 гады',
        url: 'https://undocs.org/ru/A/RES/69/283',
        hreflang: 'ru',
      },
      {
        label: 'Мэты ўстойлівага развіцця ААН',
        url: 'https://www.un.org/sustainabledevelopment/ru/',
        hreflang: 'ru',
      },
    ],
  },
  holidays: {
    source: { url: COOPERATION_PAGE, text: 'translation', checked: CHECKED },
    title: 'Асноўныя прафесійныя святы:',
    items: [
      { id: 'rescuers-day', month: 1, day: 19, name: 'Дзень ратавальніка' },
      { id: 'fire-service-day', month: 7, day: 25, name: 'Дзень пажарнай службы' },
    ],
  },
  structure: {
    source: {
      url: ABOUT_PAGE,
      text: 'translation',
      checked: CHECKED,
      unconfirmed: ['Рэспубліканскі цэнтр матэрыяльна-тэхнічнага забеспячэння'],
      note: 'No official Belarusian names were found: every name translates the Russian one (for the logistics support centre no Russian source was found either).',
    },
    title: 'Структура МНС',
    menus: [
      {
        id: 'central-office',
        title: 'Цэнтральны апарат МНС',
        groups: [
          {
            items: [
              { name: 'Апарат Міністэрства' },
              { name: 'Дэпартамент па наглядзе за бяспечным вядзеннем работ у прамысловасці (Дзяржпрамнагляд)' },
              { name: 'Дэпартамент па ядзернай і радыяцыйнай бяспецы (Дзяржатамнагляд)' },
              { name: 'Дэпартамент па матэрыяльных рэзервах (Дзяржрэзерв)' },
            ],
          },
        ],
      },
      {
        id: 'subordinate-units',
        title: 'Падпарадкаваныя арганізацыі',
        groups: [
          {
            items: [
              { name: 'Універсітэт грамадзянскай абароны МНС' },
              { name: 'Навукова-даследчы інстытут пажарнай бяспекі і праблем надзвычайных сітуацый' },
              { name: 'Рэспубліканскі цэнтр кіравання і рэагавання на надзвычайныя сітуацыі' },
              { name: 'Рэспубліканскі атрад спецыяльнага прызначэння «ЗУБР»' },
              { name: 'Рэспубліканскі цэнтр сертыфікацыі і экспертызы' },
              { name: 'Рэспубліканскі цэнтр матэрыяльна-тэхнічнага забеспячэння' },
              { name: 'Спецыялізаваны ліцэй пры Універсітэце грамадзянскай абароны МНС' },
              { name: 'Дзяржаўная інспекцыя па маламерных суднах' },
            ],
          },
        ],
      },
      {
        id: 'territorial-departments',
        title: 'Тэрытарыяльныя ўпраўленні',
        groups: [
          {
            title: 'Абласныя (Мінскае гарадское) упраўленні МНС',
            items: [
              { name: 'Брэсцкае абласное ўпраўленне МНС', url: 'https://brest.mchs.gov.by/' },
              { name: 'Віцебскае абласное ўпраўленне МНС', url: 'https://vitebsk.mchs.gov.by/' },
              { name: 'Гомельскае абласное ўпраўленне МНС', url: 'https://gomel.mchs.gov.by/' },
              { name: 'Гродзенскае абласное ўпраўленне МНС', url: 'https://grodno.mchs.gov.by/' },
              { name: 'Мінскае гарадское ўпраўленне МНС', url: 'https://minsk.mchs.gov.by/' },
              { name: 'Мінскае абласное ўпраўленне МНС', url: 'https://minobl.mchs.gov.by/' },
              { name: 'Магілёўскае абласное ўпраўленне МНС', url: 'https://mogilev.mchs.gov.by/' },
            ],
          },
        ],
      },
    ],
  },
  ui: {
    sources: {
      source: 'Крыніца',
      translation: 'пераклад',
      library: 'пераказ',
    },
    page: {
      internationalCooperation: 'Міжнароднае супрацоўніцтва',
      generalInformation: 'Агульная інфармацыя',
    },
    nav: {
      close: 'Закрыць',
    },
    strategy: {
      strategyTimeline: 'Перыяд дзеяння стратэгіі',
      // After «з» the noun is genitive: «з 1 (21) года», «з 2 (22) гадоў», «з 5 (12) гадоў», «з 2,5 года».
      yearsOfTotal: {
        one: '{done} з {total} года',
        few: '{done} з {total} гадоў',
        many: '{done} з {total} гадоў',
        other: '{done} з {total} года',
      },
      notStarted: 'Яшчэ не пачаўся',
      completed: 'Завершаны',
      timelinePast: 'Мінулыя гады',
      timelineCurrent: 'Бягучы год',
      timelineFuture: 'Будучыя гады',
      asOf: 'па стане на {date}',
    },
    calendar: {
      nextHoliday: 'Бліжэйшае свята',
      today: 'Сёння',
      previousMonth: 'Папярэдні месяц',
      nextMonth: 'Наступны месяц',
      addToCalendar: 'Дадаць у каляндар',
      holiday: 'Свята',
      asOf: 'па стане на {date}',
    },
  },
};

// As this file runs, the library on the page gets its content (see ./register.ts).
registerContent(be);
