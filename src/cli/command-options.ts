/**
 * What the spreadsheet commands share: option parsing with Node's parseArgs (a usage error
 * is exit 2, like `validate`), the Kommune and kind checks, and reading and writing files
 * with a one-line message instead of a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { kommuneByCode } from '../core/place/index.js';
import { FEED_KINDS, type FeedKind } from '../core/schema/index.js';

export type Out = (line: string) => void;

export class UsageError extends Error {}

export const COMMON_OPTIONS = {
  kind: { type: 'string' },
  kommune: { type: 'string' },
  publisher: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

export function parseCommand(args: string[]) {
  try {
    return parseArgs({ args, options: COMMON_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function feedKind(value: string | undefined, required: boolean): FeedKind | undefined {
  if (value === undefined && !required) return undefined;
  if (!FEED_KINDS.includes(value as FeedKind)) throw new UsageError(`--kind must be one of ${FEED_KINDS.join(', ')}`);
  return value as FeedKind;
}

/** A Kreisschlüssel or AGS of one of the 33 WIR areas ("06438"). */
export function kommuneCode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{5}(\d{3})?$/.test(value) || !kommuneByCode(value)) {
    throw new UsageError(`--kommune must be the Kreisschlüssel or AGS of a WIR area in Hessen (e.g. 06438); got "${value}"`);
  }
  return value;
}

export function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what} is required`);
  return value;
}

export function readBytes(file: string, out: Out): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    out(`${file}  cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return undefined;
  }
}

export function writeOutput(file: string, data: string | Uint8Array, out: Out): boolean {
  try {
    writeFileSync(file, data);
    return true;
  } catch (error) {
    out(`${file}  cannot be written: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return false;
  }
}

/** JSON as feeds are published: two-space indent, a final newline. */
export const feedJson = (feed: unknown) => `${JSON.stringify(feed, null, 2)}\n`;
