import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { searchStates as source } from '../de/states.js';

export const searchStates: CatalogPart<typeof source> = {
  'states.loading': 'Wir laden die Liste …',
  'states.area.unknown':
    'Wir wissen nicht, für welchen Ort diese Seite ist. Darum sehen Sie Ergebnisse aus ganz Hessen. Schreiben Sie Ihren Ort in das Feld „Wo?“. Dann sehen Sie Ergebnisse in Ihrer Nähe.',
  'states.error.title': 'Wir können die Liste gerade nicht laden.',
  'states.error.body':
    'Das ist nicht Ihr Fehler. Bitte versuchen Sie es gleich noch einmal. Klappt es wieder nicht? Dann fragen Sie den Anbieter von dieser Internet·seite. Der Anbieter hilft Ihnen.',
  'states.empty.title': 'Wir haben leider niemanden gefunden.',
  'states.empty.try': 'So finden Sie mehr:',
  'states.empty.none': 'Versuchen Sie einen anderen Ort. Oder wählen Sie etwas anderes aus.',
  'states.relax.count': (n: number) => plural('de', n, { one: '(# Ergebnis)', other: '(# Ergebnisse)' }),
  'states.relax.radius': (km: number) => `Weiter weg suchen: bis ${km} Kilometer`,
  'states.relax.language-substitute': (language: string) => `Auch ${language} zeigen`,
  'states.relax.drop-text': (text: string) => `Ohne das Such·wort „${text}“ suchen`,
  'states.relax.drop-levels': 'Kurse für alle Stufen zeigen',
  'states.relax.drop-childcare': 'Auch Kurse ohne Kinder·betreuung zeigen',
  'states.relax.drop-audience': 'Auch Kurse für alle Menschen zeigen',
  'states.relax.drop-dayparts': 'Alle Tages·zeiten zeigen',
  'states.relax.drop-days': 'Alle Wochen·tage zeigen',
  'states.relax.drop-start': 'Auch Kurse zeigen, die später beginnen',
  'states.relax.drop-free': 'Auch Kurse zeigen, die Geld kosten',
  'states.relax.drop-seats': 'Auch Kurse ohne Infos zu freien Plätzen zeigen',
  'states.relax.include-full': 'Auch volle Kurse mit Warte·liste zeigen',
  'states.relax.drop-program': 'Alle Programme zeigen',
  'states.relax.drop-format': 'Kurse vor Ort und online zeigen',
  'states.relax.drop-kommune': 'Auch aus anderen Orten zeigen (am Telefon oder per Video)',
  'states.relax.drop-mode': 'Auch andere Arten zeigen: vor Ort, Telefon oder Video',
  'states.relax.drop-setting': 'Alle Bereiche zeigen',
  'states.relax.drop-date': 'Auch andere Tage zeigen',
  'states.relax.other': 'Mehr Ergebnisse suchen',
  'states.shown': (shown: number, total: number) => `Sie sehen ${shown} von ${total}`,
  'states.contact.phone': 'Telefon',
  'states.contact.email': 'E-Mail',
  'states.contact.web': 'Internet',
  'states.contact.webLink': (host: string) => `Internet·seite ${host}`,
};
