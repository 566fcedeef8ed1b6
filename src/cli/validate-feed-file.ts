/**
 * Validates a feed file against the feed contract and reports each problem as
 * `file:line:column  path  reason`, the way compilers do, so editors can jump to it.
 */
import { validateFeedDocument } from '../core/feed/index.js';
import { FEED_KINDS, type FeedKind } from '../core/schema/index.js';
import { JsonSyntaxError, jsonValueOffsets, lineAndColumn, offsetOf } from './json-positions.js';

export interface FileReport {
  /** 0: every record valid; 1: some records skipped; 2: the file is not a usable feed. */
  exitCode: 0 | 1 | 2;
  lines: string[];
}

export function validateFeedText(file: string, text: string, kindOverride?: FeedKind): FileReport {
  const at = (offset: number | undefined) => {
    if (offset === undefined) return file;
    const { line, column } = lineAndColumn(text, offset);
    return `${file}:${line}:${column}`;
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // V8's message gives a position only for some mistakes; our scanner finds it for all.
    let offset: number | undefined;
    try {
      jsonValueOffsets(text); // skips a BOM like whitespace
    } catch (scan) {
      if (scan instanceof JsonSyntaxError) offset = scan.offset;
    }
    return { exitCode: 2, lines: [`${at(offset)}  not valid JSON: ${(error as Error).message}`] };
  }
  const declared = (parsed as { kind?: unknown } | null)?.kind;
  const kind = kindOverride ?? (FEED_KINDS.includes(declared as FeedKind) ? (declared as FeedKind) : undefined);
  if (!kind) {
    return { exitCode: 2, lines: [`${file}  "kind" must be one of ${FEED_KINDS.join(', ')} (or pass --kind)`] };
  }
  const result = validateFeedDocument(parsed, kind);
  if (!result.ok) {
    return { exitCode: 2, lines: [`${file}  ${result.error.code}: ${result.error.message}`] };
  }
  const offsets = jsonValueOffsets(text);
  const lines: string[] = [];
  for (const skipped of result.report.skipped) {
    const id = skipped.id ? ` (record "${skipped.id}" skipped)` : ' (record skipped)';
    lines.push(`${at(offsetOf(offsets, skipped.path))}  ${skipped.path}  ${skipped.reason}${id}`);
  }
  for (const dup of result.report.duplicates) {
    lines.push(
      `${at(offsetOf(offsets, `records[${dup.index}]`))}  records[${dup.index}].id  duplicate id "${dup.id}", first used by records[${dup.firstIndex}] (skipped)`,
    );
  }
  const { total, valid } = result.report;
  lines.push(`${file}: ${kind} feed, ${valid} of ${total} records valid${total > valid ? `, ${total - valid} skipped` : ''}`);
  return { exitCode: total > valid ? 1 : 0, lines };
}
