import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/structure-nav/mes-structure-nav.js';
import { jsonDataUrl } from './story-helpers.js';

interface Args {
  lang: string;
  'heading-level': number;
  open?: string;
  src?: string;
  content?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/mes-structure-nav',
  component: 'mes-structure-nav',
  args: { lang: 'en', 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['be', 'ru', 'en', 'ru-BY', 'fr'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    open: {
      control: 'inline-radio',
      options: ['', 'central-office', 'subordinate-units', 'territorial-departments'],
      description: 'The id of the open menu; empty for all closed',
    },
  },
  render: (args) =>
    html`<mes-structure-nav
      lang=${args.lang}
      heading-level=${args['heading-level']}
      open=${ifDefined(args.open || undefined)}
      src=${ifDefined(args.src)}
      .content=${args.content}
      @mes-menu-toggle=${(e: CustomEvent) => console.info('mes-menu-toggle', e.detail)}
    ></mes-structure-nav>`,
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Belarusian: Story = { args: { lang: 'be' } };

export const CentralOfficeOpen: Story = {
  name: 'Central office open',
  args: { open: 'central-office' },
};
export const SubordinateUnitsOpen: Story = {
  name: 'Subordinate units open (organisations under the ministry)',
  args: { open: 'subordinate-units' },
};
export const SubordinateUnitsOpenRussian: Story = {
  name: 'Subordinate units open, in Russian',
  args: { lang: 'ru', open: 'subordinate-units' },
};
export const TerritorialDepartmentsOpen: Story = {
  name: 'Territorial departments open (links to the regional sites)',
  args: { open: 'territorial-departments' },
};
export const TerritorialDepartmentsOpenBelarusian: Story = {
  name: 'Territorial departments open, in Belarusian',
  args: { lang: 'be', open: 'territorial-departments' },
};
export const HeadingLevel4: Story = {
  name: 'Heading level 4 (group headings h5)',
  args: { 'heading-level': 4, open: 'territorial-departments' },
};
export const UnknownLanguage: Story = {
  name: 'Unknown language (falls back to English)',
  args: { lang: 'fr' },
};
export const UnknownOpenId: Story = {
  name: 'Unknown open id (all closed, with a warning)',
  args: { open: 'no-such-menu' },
};

const partnerMenus = {
  title: 'Partner organisations',
  menus: [
    {
      id: 'rescue-services',
      title: 'Rescue services',
      groups: [
        {
          title: 'Neighbouring countries',
          items: [
            { name: 'Partner rescue service A', url: 'https://example.org/a' },
            { name: 'Partner rescue service B', url: 'https://example.org/b' },
          ],
        },
        {
          title: 'Contact',
          items: [{ name: 'Write to the international cooperation office', url: 'mailto:info@example.org' }],
        },
      ],
    },
    {
      id: 'training',
      title: 'Training centres',
      groups: [{ title: 'Centres', items: [{ name: 'A training centre without a site' }] }],
    },
  ],
};

export const OverriddenContent: Story = {
  name: 'Partner content (content property)',
  args: { content: partnerMenus, open: 'rescue-services' },
};
export const ContentFromJson: Story = {
  name: 'Partner content (src JSON)',
  args: {
    src: jsonDataUrl({
      en: partnerMenus,
      ru: { ...partnerMenus, title: 'Организации-партнеры' },
    }),
    open: 'training',
  },
};
export const BrokenSource: Story = {
  name: 'Broken src (built-in content stays)',
  args: { src: '/does-not-exist.json' },
};
export const UnsafeUrl: Story = {
  name: 'A javascript: URL is refused (the unit is shown as text)',
  args: {
    open: 'partner',
    content: {
      menus: [
        {
          id: 'partner',
          title: 'Partner menu',
          groups: [
            {
              title: 'Units',
              items: [
                { name: 'Refused link (javascript:)', url: 'javascript:alert(1)' },
                { name: 'Accepted link (https:)', url: 'https://example.org/' },
              ],
            },
          ],
        },
      ],
    },
  },
};
export const MarkupInContent: Story = {
  name: 'Markup in content is shown as text',
  args: {
    open: 'm',
    content: {
      title: '<b>Not bold</b>',
      menus: [
        {
          id: 'm',
          title: '<i>Not italic</i>',
          groups: [{ title: '<u>x</u>', items: [{ name: '<img src=x onerror=alert(1)>' }] }],
        },
      ],
    },
  },
};
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  args: { open: 'central-office', lang: 'be' },
  decorators: [(story) => html`<div class="story-narrow">${story()}</div>`],
};
export const DarkScheme: Story = {
  name: 'Dark colour scheme',
  args: { open: 'territorial-departments' },
  decorators: [(story) => html`<div class="story-dark">${story()}</div>`],
};
export const DarkNarrow: Story = {
  name: 'Dark colour scheme, narrow column',
  args: { open: 'territorial-departments', lang: 'ru' },
  decorators: [(story) => html`<div class="story-dark"><div class="story-narrow">${story()}</div></div>`],
};
