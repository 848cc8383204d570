import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/holiday-calendar/mes-holiday-calendar.js';
import { jsonDataUrl } from './story-helpers.js';

interface Args {
  lang: string;
  'heading-level': number;
  today?: string;
  'time-zone'?: string;
  src?: string;
  content?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/mes-holiday-calendar',
  component: 'mes-holiday-calendar',
  // A fixed date, so that every story looks the same whatever day it is opened on.
  args: { lang: 'en', 'heading-level': 2, today: '2026-05-31' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['be', 'ru', 'en', 'ru-BY', 'fr'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    today: { control: 'text', description: 'YYYY-MM-DD; empty for the real date in the time zone' },
    'time-zone': { control: 'text', description: 'IANA zone, default Europe/Minsk' },
  },
  render: (args) =>
    html`<mes-holiday-calendar
      lang=${args.lang}
      heading-level=${args['heading-level']}
      today=${ifDefined(args.today || undefined)}
      time-zone=${ifDefined(args['time-zone'] || undefined)}
      src=${ifDefined(args.src)}
      .content=${args.content}
      @mes-holiday-select=${(e: CustomEvent) => console.info('mes-holiday-select', e.detail)}
    ></mes-holiday-calendar>`,
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Belarusian: Story = { args: { lang: 'be' } };

export const OnRescuersDay: Story = {
  name: 'On a holiday (19 January 2026)',
  args: { today: '2026-01-19' },
};
export const DayBeforeFireServiceDay: Story = {
  name: 'The day before a holiday (24 July 2026)',
  args: { today: '2026-07-24', lang: 'be' },
};
export const TurnOfTheYear: Story = {
  name: 'Turn of the year (31 December 2026)',
  args: { today: '2026-12-31', lang: 'ru' },
};
export const LiveDate: Story = {
  name: 'Live date (today in Europe/Minsk)',
  args: { today: '' },
};
export const OtherTimeZone: Story = {
  name: 'Live date in another zone (Pacific/Kiritimati)',
  args: { today: '', 'time-zone': 'Pacific/Kiritimati' },
};
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { 'heading-level': 4 } };

const partnerItems = {
  en: {
    extend: true,
    items: [
      { month: 3, day: 1, name: 'Civil Defence Day', description: 'World Civil Defence Day, kept with our partners.' },
      { month: 2, day: 29, name: 'Leap-day drill', description: 'A joint exercise, held only in leap years.' },
    ],
  },
  ru: {
    extend: true,
    items: [
      { month: 3, day: 1, name: 'Всемирный день гражданской обороны', description: 'Отмечаем вместе с партнёрами.' },
      {
        month: 2,
        day: 29,
        name: 'Учения високосного года',
        description: 'Совместные учения, только в високосные годы.',
      },
    ],
  },
  be: {
    extend: true,
    items: [
      { month: 3, day: 1, name: 'Сусветны дзень грамадзянскай абароны', description: 'Адзначаем разам з партнёрамі.' },
      {
        month: 2,
        day: 29,
        name: 'Вучэнні высакоснага года',
        description: 'Сумесныя вучэнні, толькі ў высакосныя гады.',
      },
    ],
  },
};

export const PartnerHolidays: Story = {
  name: 'Partner holidays added ("extend": true)',
  args: { today: '2028-02-20', content: partnerItems },
};
export const PartnerHolidaysReplace: Story = {
  name: 'Partner holidays replacing the built-in ones',
  args: { content: { title: 'Our holidays:', items: [{ month: 9, day: 1, name: 'Knowledge Day' }] } },
};
export const PartnerFromJson: Story = {
  name: 'Partner holidays from src JSON',
  args: { src: jsonDataUrl(partnerItems) },
};
export const ImpossibleDates: Story = {
  name: 'Bad content: impossible dates are reported and skipped',
  args: {
    content: {
      extend: true,
      items: [
        { month: 2, day: 31, name: '31 February (skipped)' },
        { month: 13, day: 1, name: 'Month 13 (skipped)' },
        { month: 4, day: 0, name: 'Day 0 (skipped)' },
        { month: 2, day: 29, name: 'Leap Day (kept: shown in leap years)' },
      ],
    },
  },
};
export const BrokenSource: Story = {
  name: 'Broken src (built-in holidays stay)',
  args: { src: '/does-not-exist.json' },
};
export const BadToday: Story = {
  name: 'Bad today (warns, uses the date in Europe/Minsk)',
  args: { today: '2026-02-31' },
};
export const BadTimeZone: Story = {
  name: 'Bad time-zone (warns, uses Europe/Minsk)',
  args: { today: '', 'time-zone': 'Mars/Olympus' },
};
export const MarkupInContent: Story = {
  name: 'Markup in content is shown as text',
  args: {
    content: { extend: true, items: [{ month: 6, day: 1, name: '<b>Not bold</b><img src=x onerror=alert(1)>' }] },
  },
};
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  args: { lang: 'ru', today: '2026-07-24' },
  decorators: [(story) => html`<div class="story-narrow">${story()}</div>`],
};
export const DarkScheme: Story = {
  name: 'Dark colour scheme',
  args: { lang: 'be', today: '2026-01-19' },
  decorators: [(story) => html`<div class="story-dark">${story()}</div>`],
};
