#!/usr/bin/env node
/**
 * wir-widgets command line:
 *   wir-widgets validate FILE… [--kind lotsen|sprachkurse|dolmetscher]
 *     checks feed files before a webmaster publishes them; exits 1 when a record would be
 *     skipped and 2 when a file is not a usable feed, so it can guard a CMS deploy;
 *   wir-widgets receiver migrate --from FILE --to postgres://…
 *     copies a receiver's SQLite data into PostgreSQL;
 *   wir-widgets receiver user add|link|disable|enable|list …
 *     coordinator accounts of the workspace (receiver-user.ts).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEED_KINDS, type FeedKind } from '../core/schema/index.js';
import { readTextFile } from './read-text-file.js';
import { validateFeedText } from './validate-feed-file.js';

const USAGE = `usage: wir-widgets validate FILE... [--kind ${FEED_KINDS.join('|')}]`;

export function main(argv: string[], out: (line: string) => void = console.log): number {
  const [command, ...rest] = argv;
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
    const read = readTextFile(file);
    if (!read.ok) {
      out(`${file}  ${read.reason}`);
      exitCode = 2;
      continue;
    }
    try {
      const report = validateFeedText(file, read.text, kind);
      for (const line of report.lines) out(line);
      exitCode = Math.max(exitCode, report.exitCode);
    } catch (error) {
      // A deploy guard blocks on 2: whatever goes wrong while checking must never look like
      // "some records skipped" (1) or "valid" (0).
      out(`${file}  could not be checked: ${(error as Error).message}`);
      exitCode = 2;
    }
  }
  return exitCode;
}

// Run only when started as a program (npm's bin link is a symlink, hence realpath), not when imported by tests.
const started = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (started === realpathSync(fileURLToPath(import.meta.url))) {
  // Lines are written in blocks: one console.log per problem made printing 175,000 problems
  // take longer than finding them.
  const pending: string[] = [];
  const flush = () => {
    if (pending.length) process.stdout.write(`${pending.join('\n')}\n`);
    pending.length = 0;
  };
  const out = (line: string) => {
    pending.push(line);
    if (pending.length >= 4096) flush();
  };
  const argv = process.argv.slice(2);
  if (argv[0] === 'receiver' && argv[1] === 'migrate') {
    // Loaded only for this command: `validate` must run without the optional database drivers.
    const { runMigrate } = await import('./receiver-migrate.js');
    process.exitCode = await runMigrate(argv.slice(2), out);
  } else if (argv[0] === 'receiver' && argv[1] === 'user') {
    const { receiverCommand, readAllStdin } = await import('./receiver-user.js');
    process.exitCode = await receiverCommand(argv.slice(1), { env: process.env, out, readStdin: readAllStdin });
  } else process.exitCode = main(argv, out);
  flush();
}
