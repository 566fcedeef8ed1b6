#!/usr/bin/env node
/**
 * wir-widgets command line: `wir-widgets validate FILE… [--kind lotsen|sprachkurse|dolmetscher]`.
 * Checks feed files before a webmaster publishes them; exits 1 when a record would be
 * skipped and 2 when a file is not a usable feed, so it can guard a CMS deploy.
 * The spreadsheet commands (import, template, export, merge) follow the same exit codes.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEED_KINDS, type FeedKind } from '../core/schema/index.js';
import { type Out, UsageError } from './command-options.js';
import { EXPORT_USAGE, exportCommand } from './export-command.js';
import { IMPORT_USAGE, importCommand } from './import-command.js';
import { MERGE_USAGE, mergeCommand } from './merge-command.js';
import { TEMPLATE_USAGE, templateCommand } from './template-command.js';
import { validateFeedText } from './validate-feed-file.js';

const USAGE = [
  `usage: wir-widgets validate FILE... [--kind ${FEED_KINDS.join('|')}]`,
  IMPORT_USAGE,
  TEMPLATE_USAGE,
  EXPORT_USAGE,
  MERGE_USAGE,
].join('\n       ');

const SHEET_COMMANDS: Record<string, (args: string[], out: Out) => Promise<number>> = {
  import: importCommand,
  template: templateCommand,
  export: exportCommand,
  merge: mergeCommand,
};

/** Every command; `main` stays synchronous for `validate`, the spreadsheet commands read and write files asynchronously. */
export async function run(argv: string[], out: Out = console.log): Promise<number> {
  const command = SHEET_COMMANDS[argv[0] ?? ''];
  if (!command) return main(argv, out);
  try {
    return await command(argv.slice(1), out);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out(`${error.message}\n${USAGE}`);
    return 2;
  }
}

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

// Run only when started as a program (npm's bin link is a symlink, hence realpath), not when imported by tests.
const started = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (started === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = await run(process.argv.slice(2));
}
