/** Columns every kind shares: the id, the place, the contact office, times and description. */
import type { ColumnSpec } from '../columns.js';

export const ID_COLUMN: ColumnSpec = {
  key: 'id',
  header: 'ID',
  aliases: ['Kennung', 'Nr', 'Nummer', 'lfd. Nr.', 'Kennzeichen'],
  field: 'id',
  hint: 'Optional. Eine feste Kennung je Zeile (z. B. L-17). Leer lassen: Die ID wird aus Name und Ort gebildet und bleibt bei jedem Import gleich. Zeilen, deren ID mit „Beispiel“ beginnt, werden nicht übernommen.',
  examples: ['Beispiel-1', 'Beispiel-2'],
  width: 12,
};

/**
 * For courses the address is where the course meets. For Lotsen and interpreters only a
 * fixed meeting point may be published, never a home address, so the usual "Adresse" and
 * "Straße" headers are not read there (see PRIVATE_HEADERS).
 */
export function placeColumns(rows: 'course' | 'person'): ColumnSpec[] {
  return PLACE_COLUMNS.map((c) =>
    c.key !== 'address' || rows === 'course'
      ? c
      : {
          ...c,
          header: 'Treffpunkt',
          aliases: ['Treffpunkt Adresse'],
          hint: 'Optional: Adresse eines festen Treffpunkts (z. B. Beratungsstelle). Nie die Privatadresse!',
          examples: ['', 'Rathaus, Europaplatz 1'],
        },
  );
}

/** Headers that in a sheet of people hold private data: never read, and the coordinator is told why. */
export const PRIVATE_HEADERS = [
  'E-Mail',
  'Email',
  'Mail',
  'Telefon',
  'Tel',
  'Handy',
  'Mobil',
  'Mobilnummer',
  'Telefonnummer',
  'Adresse',
  'Anschrift',
  'Straße',
  'Strasse',
  'Geburtsdatum',
  'Geburtstag',
  'Alter',
  'IBAN',
  'Nachname',
  'Vollständiger Name',
];

const PLACE_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'plz',
    header: 'PLZ',
    aliases: ['Postleitzahl', 'PLZ Ort', 'Post-Leitzahl'],
    field: 'place.plz',
    hint: 'Postleitzahl in Hessen. PLZ oder Ort genügt; mit PLZ wird der Ort genauer gefunden.',
    examples: ['63128', '63110'],
    width: 8,
  },
  {
    key: 'ort',
    header: 'Ort',
    aliases: ['Wohnort', 'Stadt', 'Gemeinde', 'Stadt/Gemeinde', 'Kursort', 'Einsatzort'],
    field: 'place.ort',
    hint: 'Stadt oder Gemeinde, wie sie im Suchergebnis erscheinen soll. Leer: aus der PLZ.',
    examples: ['Dietzenbach', 'Rodgau'],
    width: 18,
  },
  {
    key: 'ortsteil',
    header: 'Ortsteil',
    aliases: ['Stadtteil'],
    field: 'place.ortsteil',
    hint: 'Optional, z. B. „Jügesheim“.',
    examples: ['', 'Jügesheim'],
    width: 14,
  },
  {
    key: 'address',
    header: 'Adresse',
    aliases: ['Straße', 'Strasse', 'Anschrift', 'Straße und Hausnummer'],
    field: 'place.address',
    hint: 'Optional: Straße und Hausnummer des Kursorts.',
    examples: ['', 'Ludwigstraße 2'],
    width: 22,
  },
  {
    key: 'barrierefrei',
    header: 'Barrierefrei',
    aliases: ['barrierefreier Zugang', 'rollstuhlgerecht'],
    field: 'place.barrierefrei',
    hint: 'ja oder nein; leer = keine Angabe.',
    examples: ['', 'ja'],
    dropDown: 'yes-no',
    width: 12,
  },
  {
    key: 'kommune',
    header: 'Kommune',
    aliases: ['Kreisschlüssel', 'AGS'],
    field: 'place.kommune',
    hint: 'Vom Export geschrieben (Kreisschlüssel oder AGS). Beim eigenen Ausfüllen leer lassen: Die Kommune folgt aus PLZ und Ort.',
    examples: ['', ''],
    width: 10,
    exportOnly: true,
  },
  {
    key: 'lat',
    header: 'Breitengrad',
    aliases: ['Breite', 'Latitude'],
    field: 'place.lat',
    hint: 'Vom Export geschrieben. Leer lassen: Der Punkt folgt aus PLZ und Ort.',
    examples: ['', ''],
    width: 11,
    exportOnly: true,
  },
  {
    key: 'lon',
    header: 'Längengrad',
    aliases: ['Länge', 'Longitude'],
    field: 'place.lon',
    hint: 'Vom Export geschrieben. Leer lassen: Der Punkt folgt aus PLZ und Ort.',
    examples: ['', ''],
    width: 11,
    exportOnly: true,
  },
];

