import type { CatalogPart } from '../../catalog-types.js';
import type { time as source } from '../de/time.js';

/** Leichte Sprache: whole words, no abbreviations, "Uhr" after a time. */
export const time: CatalogPart<typeof source> = {
  'time.day.mo': 'Montag',
  'time.day.di': 'Dienstag',
  'time.day.mi': 'Mittwoch',
  'time.day.do': 'Donnerstag',
  'time.day.fr': 'Freitag',
  'time.day.sa': 'Samstag',
  'time.day.so': 'Sonntag',
  'time.daypart.vormittags': 'am Vormittag',
  'time.daypart.nachmittags': 'am Nachmittag',
  'time.daypart.abends': 'am Abend',
  'time.allDay': 'den ganzen Tag',
  'time.dayRange': (first: string, last: string) => `${first} bis ${last}`,
  'time.daysAtParts': (days: string, parts: string) => `${days} ${parts}`,
  'time.daysAtTimes': (days: string, from: string, to: string) => `${days} von ${from} Uhr bis ${to} Uhr`,
};
