#!/usr/bin/env node
/**
 * wir-widgets command line:
 *   `wir-widgets validate FILE… [--kind lotsen|sprachkurse|dolmetscher]` checks feed files before a
 *   webmaster publishes them; exits 1 when a record would be skipped and 2 when a file is not a
 *   usable feed, so it can guard a CMS deploy.
 *   `wir-widgets receiver` starts the reference receiver (environment variables: docs/receiver.md).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEED_KINDS, type FeedKind } from '../core/schema/index.js';
import { validateFeedText } from './validate-feed-file.js';

const USAGE = `usage: wir-widgets validate FILE... [--kind ${FEED_KINDS.join('|')}]\n       wir-widgets receiver`;

export function main(argv: string[], out: (line: string) => void = console.log): number {
  const [command, ...rest] = argv;
  if (command === 'receiver') return startReceiver(out);
  if (command !== 'validate') {
    out(USAGE);
    return 2;
  }
  const kindAt = rest.indexOf('--kind');
  const kind = kindAt >= 0 ? (rest[kindAt + 1] as FeedKind | undefined) : undefined;
  if (kindAt >= 0 && !FEED_KINDS.includes(kind as FeedKind)) {
    out(`--kind must be one of ${FEED_KINDS.join(', ')}`);
    return 2;
  }
  const files = kindAt >= 0 ? rest.filter((_, i) => i !== kindAt && i !== kindAt + 1) : rest;
  if (files.length === 0) {
    out(USAGE);
    return 2;
  }
  let exitCode = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      out(`${file}  cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      exitCode = 2;
      continue;
    }
    const report = validateFeedText(file, text, kind);
    for (const line of report.lines) out(line);
    exitCode = Math.max(exitCode, report.exitCode);
  }
  return exitCode;
}

/**
 * The receiver loads on demand: it needs better-sqlite3, which `validate` must not (the release
 * zip's CLI runs with Node alone). Returns at once; a failed start sets the exit code itself.
 */
function startReceiver(out: (line: string) => void): number {
  import('../server/receiver-cli.js').then(
    (receiver) => receiver.runReceiver(),
    (error: NodeJS.ErrnoException) => {
      const missing = error.code === 'ERR_MODULE_NOT_FOUND' ? error.message.match(/package '([^']+)'/)?.[1] : undefined;
      out(
        missing
          ? `wir-widgets receiver: the package ${missing} is missing; run "npm install ${missing}" in this folder, then start again.`
          : `wir-widgets receiver: could not start: ${error.message}`,
      );
      process.exitCode = 1;
    },
  );
  return 0;
}

// Run only when started as a program (npm's bin link is a symlink, hence realpath), not when imported by tests.
const started = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (started === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = main(process.argv.slice(2));
}
