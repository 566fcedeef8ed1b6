import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The sample feeds live in demo/data; stories fetch them like a webmaster's page would.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
};

export default config;
