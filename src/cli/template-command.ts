/**
 * `wir-widgets template KIND -o vorlage.xlsx [--publisher "…"] [--kommune 06438]`: the empty
 * sheet an office fills in (instructions, header comments, drop-downs, two example rows).
 */
import { templateWorkbook } from '../core/import/index.js';
import type { Publisher } from '../core/schema/index.js';
import { feedKind, kommuneCode, type Out, parseCommand, required, UsageError, writeOutput } from './command-options.js';

export const TEMPLATE_USAGE = 'wir-widgets template lotsen|sprachkurse|dolmetscher -o vorlage.xlsx [--publisher "…"] [--kommune 06438]';

export async function templateCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseCommand(args);
  if (positionals.length !== 1) throw new UsageError('template takes one KIND');
  const kind = feedKind(positionals[0], true)!;
  const output = required(values.output, '-o FILE');
  const kommune = kommuneCode(values.kommune);
  let publisher: Publisher | undefined;
  if (values.publisher) {
    publisher = { name: values.publisher };
    if (kommune) publisher.kommune = kommune;
  }
  if (!writeOutput(output, await templateWorkbook(kind, publisher), out)) return 2;
  out(`${output} geschrieben: Vorlage für ${kind}`);
  return 0;
}
