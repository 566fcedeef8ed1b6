/**
 * CSV export for coordinators, opened in Excel or LibreOffice: RFC 4180 (CRLF, quotes
 * doubled), UTF-8 with BOM (without it Excel shows "MÃ¼ller"), and a guard against formula
 * injection: a cell a requester typed as "=HYPERLINK(…)" must stay text in the
 * coordinator's spreadsheet (OWASP "CSV Injection").
 */
import type { StoredAnfrage } from './store.js';

const COLUMNS: Array<[header: string, value: (a: StoredAnfrage) => string | number | undefined]> = [
  ['id', (a) => a.id],
  ['status', (a) => a.status],
  ['received_at', (a) => a.receivedAt],
  ['kommune', (a) => a.request.kommune],
  ['language', (a) => a.request.need.language],
  ['alternatives', (a) => a.request.need.alternatives?.join(' ')],
  ['date', (a) => a.request.need.date],
  ['from', (a) => a.request.need.from],
  ['duration_minutes', (a) => a.request.need.durationMinutes],
  ['mode', (a) => a.request.need.mode],
  ['setting', (a) => a.request.need.setting],
  ['address', (a) => a.request.need.place?.address],
  ['plz', (a) => a.request.need.place?.plz],
  ['ort', (a) => a.request.need.place?.ort],
  ['gender_preference', (a) => a.request.need.genderPreference],
  ['notes', (a) => a.request.need.notes],
  ['requester_type', (a) => a.request.requester.type],
  ['organisation', (a) => a.request.requester.organisation],
  ['name', (a) => a.request.requester.name],
  ['email', (a) => a.request.requester.email],
  ['phone', (a) => a.request.requester.phone],
  ['locale', (a) => a.request.locale],
  ['consent_at', (a) => a.request.consent.at],
];

export function anfragenToCsv(items: StoredAnfrage[]): string {
  const lines = [COLUMNS.map(([header]) => csvCell(header))];
  for (const item of items) lines.push(COLUMNS.map(([, value]) => csvCell(value(item))));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** One RFC 4180 field, neutralised against spreadsheet formulas. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // Leading = + - @ start a formula; tab and CR do too in some spreadsheet imports.
  // The apostrophe makes Excel/LibreOffice treat the cell as text and is not displayed.
  // Phone numbers like "+49 …" get the prefix as well: a visible ' is the safer failure.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
