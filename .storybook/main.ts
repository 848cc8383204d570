import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // Every story is a .stories.ts file (the guides too); there are no MDX pages.
  stories: ['../stories/**/*.stories.ts'],
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
  // The catalogue is a tool for authors, not what portals load: its bundle (Storybook's own UI with the docs addon) is
  // large by nature and its build time varies with the machine, so those two build warnings would say nothing useful.
  viteFinal: (vite) => ({
    ...vite,
    build: {
      ...vite.build,
      chunkSizeWarningLimit: 2048,
      rolldownOptions: { ...vite.build?.rolldownOptions, checks: { bundlerTimings: false } },
    },
  }),
  docs: { defaultName: 'Docs' },
};

export default config;
