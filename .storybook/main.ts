import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  // The host systems' real stylesheets and the adapters, served as they are for the "Host adapters" stories;
  // GOV.UK Frontend's stylesheet asks for its fonts at /assets/fonts/.
  staticDirs: [
    { from: '../node_modules/govuk-frontend/dist/govuk', to: '/hosts/govuk' },
    { from: '../node_modules/govuk-frontend/dist/govuk/assets', to: '/assets' },
    { from: '../node_modules/@uswds/uswds/dist', to: '/hosts/uswds' },
    { from: '../node_modules/bootstrap/dist/css', to: '/hosts/bootstrap' },
    { from: '../src/themes', to: '/themes' },
  ],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;
