// Browser tests run in Debian's Chromium (CHROME_PATH or /usr/bin/chromium): nothing here
// may download a browser. Which files run here and which under node --test is decided in
// test/support/test-environments.mjs, the one list both read.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_PATH, CHROMIUM_ARGS } from './test/support/chromium-flags.mjs';
import { reactBundlePlugin } from './test/support/react-bundle-plugin.mjs';
import { receiverPlugin } from './test/support/receiver-plugin.mjs';
import { slowFilesPlugin } from './test/support/slow-files.mjs';
import { summaryLine } from './test/support/summary-reporter.mjs';
import { BROWSER_TEST_GLOBS } from './test/support/test-environments.mjs';

export default {
  rootDir: '.',
  files: BROWSER_TEST_GLOBS,
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and loses focus events,
  // which hung focus-management tests when two files ran side by side.
  concurrency: 1,
  // axe runs take a few seconds on a busy 2-core machine; 20 s leaves room without hiding hangs.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  plugins: [
    reactBundlePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    receiverPlugin(),
    slowFilesPlugin(),
  ],
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
