// npm test: lint and format check, type-check, build (browser tests load the built bundle), Storybook build, Node tests, then
// browser tests in Chromium. Ends with one plain line CI can read: "all: N passed, N failed".
import { spawn } from 'node:child_process';

function run(label, command, args, parse) {
  return new Promise((resolve) => {
    console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], shell: false });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, counts: parse?.(out) }));
  });
}

const last = (text, re) => [...text.matchAll(re)].at(-1);
const nodeCounts = (out) => {
  const pass = last(out, /^# pass (\d+)$/gm);
  const fail = last(out, /^# fail (\d+)$/gm);
  return pass ? { passed: Number(pass[1]), failed: Number(fail?.[1] ?? 0) } : undefined;
};
const wtrCounts = (out) => {
  const m = last(out, /^wtr: (\d+) passed, (\d+) failed/gm);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
};

const totals = { passed: 0, failed: 0 };
let broken = false;

for (const [label, cmd, args] of [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  // Storybook must keep building offline: a broken story fails the run like a failing test.
  ['storybook build', 'npm', ['run', '--silent', 'build-storybook', '--', '--quiet']],
]) {
  const { code } = await run(label, cmd, args);
  if (code !== 0) {
    console.log(`\n${label} failed`);
    console.log(`all: 0 passed, 1 failed`);
    process.exit(1);
  }
}

// One throw-away PostgreSQL server for the whole run: the store contract runs on it as well as
// on SQLite. If it cannot start, the run fails (no silent skip); see test/support/postgres.ts.
let postgres;
try {
  const { tsImport } = await import('tsx/esm/api');
  const { startPostgres } = await tsImport('../test/support/postgres.ts', import.meta.url);
  console.log('\n── postgres: starting a throw-away cluster');
  postgres = await startPostgres();
  process.env.WIR_TEST_DATABASE_URL = postgres.url;
} catch (error) {
  console.log(`\npostgres could not start: ${error.message}`);
  console.log('all: 0 passed, 1 failed');
  process.exit(1);
}

for (const [label, args, parse] of [
  ['node tests', ['run', '--silent', 'test:node'], nodeCounts],
  ['browser tests', ['run', '--silent', 'test:browser'], wtrCounts],
]) {
  const { code, counts } = await run(label, 'npm', args, parse);
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  // A runner that exits non-zero without failing tests (crash, no tests found) still fails.
  if (code !== 0 && (!counts || counts.failed === 0)) {
    broken = true;
    totals.failed += 1;
    console.log(`\n${label} exited with ${code}`);
  }
}

await postgres.stop();
console.log(`\nall: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
