/**
 * `wir-widgets merge a.json b.json … -o hessen.json [--publisher "…"] [--kommune 06438]`: one
 * feed for a region from several offices' feeds, with a report per source. Ids used by two
 * offices get the Kommune as prefix. Any unusable source stops the merge (exit 2), so a
 * scheduled job never replaces a good regional feed with one that lacks an office.
 */
import { type MergeSource, mergeFeeds } from '../core/import/index.js';
import type { Publisher } from '../core/schema/index.js';
import { feedJson, kommuneCode, type Out, parseCommand, readBytes, required, UsageError, writeOutput } from './command-options.js';

export const MERGE_USAGE = 'wir-widgets merge a.json b.json … -o hessen.json [--publisher "…"] [--kommune 06438]';

export async function mergeCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseCommand(args);
  if (positionals.length < 2) throw new UsageError('merge needs at least two feed files');
  const output = required(values.output, '-o FILE');
  const kommune = kommuneCode(values.kommune);
  const sources: MergeSource[] = [];
  for (const file of positionals) {
    const bytes = readBytes(file, out);
    if (!bytes) return 2;
    try {
      sources.push({ name: file, document: JSON.parse(new TextDecoder().decode(bytes).replace(/^\ufeff/, '')) });
    } catch (error) {
      out(`${file}  not valid JSON: ${(error as Error).message}`);
      return 2;
    }
  }
  let publisher: Publisher | undefined;
  if (values.publisher) {
    publisher = { name: values.publisher };
    if (kommune) publisher.kommune = kommune;
  }
  const result = mergeFeeds(sources, { publisher });
  for (const report of result.reports) {
    for (const line of report.skipped) out(`${report.source}  ${line} (skipped)`);
    if (report.error) out(`${report.source}  ${report.error}`);
    else {
      const prefixed = report.prefixed ? `, ${report.prefixed} ids prefixed with the Kommune` : '';
      out(`${report.source}: ${report.kind}, ${report.valid} of ${report.total} records merged${prefixed}`);
    }
  }
  if (!result.feed) {
    out(
      `merge: ${result.error ?? 'nothing to merge'}; ${output} not written${result.error?.includes('publisher') ? ' (pass --publisher "…")' : ''}`,
    );
    return 2;
  }
  if (!writeOutput(output, feedJson(result.feed), out)) return 2;
  out(`${output} written: ${result.feed.records.length} records from ${sources.length} feeds`);
  return result.exitCode;
}
