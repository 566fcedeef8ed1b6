import { plural } from '../../plural.js';

/** German texts for the states area (source locale): loading, error, empty, more, contact. */
export const searchStates = {
  'states.loading': 'Die Liste wird geladen …',
  'states.area.unknown':
    'Wir kennen das Gebiet dieser Seite nicht. Darum sehen Sie Ergebnisse aus ganz Hessen. Geben Sie Ihren Ort ein, um in Ihrer Nähe zu suchen.',
  'states.error.title': 'Die Liste kann gerade nicht geladen werden.',
  'states.error.body':
    'Das liegt nicht an Ihnen. Bitte versuchen Sie es gleich noch einmal. Klappt es wieder nicht, hilft Ihnen die Stelle, die diese Seite anbietet.',
  'states.empty.title': 'Dazu haben wir leider niemanden gefunden.',
  'states.empty.try': 'So finden Sie mehr:',
  'states.empty.none': 'Versuchen Sie einen anderen Ort oder eine andere Auswahl.',
  'states.relax.count': (n: number) => plural('de', n, { one: '(# Treffer)', other: '(# Treffer)' }),
  'states.relax.radius': (km: number) => `Umkreis auf ${km} km erweitern`,
  'states.relax.language-substitute': (language: string) => `Auch ${language} zeigen`,
  'states.relax.drop-text': (text: string) => `Suchwort „${text}“ weglassen`,
  'states.relax.drop-levels': 'Alle Sprachniveaus zeigen',
  'states.relax.drop-childcare': 'Auch ohne Kinderbetreuung zeigen',
  'states.relax.drop-audience': 'Auch Kurse für alle zeigen',
  'states.relax.drop-dayparts': 'Jede Tageszeit zeigen',
  'states.relax.drop-days': 'Alle Wochentage zeigen',
  'states.relax.drop-start': 'Auch spätere Kursstarts zeigen',
  'states.relax.drop-free': 'Auch Kurse mit Kosten zeigen',
  'states.relax.drop-seats': 'Auch Kurse ohne Angabe freier Plätze zeigen',
  'states.relax.include-full': 'Auch volle Kurse mit Warteliste zeigen',
  'states.relax.drop-program': 'Alle Programme zeigen',
  'states.relax.drop-format': 'Alle Kursformen zeigen',
  'states.relax.drop-kommune': 'Auch aus anderen Orten (Telefon oder Video)',
  'states.relax.drop-mode': 'Auch andere Einsatzarten zeigen',
  'states.relax.drop-setting': 'Alle Einsatzbereiche zeigen',
  'states.relax.drop-date': 'Auch an anderen Tagen zeigen',
  'states.relax.other': 'Suche erweitern',
  'states.shown': (shown: number, total: number) => `${shown} von ${total} angezeigt`,
  'states.contact.phone': 'Telefon',
  'states.contact.email': 'E-Mail',
  'states.contact.web': 'Internet',
  'states.contact.webLink': (host: string) => `Website ${host}`,
};
