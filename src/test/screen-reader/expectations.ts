/**
 * What a screen reader should be given by each interactive element, per language, step by step: a script a reviewer
 * can read. Each line is `role, name, states` (see lines.ts); indentation is nesting. The names come from the
 * content (so that the script follows the content when it changes); only the words that `Intl` writes for dates are
 * spelled out here, per language.
 *
 * The day is fixed: 23 July 2026, a Thursday, two days before Fire Service Day (25 July).
 */
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Content, Lang, StructureMenuContent } from '../../content/types.js';
import { unitHref } from '../../components/structure-nav/structure.js';

export const TODAY = '2026-07-23';
export const FIRE_SERVICE_DAY = '2026-07-25';

export const CONTENT: Record<Lang, Content> = { en, ru, be };

/** The words `Intl` gives the calendar for the fixed day, per language. */
interface DateWords {
  july: string;
  august: string;
  weekdays: readonly string[];
  /** 23 July 2026 (today), in full. */
  today: string;
  /** 25 July 2026 (Fire Service Day), in full. */
  fireServiceDay: string;
}

export const DATE_WORDS: Record<Lang, DateWords> = {
  en: {
    july: 'July 2026',
    august: 'August 2026',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    today: 'Thursday, July 23, 2026',
    fireServiceDay: 'Saturday, July 25, 2026',
  },
  ru: {
    july: 'Июль 2026',
    august: 'Август 2026',
    weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
    today: 'четверг, 23 июля 2026 г.',
    fireServiceDay: 'суббота, 25 июля 2026 г.',
  },
  be: {
    july: 'Ліпень 2026',
    august: 'Жнівень 2026',
    weekdays: ['панядзелак', 'аўторак', 'серада', 'чацвер', 'пятніца', 'субота', 'нядзеля'],
    today: 'чацвер, 23 ліпеня 2026 г.',
    fireServiceDay: 'субота, 25 ліпеня 2026 г.',
  },
};

/** One step of a script: what was done, and what the screen reader is then given. */
export interface Step {
  step: string;
  lines: string[];
}

const holidayOn = (c: Content, month: number, day: number) =>
  c.holidays.items
    .filter((h) => h.month === month && h.day === day)
    .map((h) => h.name)
    .join(', ');

/** The month view of the calendar, below its list and download link. */
function monthView(c: Content, w: DateWords, state: 'opened' | 'selected' | 'august', depth = 0): string[] {
  const ui = c.ui.calendar;
  const pad = '  '.repeat(depth);
  const month = state === 'august' ? w.august : w.july;
  const cells =
    state === 'august'
      ? ['  … 31 other days, 11 blank cells']
      : [
          `  gridcell, ${w.today}, current date`,
          `  gridcell, ${w.fireServiceDay} — ${holidayOn(c, 7, 25)}${state === 'selected' ? ', selected, focused' : ''}`,
          '  … 29 other days, 4 blank cells',
        ];
  return [
    `button, ${ui.previousMonth}`,
    `heading, ${month}, level 3`,
    `button, ${ui.nextMonth}${state === 'august' ? ', focused' : ''}`,
    `grid, ${month}`,
    ...w.weekdays.map((d) => `  columnheader, ${d}`),
    ...cells,
  ].map((l) => pad + l);
}

/** `<mes-holiday-calendar today="2026-07-23">`. */
export function calendarScript(lang: Lang): Step[] {
  const c = CONTENT[lang];
  const w = DATE_WORDS[lang];
  const top = [`heading, ${c.holidays.title}, level 2`, `link, ${c.ui.calendar.addToCalendar}`];
  return [
    { step: 'as it opens', lines: [...top, ...monthView(c, w, 'opened')] },
    {
      step: 'focus in the grid (on today), ArrowRight twice, Enter: Fire Service Day chosen',
      lines: [...top, ...monthView(c, w, 'selected')],
    },
    { step: 'focus on the Next month button, Enter', lines: [...top, ...monthView(c, w, 'august')] },
  ];
}

const controls = (menu: StructureMenuContent) => `controls group “${menu.title}”`;

/** `<mes-structure-nav>`: its menu buttons, closed, with the first and the last open, and after Escape. */
export function navScript(lang: Lang): Step[] {
  const c = CONTENT[lang];
  const s = c.structure;
  // A closed menu's panel is hidden, so it is not in the accessibility tree: nothing to say it controls.
  const closedButton = (m: StructureMenuContent) => `  button, ${m.title}, collapsed`;
  const openMenu = (open: StructureMenuContent) =>
    s.menus.flatMap((m) =>
      m !== open
        ? [closedButton(m)]
        : [
            `  button, ${m.title}, expanded, focused, ${controls(m)}`,
            `  group, ${m.title}`,
            ...m.groups.flatMap((g) => [
              // A menu that is one list has no group heading.
              ...(g.title === undefined ? [] : [`    heading, ${g.title}, level 3`]),
              ...g.items.filter((u) => unitHref(u) !== undefined).map((u) => `    link, ${u.name}`),
            ]),
            `    button, ${c.ui.nav.close}`,
          ],
    );
  const head = [`heading, ${s.title}, level 2`, `navigation, ${s.title}`];
  const first = s.menus[0]!;
  const last = s.menus[s.menus.length - 1]!;
  return [
    { step: 'as it opens: every menu closed', lines: [...head, ...s.menus.map(closedButton)] },
    { step: `“${first.title}” pressed`, lines: [...head, ...openMenu(first)] },
    { step: `“${last.title}” pressed`, lines: [...head, ...openMenu(last)] },
    {
      step: 'Escape pressed',
      lines: [
        ...head,
        ...s.menus.map((m) => (m === last ? `  button, ${m.title}, collapsed, focused` : closedButton(m))),
      ],
    },
  ];
}

/**
 * `<mes-international-cooperation today="2026-07-23">`: the parts one can operate (links, buttons, the grid), in
 * reading order: the strategy's links, then the holiday calendar's download, month buttons and grid.
 */
export function pageScript(lang: Lang): Step[] {
  const c = CONTENT[lang];
  const w = DATE_WORDS[lang];
  return [
    {
      step: 'as it opens',
      lines: [
        ...c.strategy.links.map((l) => `link, ${l.label}`),
        `link, ${c.ui.calendar.addToCalendar}`,
        ...monthView(c, w, 'opened').filter((l) => !l.startsWith('heading')),
      ],
    },
  ];
}

/** The roles the page's script lists: what can be operated. */
export const PAGE_ROLES = ['link', 'button', 'grid', 'columnheader', 'gridcell'];