export const AVAILABILITY_COLUMN: ColumnSpec = {
  key: 'availability',
  header: 'Zeiten',
  aliases: ['Verfügbarkeit', 'verfügbar am', 'Wann', 'Zeit', 'Termine', 'Erreichbarkeit', 'Uhrzeiten', 'Wochentage'],
  field: 'availability',
  hint: 'Wochentage mit Uhrzeit oder Tageszeit, z. B. „Mo 9-12, Mi nachmittags, Do ab 17 Uhr“ oder „Mo–Fr vormittags“. Tageszeiten: vormittags, nachmittags, abends, ganztags.',
  examples: ['Mo 9-12, Mi nachmittags', 'Di + Do ab 17 Uhr'],
  width: 28,
};

export const DESCRIPTION_COLUMN: ColumnSpec = {
  key: 'description',
  header: 'Beschreibung',
  aliases: ['Bemerkung', 'Bemerkungen', 'Info', 'Infos', 'Text', 'Kurzbeschreibung', 'Über mich'],
  field: 'description',
  hint: 'Optional: ein kurzer Text, der im Suchergebnis erscheint (nur Text, kein HTML).',
  examples: ['Begleitet gern zu Elterngesprächen.', ''],
  width: 30,
};

export const CONTACT_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'contactName',
    header: 'Kontakt',
    aliases: ['Kontaktstelle', 'Ansprechstelle', 'Kontakt Name', 'Koordination', 'Zuständig'],
    field: 'contact.name',
    hint: 'Die Stelle, die Anfragen annimmt – nie die Ehrenamtlichen selbst. Leer: der Herausgeber (Blatt „Herausgeber“).',
    examples: ['', ''],
    width: 22,
  },
  {
    key: 'contactEmail',
    header: 'Kontakt E-Mail',
    aliases: ['Kontaktstelle E-Mail', 'E-Mail Kontaktstelle', 'E-Mail Koordination'],
    field: 'contact.email',
    hint: 'E-Mail der Kontaktstelle. Leer: die des Herausgebers.',
    examples: ['', ''],
    width: 24,
  },
  {
    key: 'contactPhone',
    header: 'Kontakt Telefon',
    aliases: ['Kontaktstelle Telefon', 'Telefon Kontaktstelle', 'Telefon Koordination'],
    field: 'contact.phone',
    hint: 'Telefon der Kontaktstelle. Leer: das des Herausgebers. In Excel als Text eingeben, damit die führende 0 bleibt.',
    examples: ['', ''],
    width: 18,
  },
  {
    key: 'contactUrl',
    header: 'Kontakt Website',
    aliases: ['Kontaktstelle Website', 'Website Kontaktstelle', 'Kontakt Webseite', 'Kontakt URL'],
    field: 'contact.url',
    hint: 'Website der Kontaktstelle (mit https://). Leer: die des Herausgebers.',
    examples: ['', ''],
    width: 24,
  },
];
