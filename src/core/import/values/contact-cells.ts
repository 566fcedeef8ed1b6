/**
 * The office to contact (never the volunteer): cells of the row, or the publisher's office
 * when the row names none. Phone numbers typed as numbers lost their leading 0 in Excel.
 */
import type { Contact } from '../../schema/index.js';
import { error, quote, warning } from '../problems.js';
import type { RowReader } from '../row-reader.js';
import { type CellValue, cellText } from '../sheet.js';

/** "www.awo.de" → "https://www.awo.de": offices rarely write the scheme. */
export function webAddress(row: RowReader, key: string): string | undefined {
  const text = row.text(key);
  if (!text) return undefined;
  if (/^https?:\/\//i.test(text)) return text;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text)) return `https://${text}`;
  row.report(key, error('invalid-value', `${quote(text)} ist keine Web-Adresse`, 'z. B. „https://www.beispiel.de“'));
  return undefined;
}

export function phoneNumber(row: RowReader, key: string): string | undefined {
  const value = row.cell(key);
  if (typeof value === 'number' && Number.isInteger(value)) {
    row.report(
      key,
      warning(
        'read-as',
        `${quote(cellText(value))} als Telefonnummer 0${value} gelesen`,
        'geben Sie Telefonnummern als Text ein, damit die führende 0 bleibt',
      ),
    );
    return `0${value}`;
  }
  return row.text(key) || undefined;
}

export function readContact(row: RowReader, fallback: Contact | undefined): Contact | undefined {
  const name = row.text('contactName');
  const email = row.text('contactEmail');
  const phone = phoneNumber(row, 'contactPhone');
  const url = webAddress(row, 'contactUrl');
  if (!name && !email && !phone && !url && !row.text('contactUrl')) {
    if (!fallback)
      row.report(
        'contactName',
        error('missing-value', 'keine Kontaktstelle', 'tragen Sie die Kontaktstelle ein oder füllen Sie das Blatt „Herausgeber“ aus'),
      );
    return fallback;
  }
  const contact: Contact = { name: name || fallback?.name || '' };
  if (!contact.name)
    row.report('contactName', error('missing-value', 'Name der Kontaktstelle fehlt', 'z. B. „WIR-Koordination Kreis Offenbach“'));
  if (email) contact.email = email;
  if (phone) contact.phone = phone;
  if (url) contact.url = url;
  return contact;
}

/** The export leaves the contact cells empty where the row's contact is the publisher's. */
export function contactCells(contact: Contact, fallback: Contact | undefined): Record<string, CellValue> {
  const same =
    fallback !== undefined &&
    contact.name === fallback.name &&
    contact.email === fallback.email &&
    contact.phone === fallback.phone &&
    contact.url === fallback.url;
  return same
    ? {}
    : { contactName: contact.name, contactEmail: contact.email ?? '', contactPhone: contact.phone ?? '', contactUrl: contact.url ?? '' };
}
