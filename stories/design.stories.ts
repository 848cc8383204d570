/**
 * "Design": the library's visual language, drawn with the library's own shared styles (src/core/styles.ts), so
 * that what this page shows is what every element uses: the type scale, the spacing scale, the colours and what they
 * are for, the focus indicator, the section style and the space below each element.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import '../src/index.js';
import { baseStyles } from '../src/core/styles.js';

const LEVELS = [1, 2, 3, 4, 5, 6] as const;
const STEPS = [
  ['--_s1', '0.25 unit', '4 px', 'between a marker and its label; inside small controls'],
  ['--_s2', '0.5 unit', '8 px', 'between the items of a list; between buttons'],
  ['--_s3', '0.75 unit', '12 px', 'below a heading; inside controls'],
  ['--_s4', '1 unit', '16 px', 'below a paragraph; inside panels'],
  ['--_s5', '1.5 units', '24 px', 'above an inner heading'],
  ['--_s6', '2 units', '32 px', 'between sections; below every element (--mes-margin-block-end)'],
] as const;
const COLOURS = [
  ['--_accent', '--mes-accent', 'links, buttons, rules'],
  [
    '--_accent-text',
    '--mes-accent-text',
    'text in the accent colour (drawn towards the text colour: legible on any page)',
  ],
  [
    '--_mark',
    '--mes-mark-color',
    'graphics that carry meaning: markers, filled years, today, holidays (≥ 3:1 against the page)',
  ],
  ['--_border', '--mes-border-color', 'rules and outlines that only separate'],
  ['--_focus', '--mes-focus-color', 'the focus indicator, with a bar in --mes-focus-text-color'],
] as const;

class DesignSheet extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        --_max-width: 60rem;
      }
      table {
        border-collapse: collapse;
        margin-block-end: var(--_s6);
      }
      th {
        white-space: nowrap;
      }
      th,
      td {
        text-align: start;
        vertical-align: middle;
        padding: var(--_s2) var(--_s4) var(--_s2) 0;
        border-block-end: 1px solid var(--_border);
      }
      .specimen {
        margin: 0;
      }
      .bar {
        height: 1rem;
        background: var(--_mark);
      }
      .swatch {
        width: 3rem;
        height: 2rem;
        border: 1px solid var(--_border);
      }
      .focus {
        display: inline-block;
        padding: var(--_s1) var(--_s2);
        outline: 3px solid var(--_focus);
        box-shadow: 0 0 0 5px var(--_focus-text);
      }
      .s1 { width: var(--_s1); } .s2 { width: var(--_s2); } .s3 { width: var(--_s3); }
      .s4 { width: var(--_s4); } .s5 { width: var(--_s5); } .s6 { width: var(--_s6); }
      .accent { background: var(--_accent); } .accent-text { background: var(--_accent-text); }
      .mark { background: var(--_mark); }
      .border { background: var(--_border); } .focus-swatch { background: var(--_focus); }
    `,
  ];

  private size(level: number) {
    const h = this.renderRoot.querySelector(`h${level}`);
    return h ? `${Math.round(Number.parseFloat(getComputedStyle(h).fontSize) * 10) / 10} px` : '';
  }

  protected override firstUpdated() {
    // The sizes are read from the headings as drawn, so the table says what this page's font size gives.
    this.requestUpdate();
  }

  protected override render() {
    const swatch = ['accent', 'accent-text', 'mark', 'border', 'focus-swatch'];
    return html`
      <h2 class="heading">Type scale</h2>
      <p>
        Every heading is a real <code>&lt;h1&gt;</code>…<code>&lt;h6&gt;</code> at the level the page asks for
        (<code>heading-level</code>), and its size comes from its level alone, the same in every element: the sizes step
        down with the level. Sizes are in em of the page's text, so they follow the portal's font size; h1 and h2 are a
        little smaller on narrow screens. Body text is the page's own size (16 px or more when the root is 16 px); no
        text is smaller than 0.875em (14 px). GOV.UK Frontend's scale (48/36/24/19 px) was the reference; the
        <code>govuk.css</code> adapter sets it exactly.
      </p>
      <table>
        <thead><tr><th>Level</th><th>Property</th><th>Default</th><th>Here</th><th>Specimen</th></tr></thead>
        <tbody>
          ${LEVELS.map(
            (level) => html`<tr>
              <td>h${level}</td>
              <td><code>--mes-heading-${level}-size</code></td>
              <td>${['1.75–2.25em', '1.375–1.5em', '1.25em', '1.125em', '1.0625em', '1em'][level - 1]}</td>
              <td>${this.size(level)}</td>
              <td>${specimen(level)}</td>
            </tr>`,
          )}
        </tbody>
      </table>

      <h2 class="heading">Spacing scale</h2>
      <p>
        One unit, <code>--mes-space</code> (1rem), and six steps of it. Every margin, gap and padding in every element is
        one of them.
      </p>
      <table>
        <thead><tr><th>Step</th><th>Size</th><th>At 1rem</th><th></th><th>Used for</th></tr></thead>
        <tbody>
          ${STEPS.map(
            ([name, size, at, use], i) => html`<tr>
              <td><code>${name}</code></td><td>${size}</td><td>${at}</td>
              <td><div class="bar s${i + 1}"></div></td><td>${use}</td>
            </tr>`,
          )}
        </tbody>
      </table>

      <h2 class="heading">One section style</h2>
      <p>
        A section is marked by its heading, nothing else: no cards, side bars or thick rules. In
        <code>&lt;mes-international-cooperation&gt;</code> one thin rule and two units of space separate a section from
        the next. A box is drawn only where it means something: the calendar's month (a widget you operate) and an open
        menu's panel.
      </p>
      <p>
        Every element keeps two units of space below itself (<code>--mes-margin-block-end</code>; <code>0</code> removes
        it), so the portal's next heading never touches it.
      </p>

      <h2 class="heading">Colours</h2>
      <p>
        Colours follow the page's <code>color-scheme</code>. Text in the accent colour and the graphics that carry
        meaning are drawn towards the page's own text colour, so they keep their contrast (4.5:1 for text, 3:1 for
        graphics) on a light page, a dark page, and a dark page that does not declare <code>color-scheme</code>. In forced
        colours the system colours are used; in print, black on white.
      </p>
      <table>
        <thead><tr><th></th><th>Token</th><th>Property</th><th>For</th></tr></thead>
        <tbody>
          ${COLOURS.map(
            ([token, property, use], i) => html`<tr>
              <td><div class="swatch ${swatch[i]}"></div></td>
              <td><code>${token}</code></td><td><code>${property}</code></td><td>${use}</td>
            </tr>`,
          )}
        </tbody>
      </table>

      <h2 class="heading">Focus</h2>
      <p>
        Keyboard focus is one indicator everywhere, GOV.UK's: a yellow band with a black bar (links turn yellow with a
        black underline). It never looks like a state such as the calendar's "today" or an open menu.
        <span class="focus">Focused</span>
      </p>

      <h2 class="heading">Fonts</h2>
      <p>
        The elements inherit the page's font; <code>--mes-font-family</code> overrides it, and
        <code>--mes-heading-font</code> the headings'. Where the host sets its font per class rather than on
        <code>body</code> (GOV.UK Frontend), set <code>--mes-font-family</code> or link the host's adapter
        (<code>dist/themes/govuk.css</code>).
      </p>
    `;
  }
}

function specimen(level: number) {
  const text = 'Міжнароднае супрацоўніцтва · International cooperation';
  switch (level) {
    case 1:
      return html`<h1 class="heading specimen">${text}</h1>`;
    case 2:
      return html`<h2 class="heading specimen">${text}</h2>`;
    case 3:
      return html`<h3 class="heading specimen">${text}</h3>`;
    case 4:
      return html`<h4 class="heading specimen">${text}</h4>`;
    case 5:
      return html`<h5 class="heading specimen">${text}</h5>`;
    default:
      return html`<h6 class="heading specimen">${text}</h6>`;
  }
}

if (!customElements.get('mes-story-design')) customElements.define('mes-story-design', DesignSheet);

const meta: Meta = {
  title: 'Design',
  parameters: { layout: 'padded' },
};
export default meta;

export const VisualLanguage: StoryObj = {
  name: 'The visual language',
  // The sheet inherits the page's font, as the elements do; the catalogue's page has none of its own.
  render: () => html`<div style="font-family: system-ui, sans-serif"><mes-story-design></mes-story-design></div>`,
};

export const SectionsSideBySide: StoryObj = {
  name: 'Every element, side by side',
  render: () =>
    html`<div style="font-family: system-ui, sans-serif">
      <mes-international-cooperation heading-level="1"></mes-international-cooperation>
      <mes-structure-nav></mes-structure-nav>
    </div>`,
};
