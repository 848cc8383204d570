import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/cooperation-activities/mes-cooperation-activities.js';
import { jsonDataUrl } from './story-helpers.js';

interface Args {
  lang: string;
  'heading-level': number | string;
  src?: string;
  content?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/mes-cooperation-activities',
  component: 'mes-cooperation-activities',
  args: { lang: 'en', 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['be', 'ru', 'en', 'ru-BY', 'fr'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<mes-cooperation-activities
      lang=${args.lang}
      heading-level=${args['heading-level']}
      src=${ifDefined(args.src)}
      .content=${args.content}
    ></mes-cooperation-activities>`,
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Belarusian: Story = { args: { lang: 'be' } };
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { 'heading-level': 4 } };
export const BadHeadingLevel: Story = {
  name: 'Invalid heading level (falls back to 2, with a warning)',
  args: { 'heading-level': 'seven' },
};
export const UnknownLanguage: Story = {
  name: 'Unknown language (falls back to English)',
  args: { lang: 'fr' },
};
export const OverriddenContent: Story = {
  name: 'Partner content (content property)',
  args: {
    content: {
      title: 'Our joint activities',
      lead: 'Our cooperation with the MES is aimed at:',
      items: ['joint exercises of rescue teams;', 'exchange of experts and equipment;', 'training of volunteers.'],
    },
  },
};
export const ContentFromJson: Story = {
  name: 'Partner content (src JSON)',
  args: {
    src: jsonDataUrl({
      en: { title: 'Loaded from JSON', items: ['first activity from a JSON file;', 'second activity.'] },
      ru: { title: 'Загружено из JSON', items: ['первое направление из файла JSON;', 'второе направление.'] },
      be: { title: 'Загружана з JSON', items: ['першы кірунак з файла JSON;', 'другі кірунак.'] },
    }),
  },
};
export const BrokenSource: Story = {
  name: 'Broken src (built-in content stays)',
  args: { src: '/does-not-exist.json' },
};
export const WrongShape: Story = {
  name: 'Wrongly shaped content (refused, reported)',
  args: { content: { items: 'not a list', titel: 'typo' } },
};
export const MarkupInContent: Story = {
  name: 'Markup in content is shown as text',
  args: {
    content: {
      title: '<b>Not bold</b>',
      items: ['<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">not a link</a>'],
    },
  },
};
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  decorators: [(story) => html`<div class="story-narrow">${story()}</div>`],
};
export const DarkScheme: Story = {
  name: 'Dark colour scheme',
  args: { lang: 'ru' },
  decorators: [(story) => html`<div class="story-dark">${story()}</div>`],
};
