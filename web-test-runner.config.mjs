// Browser tests run in Debian's Chromium (CHROME_PATH or /usr/bin/chromium): nothing here
// may download a browser. Node-only tests (core, server) run under node --test instead.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_PATH, CHROMIUM_ARGS } from './test/support/chromium-flags.mjs';
import { reactBundlePlugin } from './test/support/react-bundle-plugin.mjs';
import { receiverPlugin } from './test/support/receiver-plugin.mjs';
import { summaryLine } from './test/support/summary-reporter.mjs';

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/core/**', '!test/server/**', '!test/cli/**', '!test/build/**', '!test/pages/**'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and loses focus events,
  // which hung focus-management tests when two files ran side by side.
  concurrency: 1,
  // axe runs take a few seconds on a busy 2-core machine; 20 s leaves room without hiding hangs.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  plugins: [reactBundlePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), receiverPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          '--headless=new',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryLine()],
};
