/** Trainings of Lotsen: known ones by their German name, any other as a slug (the schema accepts any slug). */

import { foldGerman } from '../../text/normalize.js';
import type { ColumnSpec } from '../columns.js';
import { error, quote } from '../problems.js';
import type { RowReader } from '../row-reader.js';
import { findTerm } from '../values/terms.js';
import { labelOf, TRAINING_LABELS } from '../vocabulary-labels.js';

export const TRAININGS_COLUMN: ColumnSpec = {
  key: 'trainings',
  header: 'Fortbildungen',
  aliases: ['Schulungen', 'Qualifikationen', 'Fortbildung', 'Schulung'],
  field: 'trainings',
  hint: 'Optional, durch Komma getrennt, z. B. „Flucht und Asyl, Erste Hilfe“. Andere Fortbildungen werden als Kurzname übernommen.',
  examples: ['Flucht und Asyl', ''],
  dropDown: TRAINING_LABELS,
  multi: true,
  width: 24,
};

const slug = (text: string) =>
  foldGerman(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

export function readTrainings(row: RowReader): string[] | undefined {
  const text = row.text('trainings');
  if (!text) return undefined;
  const codes: string[] = [];
  for (const part of text.split(/\s*[,;\n]\s*/).filter(Boolean)) {
    const code = findTerm(TRAINING_LABELS, part)?.code ?? slug(part);
    if (!code) {
      row.report(
        'trainings',
        error('invalid-value', `${quote(part)} ist kein Name einer Fortbildung`, 'schreiben Sie Buchstaben, z. B. „Erste Hilfe“'),
      );
      return undefined;
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

export function formatTrainings(trainings: readonly string[] | undefined): string {
  return (trainings ?? []).map((t) => labelOf(TRAINING_LABELS, t)).join(', ');
}
