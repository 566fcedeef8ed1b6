/**
 * Validates a feed file against the feed contract and reports each problem as
 * `file:line:column  path  reason`, the way compilers do, so editors can jump to it.
 */
import { validateFeedDocument } from '../core/feed/index.js';
import { FEED_KINDS, type FeedKind } from '../core/schema/index.js';
import { JsonSyntaxError, jsonValueOffsets, LineIndex, offsetOf } from './json-positions.js';

export interface FileReport {
  /** 0: every record valid; 1: some records skipped; 2: the file is not a usable feed. */
  exitCode: 0 | 1 | 2;
  lines: string[];
}

export function validateFeedText(file: string, text: string, kindOverride?: FeedKind): FileReport {
  let lines: LineIndex | undefined;
  const at = (offset: number | undefined) => {
    if (offset === undefined) return file;
    lines ??= new LineIndex(text);
    const { line, column } = lines.at(offset);
    return `${file}:${line}:${column}`;
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // V8's message gives a position only for some mistakes; our scanner finds it for all.
    let offset: number | undefined;
    try {
      jsonValueOffsets(text, []); // skips a BOM like whitespace
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
  const { skipped, duplicates } = result.report;
  // Positions only for the paths a problem names: a 50 MB feed has millions of values.
  const offsets = jsonValueOffsets(text, [...skipped.map((r) => r.path), ...duplicates.map((d) => `records[${d.index}]`)]);
  const out: string[] = [];
  for (const entry of skipped) {
    const id = entry.id ? ` (record "${entry.id}" skipped)` : ' (record skipped)';
    out.push(`${at(offsetOf(offsets, entry.path))}  ${entry.path}  ${entry.reason}${id}`);
  }
  for (const dup of duplicates) {
    out.push(
      `${at(offsetOf(offsets, `records[${dup.index}]`))}  records[${dup.index}].id  duplicate id "${dup.id}", first used by records[${dup.firstIndex}] (skipped)`,
    );
  }
  const { total, valid } = result.report;
  out.push(`${file}: ${kind} feed, ${valid} of ${total} records valid${total > valid ? `, ${total - valid} skipped` : ''}`);
  return { exitCode: total > valid ? 1 : 0, lines: out };
}
