import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/international-cooperation/mes-international-cooperation.js';
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
  title: 'Elements/mes-international-cooperation',
  component: 'mes-international-cooperation',
  args: { lang: 'en', 'heading-level': 1, today: '2026-11-25' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['be', 'ru', 'en', 'be-BY', 'fr'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    today: { control: 'text' },
    'time-zone': { control: 'text' },
  },
  render: (args) =>
    html`<mes-international-cooperation
      lang=${args.lang}
      heading-level=${args['heading-level']}
      today=${ifDefined(args.today)}
      time-zone=${ifDefined(args['time-zone'])}
      src=${ifDefined(args.src)}
      .content=${args.content}
    ></mes-international-cooperation>`,
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Belarusian: Story = { args: { lang: 'be' } };
export const UnderAPageHeading: Story = {
  name: 'Inside a portal page (heading level 2)',
  args: { 'heading-level': 2 },
  decorators: [
    (story) => html`<h1>Portal of the Republic of Belarus</h1>
      ${story()}`,
  ],
};
export const OnRescuersDay: Story = { name: "On Rescuer's Day (19 January)", args: { today: '2026-01-19' } };
export const PartnerContent: Story = {
  name: 'Partner content',
  args: {
    content: {
      title: 'Cooperation with our partners',
      priorities: { items: ['joint exercises of rescue teams;', 'exchange of experts.'] },
    },
  },
};
export const PartnerJson: Story = {
  name: 'Partner content from JSON (src)',
  args: {
    src: jsonDataUrl({ ru: { title: 'Сотрудничество с партнерами' }, en: { title: 'Cooperation with partners' } }),
  },
};
export const BrokenSource: Story = { name: 'Broken src (built-in content stays)', args: { src: '/missing.json' } };
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  decorators: [(story) => html`<div class="story-narrow">${story()}</div>`],
};
export const DarkScheme: Story = {
  name: 'Dark colour scheme',
  args: { lang: 'be' },
  decorators: [(story) => html`<div class="story-dark">${story()}</div>`],
};
