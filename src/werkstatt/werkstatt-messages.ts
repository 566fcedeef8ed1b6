/**
 * Texts of <wir-werkstatt>, for coordinators: German first, English for colleagues who read
 * it better. The problems themselves come from the core in German (they quote the German
 * sheet headers and values).
 */
import type { FeedKind } from '../core/schema/index.js';

const de = {
  title: 'Tabelle prüfen und Feed erstellen',
  intro:
    'Wählen Sie die Tabelle Ihrer Koordination (Excel .xlsx oder .csv). Die Werkstatt prüft jede Zeile und erstellt daraus die Datei für die Bausteine auf Ihrer Website.',
  privacy: 'Die Tabelle verlässt Ihren Computer nicht: Alles wird hier im Browser geprüft.',
  kindLegend: 'Was steht in der Tabelle?',
  kindHint: 'Nach dem Einlesen wird die Art erkannt, solange Sie keine gewählt haben.',
  kinds: { lotsen: 'Lotsinnen und Lotsen', sprachkurse: 'Deutschkurse', dolmetscher: 'Laiendolmetscherinnen und -dolmetscher' } as Record<
    FeedKind,
    string
  >,
  publisherSummary: 'Herausgeber (optional)',
  publisherHint: 'Leer lassen, wenn die Tabelle ein ausgefülltes Blatt „Herausgeber“ hat. Angaben hier gehen vor.',
  publisherName: 'Name der Koordination',
  kommune: 'Kommune',
  kommuneNone: 'aus der Tabelle',
  fileLabel: 'Tabelle auswählen',
  fileHint: '.xlsx oder .csv – oder ziehen Sie die Datei in dieses Feld.',
  dropHere: 'Datei hier ablegen',
  recheck: (file: string) => `${file} erneut prüfen`,
  templateLink: 'Noch keine Tabelle? Leere Vorlage herunterladen',
  reading: (file: string) => `${file} wird gelesen …`,
  progress: (done: number, total: number) => `Zeile ${fmt(done)} von ${fmt(total)} geprüft`,
  failed: 'Die Datei konnte nicht gelesen werden.',
  resultTitle: 'Ergebnis',
  summary: (total: number, valid: number, skipped: number) =>
    `${fmt(total)} ${total === 1 ? 'Eintrag' : 'Einträge'} gelesen: ${fmt(valid)} übernommen${skipped ? `, ${fmt(skipped)} übersprungen` : ''}.`,
  sheetInfo: (sheet: string, row: number) => `Blatt „${sheet}“, Überschriften in Zeile ${row}.`,
  notes: (n: number) => (n === 1 ? '1 Hinweis' : `${fmt(n)} Hinweise`),
  allGood: 'Alle Zeilen sind in Ordnung.',
  unusable: 'Aus dieser Tabelle entsteht noch kein Feed. Beheben Sie die Punkte unten und wählen Sie die Tabelle erneut.',
  announceDone: (valid: number, total: number) => `Prüfung fertig: ${fmt(valid)} von ${fmt(total)} Einträgen übernommen.`,
  downloadFeed: (file: string) => `Feed herunterladen (${file})`,
  downloadCorrected: 'Tabelle mit markierten Fehlern herunterladen',
  downloadCorrectedHint: 'Vorschläge sind eingesetzt und gelb markiert, Fehler rot; jede markierte Zelle hat einen Kommentar.',
  publishHint: 'Laden Sie den Feed auf Ihre Website und tragen Sie seine Adresse im Attribut „feed“ des Bausteins ein.',
  fileProblems: 'Zur ganzen Datei',
  sheet: 'Blatt',
  note: 'Hinweis',
  tableCaption: 'Zeilen mit Problemen',
  tableCaptionAll: 'Alle Zeilen',
  showAll: 'Auch Zeilen ohne Probleme zeigen',
  row: 'Zeile',
  entry: 'Eintrag',
  status: 'Status',
  column: 'Spalte',
  value: 'Wert',
  problem: 'Problem',
  fix: 'So beheben',
  statusSkipped: 'übersprungen',
  statusWarning: 'übernommen, mit Hinweis',
  statusOk: 'übernommen',
  statusIgnored: 'Beispiel, nicht übernommen',
  more: (n: number) => `Weitere ${fmt(n)} anzeigen`,
  shown: (shown: number, total: number) => `${fmt(shown)} von ${fmt(total)} Zeilen angezeigt`,
};

export type WerkstattMessages = typeof de;

const en: WerkstattMessages = {
  title: 'Check a sheet and make a feed',
  intro:
    "Choose your office's sheet (Excel .xlsx or .csv). The workshop checks every row and turns it into the file the widgets on your website read.",
  privacy: 'The sheet never leaves your computer: everything is checked here in the browser.',
  kindLegend: 'What does the sheet list?',
  kindHint: 'Detected after reading, as long as you have not chosen.',
  kinds: { lotsen: 'Lotsen (volunteer guides)', sprachkurse: 'German courses', dolmetscher: 'Community interpreters' },
  publisherSummary: 'Publisher (optional)',
  publisherHint: 'Leave empty when the sheet has a filled-in „Herausgeber“ sheet. What you enter here wins.',
  publisherName: 'Name of the office',
  kommune: 'Kommune',
  kommuneNone: 'from the sheet',
  fileLabel: 'Choose a sheet',
  fileHint: '.xlsx or .csv – or drop the file onto this box.',
  dropHere: 'Drop the file here',
  recheck: (file: string) => `Check ${file} again`,
  templateLink: 'No sheet yet? Download an empty template',
  reading: (file: string) => `Reading ${file} …`,
  progress: (done: number, total: number) => `Checked row ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
  failed: 'The file could not be read.',
  resultTitle: 'Result',
  summary: (total: number, valid: number, skipped: number) =>
    `${total} ${total === 1 ? 'entry' : 'entries'} read: ${valid} taken${skipped ? `, ${skipped} skipped` : ''}.`,
  sheetInfo: (sheet: string, row: number) => `Sheet „${sheet}“, headers in row ${row}.`,
  notes: (n: number) => (n === 1 ? '1 note' : `${n} notes`),
  allGood: 'All rows are fine.',
  unusable: 'This sheet does not make a feed yet. Fix the points below and choose the sheet again.',
  announceDone: (valid: number, total: number) => `Check finished: ${valid} of ${total} entries taken.`,
  downloadFeed: (file: string) => `Download the feed (${file})`,
  downloadCorrected: 'Download the sheet with problems marked',
  downloadCorrectedHint: 'Suggestions are filled in and marked yellow, errors red; every marked cell has a comment.',
  publishHint: "Upload the feed to your website and put its address into the widget's „feed“ attribute.",
  fileProblems: 'About the whole file',
  sheet: 'Sheet',
  note: 'Note',
  tableCaption: 'Rows with problems',
  tableCaptionAll: 'All rows',
  showAll: 'Also show rows without problems',
  row: 'Row',
  entry: 'Entry',
  status: 'Status',
  column: 'Column',
  value: 'Value',
  problem: 'Problem (German)',
  fix: 'How to fix',
  statusSkipped: 'skipped',
  statusWarning: 'taken, with a note',
  statusOk: 'taken',
  statusIgnored: 'example, not taken',
  more: (n: number) => `Show ${n} more`,
  shown: (shown: number, total: number) => `${shown} of ${total} rows shown`,
};

function fmt(n: number): string {
  return n.toLocaleString('de-DE');
}

export function werkstattMessages(lang: string | null | undefined): WerkstattMessages {
  return lang?.toLowerCase().startsWith('en') ? en : de;
}
