import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/strategy-goals/mes-strategy-goals.js';
import { jsonDataUrl } from './story-helpers.js';

interface Args {
  lang: string;
  'heading-level': number | string;
  today?: string;
  'time-zone'?: string;
  src?: string;
  content?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/mes-strategy-goals',
  component: 'mes-strategy-goals',
  // A fixed day keeps the stories (and their screenshots) the same from year to year; clear it to see today in Minsk.
  args: { lang: 'en', 'heading-level': 2, today: '2026-11-25' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['be', 'ru', 'en', 'be-BY', 'fr'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    today: { control: 'text' },
    'time-zone': { control: 'text' },
  },
  render: (args) =>
    html`<mes-strategy-goals
      lang=${args.lang}
      heading-level=${args['heading-level']}
      today=${ifDefined(args.today)}
      time-zone=${ifDefined(args['time-zone'])}
      src=${ifDefined(args.src)}
      .content=${args.content}
    ></mes-strategy-goals>`,
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = { name: 'English (2026: 8 of 12 years)' };
export const Russian: Story = { args: { lang: 'ru' } };
export const Belarusian: Story = { args: { lang: 'be' } };
export const TodayInMinsk: Story = { name: 'Today in Minsk (no today attribute)', args: { today: undefined } };
export const BeforeThePeriod: Story = {
  name: 'Before the period (31 December 2018)',
  args: { today: '2018-12-31', lang: 'ru' },
};
export const FirstDay: Story = { name: 'First day (1 January 2019)', args: { today: '2019-01-01' } };
export const LastDay: Story = { name: 'Last day (31 December 2030)', args: { today: '2030-12-31', lang: 'be' } };
export const AfterTheEnd: Story = { name: 'After the end (1 January 2031)', args: { today: '2031-01-01' } };
export const TodayInAnotherZone: Story = {
  name: 'Today in another time zone (time-zone="Pacific/Kiritimati"; turns over at its midnight)',
  args: { today: undefined, 'time-zone': 'Pacific/Kiritimati' },
};
export const UnknownZone: Story = {
  name: 'Unknown time zone (warning; Minsk is used)',
  args: { today: undefined, 'time-zone': 'Mars/Olympus' },
};
export const BadToday: Story = {
  name: 'Invalid today (warning; today in Minsk is used)',
  args: { today: '2026-02-30' },
};
export const NotADate: Story = {
  name: 'today="tomorrow" (warning; today in Minsk is used)',
  args: { today: 'tomorrow' },
};
export const HeadingLevel4: Story = { name: 'Heading level 4 (name at level 5)', args: { 'heading-level': 4 } };
export const BadHeadingLevel: Story = {
  name: 'Invalid heading level (falls back to 2, with a warning)',
  args: { 'heading-level': '9' },
};
export const UnknownLanguage: Story = { name: 'Unknown language (falls back to English)', args: { lang: 'fr' } };
export const OverriddenContent: Story = {
  name: 'Partner content (content property, own period)',
  args: {
    today: '2027-03-01',
    content: {
      name: 'Regional Programme for Civil Protection 2026–2030',
      startYear: 2026,
      endYear: 2030,
      lead: 'The programme aims at:',
      items: ['training of rescuers;', 'modern equipment for fire brigades.'],
      links: [{ label: 'Programme text', url: 'https://example.org/programme' }],
    },
  },
};
export const ContentFromJson: Story = {
  name: 'Partner content (src JSON)',
  args: {
    src: jsonDataUrl({
      en: { name: 'Loaded from JSON', items: ['first objective from a JSON file;', 'second objective.'] },
      ru: { name: 'Загружено из JSON', items: ['первая задача из файла JSON;', 'вторая задача.'] },
      be: { name: 'Загружана з JSON', items: ['першая задача з файла JSON;', 'другая задача.'] },
    }),
  },
};
export const EndBeforeStart: Story = {
  name: 'End year before start year (reported; built-in period kept)',
  args: { content: { startYear: 2030, endYear: 2020 } },
};
export const UnsafeLink: Story = {
  name: 'Unsafe link (refused; only safe links shown)',
  args: {
    content: {
      links: [
        { label: 'javascript: link (refused)', url: 'javascript:alert(1)' },
        { label: 'A safe partner link', url: 'https://example.org/' },
      ],
    },
  },
};
export const BrokenSource: Story = {
  name: 'Broken src (built-in content stays)',
  args: { src: '/does-not-exist.json' },
};
export const MarkupInContent: Story = {
  name: 'Markup in content is shown as text',
  args: {
    content: { name: '<b>Not bold</b>', items: ['<img src=x onerror=alert(1)>'], paragraphs: ['<i>Not italic</i>'] },
  },
};
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  args: { lang: 'ru', today: '2020-05-01' },
  decorators: [(story) => html`<div class="story-narrow">${story()}</div>`],
};
export const DarkScheme: Story = {
  name: 'Dark colour scheme',
  args: { lang: 'be' },
  decorators: [(story) => html`<div class="story-dark">${story()}</div>`],
};
