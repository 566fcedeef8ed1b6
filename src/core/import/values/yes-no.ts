/** Yes/no cells as offices fill them: ja/nein, x or a tick for yes, and an empty cell for no. */
import { foldGerman } from '../../text/normalize.js';
import { error, type Parsed, quote } from '../problems.js';
import { type CellValue, cellText } from '../sheet.js';

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1', '✓', '✔', '☑', '✅', 'vorhanden', 'ok']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '-', '–', '—', '✗', '✘', 'keine', 'kein']);

/**
 * `undefined` for an empty cell: the caller decides whether empty means "no" (a required
 * flag such as „Kinderbetreuung“) or "not stated" (an optional one such as „Barrierefrei“).
 */
export function parseYesNo(value: CellValue | undefined): Parsed<boolean> {
  if (typeof value === 'boolean') return { value, issues: [] };
  const text = cellText(value);
  if (text === '') return { issues: [] };
  const key = foldGerman(text).replace(/[.!]+$/, '');
  if (YES.has(key)) return { value: true, issues: [] };
  if (NO.has(key)) return { value: false, issues: [] };
  return {
    issues: [
      error('invalid-yes-no', `${quote(text)} ist weder ja noch nein`, 'schreiben Sie „ja“ oder „x“ für ja, „nein“ oder nichts für nein'),
    ],
  };
}
