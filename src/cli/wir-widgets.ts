#!/usr/bin/env node
/**
 * wir-widgets command line:
 *   wir-widgets validate FILE… [--kind lotsen|sprachkurse|dolmetscher]
 *     checks feed files before a webmaster publishes them; exits 1 when a record would be
 *     skipped and 2 when a file is not a usable feed, so it can guard a CMS deploy;
 *   wir-widgets import | template | export | merge
 *     the spreadsheet commands for coordinators' lists (same exit codes);
 *   wir-widgets receiver
 *     starts the reference receiver (environment variables: docs/receiver.md);
 *   wir-widgets receiver migrate --from FILE --to postgres://…
 *     copies a receiver's SQLite data into PostgreSQL;
 *   wir-widgets receiver user add|link|disable|enable|list …
 *     coordinator accounts of the workspace (receiver-user.ts).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEED_KINDS, type FeedKind } from '../core/schema/index.js';
import { type Out, UsageError } from './command-options.js';
import { EXPORT_USAGE, exportCommand } from './export-command.js';
import { IMPORT_USAGE, importCommand } from './import-command.js';
import { MERGE_USAGE, mergeCommand } from './merge-command.js';
import { readTextFile } from './read-text-file.js';
import { TEMPLATE_USAGE, templateCommand } from './template-command.js';
import { validateFeedText } from './validate-feed-file.js';

const USAGE = [
  `usage: wir-widgets validate FILE... [--kind ${FEED_KINDS.join('|')}]`,
  IMPORT_USAGE,
  TEMPLATE_USAGE,
  EXPORT_USAGE,
  MERGE_USAGE,
  'wir-widgets receiver',
  'wir-widgets receiver migrate --from FILE --to postgres://…',
  'wir-widgets receiver user add|link|disable|enable|list …',
].join('\n       ');

const SHEET_COMMANDS: Record<string, (args: string[], out: Out) => Promise<number>> = {
  import: importCommand,
  template: templateCommand,
  export: exportCommand,
  merge: mergeCommand,
};

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

/**
 * Every command; resolves with the exit code (for `receiver`, once it has stopped). `main`
 * stays synchronous for `validate`; the spreadsheet commands read and write files
 * asynchronously; the receiver's commands are loaded on demand, because its database drivers
 * are optional dependencies and the release zip's CLI runs `validate` with Node alone.
 */
export async function run(argv: string[], out: Out = console.log): Promise<number> {
  const [command, sub] = argv;
  const sheetCommand = SHEET_COMMANDS[command ?? ''];
  if (sheetCommand) {
    try {
      return await sheetCommand(argv.slice(1), out);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      out(`${error.message}\n${USAGE}`);
      return 2;
    }
  }
  if (command !== 'receiver') return main(argv, out);
  try {
    if (sub === 'migrate') {
      const { runMigrate } = await import('./receiver-migrate.js');
      return await runMigrate(argv.slice(2), out);
    }
    if (sub === 'user') {
      const { receiverCommand, readAllStdin } = await import('./receiver-user.js');
      return await receiverCommand(argv.slice(1), { env: process.env, out, readStdin: readAllStdin });
    }
    const { runReceiver } = await import('../server/receiver-cli.js');
    return await runReceiver();
  } catch (error) {
    const missing =
      (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND'
        ? (error as Error).message.match(/package '([^']+)'/)?.[1]
        : undefined;
    out(
      missing
        ? `wir-widgets receiver: the package ${missing} is missing; run "npm install ${missing}" in this folder, then start again.`
        : `wir-widgets receiver: could not start: ${(error as Error).message}`,
    );
    return 1;
  }
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
  process.exitCode = await run(process.argv.slice(2), (line) => {
    pending.push(line);
    if (pending.length >= 4096) flush();
  });
  flush();
}
