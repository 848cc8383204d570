import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/priorities/mes-priorities.js';
import { jsonDataUrl } from './story-helpers.js';

interface Args {
  lang: string;
  'heading-level': number;
  src?: string;
  content?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/mes-priorities',
  component: 'mes-priorities',
  args: { lang: 'en', 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['be', 'ru', 'en', 'ru-BY', 'fr'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<mes-priorities
      lang=${args.lang}
      heading-level=${args['heading-level']}
      src=${ifDefined(args.src)}
      .content=${args.content}
    ></mes-priorities>`,
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Belarusian: Story = { args: { lang: 'be' } };
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { 'heading-level': 4 } };
export const UnknownLanguage: Story = {
  name: 'Unknown language (falls back to English)',
  args: { lang: 'fr' },
};
export const OverriddenContent: Story = {
  name: 'Partner content (content property)',
  args: {
    content: {
      title: 'Priorities of our partnership',
      items: ['joint training of rescuers;', 'exchange of equipment and expertise.'],
    },
  },
};
export const ContentFromJson: Story = {
  name: 'Partner content (src JSON)',
  args: {
    src: jsonDataUrl({
      en: { title: 'Loaded from JSON', items: ['first item from a JSON file;', 'second item.'] },
      ru: { title: 'Загружено из JSON', items: ['первый пункт из файла JSON;', 'второй пункт.'] },
    }),
  },
};
export const BrokenSource: Story = {
  name: 'Broken src (built-in content stays)',
  args: { src: '/does-not-exist.json' },
};
export const MarkupInContent: Story = {
  name: 'Markup in content is shown as text',
  args: { content: { title: '<b>Not bold</b>', items: ['<img src=x onerror=alert(1)>'] } },
};
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  decorators: [(story) => html`<div class="story-narrow">${story()}</div>`],
};
export const DarkScheme: Story = {
  name: 'Dark colour scheme',
  decorators: [(story) => html`<div class="story-dark">${story()}</div>`],
};
