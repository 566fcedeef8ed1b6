/**
 * `wir-widgets export feed.json -o liste.xlsx`: a published feed back into the sheet the
 * office edits; importing that sheet gives the same feed. Records the widgets would skip
 * are reported and left out (exit 1), as `validate` would report them.
 */

import { validateFeedDocument } from '../core/feed/index.js';
import { exportFeedWorkbook } from '../core/import/index.js';
import { FEED_KINDS, type FeedDocument, type FeedKind } from '../core/schema/index.js';
import { feedKind, type Out, parseCommand, readBytes, required, UsageError, writeOutput } from './command-options.js';

export const EXPORT_USAGE = 'wir-widgets export feed.json -o liste.xlsx';

export async function exportCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseCommand(args);
  if (positionals.length !== 1) throw new UsageError('export reads one feed file');
  const file = positionals[0]!;
  const output = required(values.output, '-o FILE');
  const bytes = readBytes(file, out);
  if (!bytes) return 2;
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder().decode(bytes).replace(/^\ufeff/, ''));
  } catch (error) {
    out(`${file}  not valid JSON: ${(error as Error).message} (wir-widgets validate ${file} shows where)`);
    return 2;
  }
  const declared = (document as { kind?: unknown } | null)?.kind;
  const kind = feedKind(values.kind, false) ?? (FEED_KINDS.includes(declared as FeedKind) ? (declared as FeedKind) : undefined);
  if (!kind) {
    out(`${file}  "kind" must be one of ${FEED_KINDS.join(', ')} (or pass --kind)`);
    return 2;
  }
  const result = validateFeedDocument(document, kind);
  if (!result.ok) {
    out(`${file}  ${result.error.code}: ${result.error.message}`);
    return 2;
  }
  for (const s of result.report.skipped) out(`${file}  ${s.path}  ${s.reason} (not exported)`);
  for (const d of result.report.duplicates) out(`${file}  records[${d.index}].id  duplicate id "${d.id}" (not exported)`);
  const translated = result.records.filter((r) => r.translations !== undefined).length;
  if (translated) out(`${file}  ${translated} records have translations; the sheet has no columns for them`);
  const feed = { format: 'wir-feed', version: 1, kind, publisher: result.publisher, records: result.records } as FeedDocument;
  if (result.updated) feed.updated = result.updated;
  if (!writeOutput(output, await exportFeedWorkbook(feed), out)) return 2;
  out(`${output} geschrieben: ${result.records.length} Einträge (${kind})`);
  return result.report.valid < result.report.total ? 1 : 0;
}
