/**
 * "Host adapters": the page element and the structure menu inside a page styled with another design system's real
 * stylesheet (GOV.UK Frontend 6, USWDS 3, Bootstrap 5.3), with the library's adapter for it, `themes/<host>.css`,
 * linked after it: the elements take the host's font, link and focus colours, heading sizes and spacing.
 * `adapter: false` shows the same page without it (in GOV.UK: the browser's default serif font).
 *
 * A host's stylesheet styles the whole document (`body`, `h1`…), so each story adds it to the preview's `<head>`
 * while it is shown and takes it away afterwards; the stories have no docs page, which would show them together.
 * Stories may use inline styles; the library does not.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import '../src/index.js';

type Host = 'govuk' | 'uswds' | 'bootstrap';

/**
 * The hosts' real stylesheets and the adapters, as the catalogue serves them unchanged (`staticDirs` in
 * .storybook/main.ts): a bundler would rewrite them, and GOV.UK Frontend's does not survive its minifier.
 */
const SHEETS: Record<Host, { host: string; adapter: string }> = {
  govuk: { host: 'hosts/govuk/govuk-frontend.min.css', adapter: 'themes/govuk.css' },
  uswds: { host: 'hosts/uswds/css/uswds.min.css', adapter: 'themes/uswds.css' },
  bootstrap: { host: 'hosts/bootstrap/bootstrap.min.css', adapter: 'themes/bootstrap.css' },
};

/** Classes a host puts on `<html>` and `<body>` (GOV.UK Frontend's template). */
const DOCUMENT_CLASSES: Record<Host, { html: string[]; body: string[] }> = {
  govuk: { html: ['govuk-template'], body: ['govuk-template__body', 'govuk-frontend-supported'] },
  uswds: { html: [], body: [] },
  bootstrap: { html: [], body: [] },
};

/**
 * A page of a partner's portal built with a host's design system: its stylesheet (and the adapter) are in the
 * document's `<head>` while the page is connected. Rendered in light DOM, so that the host's stylesheet reaches it;
 * the elements take their language from its `lang`.
 */
class HostPage extends LitElement {
  static override properties = {
    host: { type: String },
    adapter: { type: Boolean },
    dark: { type: Boolean },
  };

  host: Host = 'govuk';
  adapter = true;
  dark = false;
  private links: HTMLLinkElement[] = [];

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.style.display = 'block';
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.unlink();
  }

  protected override willUpdate() {
    this.unlink();
    const { host, adapter } = SHEETS[this.host];
    for (const href of this.adapter ? [host, adapter] : [host]) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.append(link);
      this.links.push(link);
    }
    const classes = DOCUMENT_CLASSES[this.host];
    document.documentElement.classList.add(...classes.html);
    document.body.classList.add(...classes.body);
  }

  private unlink() {
    for (const link of this.links) link.remove();
    this.links = [];
    for (const c of Object.values(DOCUMENT_CLASSES)) {
      document.documentElement.classList.remove(...c.html);
      document.body.classList.remove(...c.body);
    }
  }

  private elements(): TemplateResult {
    return html`<mes-international-cooperation today="2026-12-04"></mes-international-cooperation>
      <mes-structure-nav></mes-structure-nav>`;
  }

  protected override render() {
    switch (this.host) {
      case 'govuk':
        return html`<div>
          <header class="govuk-header">
            <div class="govuk-header__container govuk-width-container">
              <a href="#" class="govuk-header__link govuk-header__service-name">A partner portal</a>
            </div>
          </header>
          <div class="govuk-width-container">
            <main class="govuk-main-wrapper">
              <h1 class="govuk-heading-xl">International cooperation</h1>
              <p class="govuk-body">A page of a partner's portal built with GOV.UK Frontend.</p>
              ${this.elements()}
            </main>
          </div>
        </div>`;
      case 'uswds':
        return html`<div>
          <header class="usa-header usa-header--basic">
            <div class="usa-nav-container">
              <div class="usa-navbar">
                <div class="usa-logo"><em class="usa-logo__text"><a href="#">A partner portal</a></em></div>
              </div>
            </div>
          </header>
          <main class="usa-section">
            <div class="grid-container usa-prose">
              <h1>International cooperation</h1>
              <p class="usa-intro">A page of a partner's portal built with the U.S. Web Design System.</p>
              ${this.elements()}
            </div>
          </main>
        </div>`;
      case 'bootstrap':
        return html`<div
          data-bs-theme=${this.dark ? 'dark' : 'light'}
          class="bg-body text-body"
          style="min-height: 100vh"
        >
          <header class="navbar bg-body-tertiary">
            <div class="container"><a class="navbar-brand" href="#">A partner portal</a></div>
          </header>
          <main class="container py-4">
            <h1 class="display-5">International cooperation</h1>
            <p class="lead">A page of a partner's portal built with Bootstrap.</p>
            ${this.elements()}
          </main>
        </div>`;
      default:
        return nothing;
    }
  }
}
if (!customElements.get('mes-story-host-page')) customElements.define('mes-story-host-page', HostPage);

interface Args {
  lang: string;
  adapter: boolean;
}

const meta: Meta<Args> = {
  title: 'Guides/Host adapters',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  args: { lang: 'en', adapter: true },
  argTypes: {
    lang: { control: 'inline-radio', options: ['be', 'ru', 'en'] },
    adapter: { control: 'boolean', description: 'Link the adapter, themes/<host>.css, after the host’s stylesheet' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** GOV.UK Frontend 6 with `themes/govuk.css`: GDS Transport (arial where it is not served), GOV.UK's blue links, yellow focus, heading sizes and 5 px spacing points. */
export const GovUk: Story = {
  name: 'GOV.UK Frontend',
  render: (args) =>
    html`<mes-story-host-page host="govuk" lang=${args.lang} ?adapter=${args.adapter}></mes-story-host-page>`,
};

/** USWDS 3 with `themes/uswds.css`: Source Sans Pro text, Merriweather headings, #005ea2 links, the blue focus outline. */
export const Uswds: Story = {
  name: 'U.S. Web Design System',
  render: (args) =>
    html`<mes-story-host-page host="uswds" lang=${args.lang} ?adapter=${args.adapter}></mes-story-host-page>`,
};

/** Bootstrap 5.3 with `themes/bootstrap.css`: Bootstrap's font, primary and link colours, radius and heading sizes. */
export const Bootstrap: Story = {
  render: (args) =>
    html`<mes-story-host-page host="bootstrap" lang=${args.lang} ?adapter=${args.adapter}></mes-story-host-page>`,
};

/** Bootstrap's dark mode (`data-bs-theme="dark"`): the adapter follows Bootstrap's own dark colours. */
export const BootstrapDark: Story = {
  name: 'Bootstrap, dark mode',
  render: (args) =>
    html`<mes-story-host-page
      host="bootstrap"
      lang=${args.lang}
      ?adapter=${args.adapter}
      dark
    ></mes-story-host-page>`,
};
