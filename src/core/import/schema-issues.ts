/**
 * The feed schemas (core/schema) have the last word on every record. What they still reject
 * after the value parsers (an e-mail without @, a text over its length, end before start)
 * is told here in German, on the column the field came from.
 */
import type { ColumnSpec } from './columns.js';
import { type CellIssue, error, quote } from './problems.js';

interface SchemaIssue {
  code?: string;
  path: PropertyKey[];
  message: string;
  format?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** The column whose field is the longest prefix of the issue's path ("seats.free" → „Plätze“), else one inside it. */
export function columnForPath(columns: readonly ColumnSpec[], path: readonly PropertyKey[]): ColumnSpec | undefined {
  const dotted = path.filter((p) => typeof p === 'string').join('.');
  const covering = columns.filter((c) => dotted === c.field || dotted.startsWith(`${c.field}.`));
  if (covering.length) return covering.reduce((a, b) => (b.field.length > a.field.length ? b : a));
  return columns.find((c) => c.field.startsWith(`${dotted}.`));
}

/** The schemas' cross-field rules, in German with what to do. */
const RULES: Record<string, [string, string]> = {
  end: ['das Ende liegt vor dem Beginn', 'prüfen Sie die Daten in „Beginn“ und „Ende“'],
  'seats.free': ['mehr freie als alle Plätze', 'schreiben Sie freie und alle Plätze, z. B. „3 von 12“'],
  serves: ['weder Einsatzgebiet noch Ort angegeben', 'tragen Sie das Einsatzgebiet oder PLZ und Ort ein'],
};

export function describeSchemaIssue(issue: SchemaIssue, value: unknown): CellIssue {
  const shown = typeof value === 'string' || typeof value === 'number' ? quote(String(value)) : '';
  const last = String(issue.path[issue.path.length - 1] ?? '');
  const dotted = issue.path.filter((p) => typeof p === 'string').join('.');
  switch (issue.code) {
    case 'invalid_format':
      if (issue.format === 'email') return error('invalid-value', `${shown} ist keine gültige E-Mail-Adresse`, 'z. B. „name@beispiel.de“');
      if (issue.format === 'url' || last === 'url')
        return error('invalid-value', `${shown} ist keine Web-Adresse`, 'z. B. „https://www.beispiel.de“');
      if (last === 'phone')
        return error(
          'invalid-value',
          `${shown} ist keine Telefonnummer`,
          'nur Ziffern, Leerzeichen und + ( ) / - . , z. B. „06074 123-45“',
        );
      if (last === 'kommune')
        return error(
          'invalid-value',
          `${shown} ist kein Kreisschlüssel eines WIR-Gebiets`,
          'lassen Sie die Spalte leer; die Kommune folgt aus PLZ und Ort',
        );
      if (last === 'id') return error('invalid-value', `ID ${shown} beginnt oder endet mit Leerzeichen`, 'entfernen Sie die Leerzeichen');
      return error('invalid-value', `${shown} hat nicht die erwartete Form`);
    case 'too_big':
      return issue.origin === 'string'
        ? error('invalid-value', `Text ist länger als ${issue.maximum} Zeichen`, `kürzen Sie ihn auf ${issue.maximum} Zeichen`)
        : issue.origin === 'array'
          ? error('invalid-value', `mehr als ${issue.maximum} Einträge`, `höchstens ${issue.maximum}`)
          : error('invalid-value', `${shown} ist größer als ${issue.maximum}`, `höchstens ${issue.maximum}`);
    case 'too_small':
      return issue.origin === 'number'
        ? error('invalid-value', `${shown} ist kleiner als ${issue.minimum}`, `mindestens ${issue.minimum}`)
        : error('missing-value', 'Pflichtangabe fehlt');
    case 'invalid_type':
      return value === undefined
        ? error('missing-value', 'Pflichtangabe fehlt')
        : error('invalid-value', `${shown || 'Wert'} hat den falschen Typ`);
    case 'custom': {
      const [message, fix] = RULES[dotted] ?? [
        last === 'to' ? 'eine Zeit endet nicht nach ihrem Beginn' : issue.message,
        'prüfen Sie die Angabe',
      ];
      return error('invalid-value', message, fix);
    }
    default:
      return error('invalid-value', `${shown || 'Wert'} ist ungültig`);
  }
}
