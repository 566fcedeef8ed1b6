// Where each test file runs: the one definition that `npm run test:node` (scripts/run-node-tests.mjs)
// and web-test-runner.config.mjs both read. Folders named here hold Node tests (node --test with
// tsx); every other `test/**/*.test.ts` runs in Chromium under Web Test Runner.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Test folders whose files run in Node: the core, the receiver, the CLI, the package and the page journeys (Playwright). */
export const NODE_TEST_DIRS = ['test/core', 'test/server', 'test/cli', 'test/build', 'test/pages'];

const TEST_FILE = /\.test\.ts$/;

/** Globs for Web Test Runner: every test file outside the Node folders. */
export const BROWSER_TEST_GLOBS = ['test/**/*.test.ts', ...NODE_TEST_DIRS.map((dir) => `!${dir}/**`)];

/** The Node test files, sorted so runs are repeatable. `root` is the repository root. */
export function nodeTestFiles(root = '.') {
  const files = [];
  const walk = (dir) => {
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      return; // a folder that does not exist yet holds no tests
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEST_FILE.test(name)) files.push(path);
    }
  };
  for (const dir of NODE_TEST_DIRS) walk(join(root, dir));
  return files.sort();
}
