/** The words of the template's instructions sheet, per kind. Plain German for coordinators. */
import type { FeedKind } from '../schema/index.js';

export const INSTRUCTIONS: Record<FeedKind, { title: string; intro: string }> = {
  lotsen: {
    title: 'Vorlage: Integrationslotsinnen und -lotsen',
    intro: 'Je Zeile eine Lotsin oder ein Lotse. Aus dieser Tabelle entsteht die Liste, die der Lotsen-Finder auf Ihrer Website zeigt.',
  },
  sprachkurse: {
    title: 'Vorlage: Deutschkurse',
    intro: 'Je Zeile ein Kurs. Aus dieser Tabelle entsteht die Liste, die die Kurssuche auf Ihrer Website zeigt.',
  },
  dolmetscher: {
    title: 'Vorlage: Laiendolmetscherinnen und -dolmetscher',
    intro: 'Je Zeile eine Person. Diese Liste bleibt meist intern: Sie hilft der Koordination, Anfragen passend zu vermitteln.',
  },
};

export const STEPS: readonly string[] = [
  '1. Tragen Sie im Blatt „Herausgeber“ den Namen Ihrer Koordination, die Kommune und die Kontaktdaten ein. Sie gelten für alle Zeilen ohne eigene Kontaktstelle.',
  '2. Füllen Sie das zweite Blatt aus: je Zeile ein Eintrag. Die Überschriften haben Kommentare mit Erklärungen; Felder mit fester Auswahl bieten eine Liste an.',
  '3. Löschen Sie die beiden Beispielzeilen (ID „Beispiel-…“). Sie werden beim Import sonst nur übersprungen.',
  '4. Prüfen Sie die Tabelle in der Werkstatt (/werkstatt/) oder mit „npx wir-widgets import“. Jede Zeile mit Fehler wird mit Zeile, Spalte und Vorschlag genannt.',
  '5. Veröffentlichen Sie die erzeugte JSON-Datei auf Ihrer Website und tragen Sie ihre Adresse im Attribut „feed“ des Bausteins ein.',
];

export const PRIVACY_NOTE =
  'Datenschutz: Tragen Sie keine privaten Adressen, Telefonnummern oder E-Mail-Adressen von Ehrenamtlichen ein. Anfragen laufen immer über die Kontaktstelle.';
