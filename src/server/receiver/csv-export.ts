/**
 * CSV export for coordinators, opened in Excel or LibreOffice: RFC 4180 (CRLF, quotes
 * doubled), UTF-8 with BOM (without it Excel shows "MÃ¼ller"), and a guard against formula
 * injection: a cell a requester typed as "=HYPERLINK(…)" must stay text in the
 * coordinator's spreadsheet (OWASP "CSV Injection").
 *
 * German Excel opens a .csv split on `;`, not on `,`, and then no longer honours our quotes
 * where a field's quote is followed by something other than `;`: text after a `;` inside a
 * cell becomes a cell of its own. So a formula trigger is neutralised not only at the start
 * of a cell but after every character that may split cells or rows (`,` `;` tab, line break),
 * with any spaces and quotes in between.
 */
import type { StoredAnfrage } from '../store/index.js';

export type ExportColumn = [header: string, value: (a: StoredAnfrage) => string | number | undefined];

/** The interpreter request's `need`, or nothing for other kinds (their cells stay empty). */
const appointment = (a: StoredAnfrage) => (a.request.kind === 'dolmetscher' ? a.request.need : undefined);
const lotse = (a: StoredAnfrage) => (a.request.kind === 'lotse' ? a.request.need : undefined);

/**
 * The receiver's columns (the bearer-token export). One table for every kind: the columns of a
 * kind stay empty on other kinds' rows, and the kind's own columns come last, so a sheet built
 * on the interpreter columns keeps working.
 */
export const RECEIVER_COLUMNS: readonly ExportColumn[] = [
  ['id', (a) => a.id],
  ['status', (a) => a.status],
  ['received_at', (a) => a.receivedAt],
  ['kommune', (a) => a.request.kommune],
  ['language', (a) => a.request.need.language],
  ['alternatives', (a) => appointment(a)?.alternatives?.join(' ')],
  ['date', (a) => appointment(a)?.date],
  ['from', (a) => appointment(a)?.from],
  ['duration_minutes', (a) => appointment(a)?.durationMinutes],
  ['mode', (a) => appointment(a)?.mode],
  ['setting', (a) => appointment(a)?.setting],
  ['address', (a) => appointment(a)?.place?.address],
  ['plz', (a) => appointment(a)?.place?.plz],
  ['ort', (a) => appointment(a)?.place?.ort],
  ['gender_preference', (a) => appointment(a)?.genderPreference],
  ['notes', (a) => appointment(a)?.notes ?? lotse(a)?.note],
  ['requester_type', (a) => a.request.requester.type],
  ['organisation', (a) => a.request.requester.organisation],
  ['name', (a) => a.request.requester.name],
  ['email', (a) => a.request.requester.email],
  ['phone', (a) => a.request.requester.phone],
  ['locale', (a) => a.request.locale],
  ['consent_at', (a) => a.request.consent.at],
  ['kind', (a) => a.request.kind],
  ['lotse_id', (a) => lotse(a)?.lotseId],
  ['lotse_name', (a) => lotse(a)?.lotseName],
  ['topics', (a) => lotse(a)?.topics?.join(' ')],
];

/** The workspace's export adds what the office recorded. */
export const OFFICE_COLUMNS: readonly ExportColumn[] = [
  ...RECEIVER_COLUMNS,
  ['assigned_to', (a) => a.assignment?.name],
  ['assigned_id', (a) => a.assignment?.id],
  ['note', (a) => a.note || undefined],
];

export function anfragenToCsv(items: StoredAnfrage[], columns: readonly ExportColumn[] = RECEIVER_COLUMNS): string {
  const lines = [columns.map(([header]) => csvCell(header))];
  for (const item of items) lines.push(columns.map(([, value]) => csvCell(value(item))));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** A character that starts a formula (tab and CR do in some spreadsheet imports). */
const TRIGGER = /[=+\-@\t\r]/;
/** A split point (either separator, tab, line break) then spaces/quotes, then a trigger. */
const TRIGGER_AFTER_SPLIT = /([,;\t\r\n][\s"]*)(?=[=+\-@\t\r])/g;

/** One RFC 4180 field: every text cell quoted, formula triggers neutralised. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // The apostrophe makes Excel/LibreOffice treat what follows as text. Phone numbers like
  // "+49 …" get it as well: a visible ' is the safer failure.
  let text = value.replace(TRIGGER_AFTER_SPLIT, "$1'");
  if (TRIGGER.test(text.charAt(0))) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
