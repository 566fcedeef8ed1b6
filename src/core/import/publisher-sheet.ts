/**
 * The sheet „Herausgeber“ of the template and the export: who publishes the feed, once for
 * all rows. Command-line options and the form in the browser take precedence over it.
 */
import { KOMMUNEN, kommuneByCode } from '../place/index.js';
import { type Contact, type Publisher, publisherSchema } from '../schema/index.js';
import { headerKey } from './columns.js';
import { error, type ImportProblem, quote, warning } from './problems.js';
import { describeSchemaIssue } from './schema-issues.js';
import { type CellValue, cellText, type Workbook } from './sheet.js';
import { digitsOf } from './values/place-cells.js';

export const PUBLISHER_SHEET = 'Herausgeber';

export const PUBLISHER_FIELDS = [
  { key: 'name', label: 'Name der Koordination', also: ['Name', 'Herausgeber', 'Koordination', 'Koordinierungsstelle'] },
  { key: 'kommune', label: 'Kommune', also: ['Kreis', 'Gebiet', 'Kreisschlüssel', 'AGS'] },
  { key: 'contactName', label: 'Kontaktstelle', also: ['Kontakt', 'Ansprechstelle'] },
  { key: 'email', label: 'E-Mail', also: ['Email', 'Mail'] },
  { key: 'phone', label: 'Telefon', also: ['Tel', 'Tel.'] },
  { key: 'url', label: 'Website', also: ['Webseite', 'Homepage', 'URL'] },
] as const;

export type PublisherFields = Partial<Record<(typeof PUBLISHER_FIELDS)[number]['key'], string>>;

const FIELD_BY_KEY = new Map<string, (typeof PUBLISHER_FIELDS)[number]['key']>();
for (const f of PUBLISHER_FIELDS) for (const word of [f.label, ...f.also]) FIELD_BY_KEY.set(headerKey(word), f.key);

/** A Kommune as written: "Kreis Offenbach (06438)", "06438", 6438 or just "Kreis Offenbach". */
export function kommuneFromText(value: CellValue | undefined): string | undefined {
  const text = cellText(value);
  const code = /\((\d{5}|\d{8})\)\s*$/.exec(text)?.[1] ?? digitsOf(value, [5, 8]);
  if (/^\d{5}$|^\d{8}$/.test(code)) return kommuneByCode(code) ? code : undefined;
  const key = headerKey(text);
  const k = KOMMUNEN.find((x) => headerKey(x.name) === key || headerKey(x.shortName) === key);
  return k ? (k.type === 'sonderstatusstadt' ? k.ags : k.code) : undefined;
}

export function readPublisherSheet(workbook: Workbook): PublisherFields & { sheetKommune?: string } {
  const sheet = workbook.sheets.find((s) => headerKey(s.name) === headerKey(PUBLISHER_SHEET));
  const fields: PublisherFields & { sheetKommune?: string } = {};
  for (const row of sheet?.rows ?? []) {
    const key = FIELD_BY_KEY.get(headerKey(cellText(row.cells[0])));
    const value = row.cells[1];
    if (!key || cellText(value) === '') continue;
    if (key === 'kommune') {
      fields.kommune = cellText(value);
      const code = kommuneFromText(value);
      if (code) fields.sheetKommune = code;
    } else fields[key] = cellText(value);
  }
  return fields;
}

export interface PublisherOptions {
  publisher?: string | undefined;
  kommune?: string | undefined;
  contact?: Partial<Contact> | undefined;
}

/** The feed's publisher from the options, else the sheet, else a name made from the Kommune. */
export function effectivePublisher(fields: ReturnType<typeof readPublisherSheet>, options: PublisherOptions) {
  const kommune = options.kommune ?? fields.sheetKommune;
  const area = kommune ? kommuneByCode(kommune) : undefined;
  const madeUp = !options.publisher && !fields.name && area ? `WIR-Koordination ${area.name}` : undefined;
  const name = options.publisher ?? fields.name ?? madeUp;
  const contact: Partial<Contact> = {};
  const given = options.contact ?? {};
  const put = (key: keyof Contact, value: string | undefined) => {
    if (value) contact[key] = value;
  };
  put('name', given.name ?? fields.contactName);
  put('email', given.email ?? fields.email);
  put('phone', given.phone ?? fields.phone);
  put('url', given.url ?? fields.url);
  if (!name) return { kommune, madeUp };
  const publisher: Publisher = { name };
  if (kommune) publisher.kommune = kommune;
  if (Object.keys(contact).length) publisher.contact = contact;
  return { publisher, defaultContact: defaultContactOf(publisher), kommune, madeUp };
}

/** The contact of rows that name none: the publisher's office. */
export function defaultContactOf(publisher: Publisher): Contact {
  const contact: Contact = { name: publisher.contact?.name ?? publisher.name };
  for (const key of ['email', 'phone', 'url'] as const) {
    const value = publisher.contact?.[key];
    if (value) contact[key] = value;
  }
  return contact;
}

/**
 * The publisher for an import, with what is wrong about it: none at all is an error (no
 * feed), a name made up from the Kommune a warning, an unknown Kommune in the sheet a warning.
 */
export function resolvePublisher(workbook: Workbook, options: PublisherOptions) {
  const fields = readPublisherSheet(workbook);
  const at = workbook.sheets.some((s) => s.name === PUBLISHER_SHEET)
    ? { file: workbook.file, sheet: PUBLISHER_SHEET }
    : { file: workbook.file };
  const problems: ImportProblem[] = [];
  if (fields.kommune && !fields.sheetKommune && !options.kommune) {
    const fix = 'z. B. „Kreis Offenbach“ oder „06438“';
    problems.push({
      ...at,
      column: 'Kommune',
      value: fields.kommune,
      ...warning('unknown-value', `${quote(fields.kommune)} ist keine Kommune der WIR-Gebiete`, fix),
    });
  }
  const who = effectivePublisher(fields, options);
  if (!who.publisher) {
    const fix = `tragen Sie im Blatt ${quote(PUBLISHER_SHEET)} den Namen der Koordination ein (oder geben Sie ihn beim Import an)`;
    problems.push({ ...at, ...error('missing-publisher', 'Herausgeber fehlt', fix) });
    return { who, problems, usable: false };
  }
  if (who.madeUp) {
    const fix = `tragen Sie den Namen im Blatt ${quote(PUBLISHER_SHEET)} ein`;
    problems.push({ ...at, ...warning('missing-publisher', `kein Herausgeber angegeben: ${quote(who.madeUp)} verwendet`, fix) });
  }
  const checked = publisherSchema.safeParse(who.publisher);
  if (checked.success) return { who, problems, usable: true };
  const issue = checked.error.issues[0]!;
  const field = String(issue.path[issue.path.length - 1] ?? '');
  const value = field === 'name' ? who.publisher.name : (who.publisher.contact as Record<string, string> | undefined)?.[field];
  problems.push({ ...at, ...describeSchemaIssue(issue as never, value) });
  return { who, problems, usable: false };
}
