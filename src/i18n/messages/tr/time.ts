import type { CatalogPart } from '../../catalog-types.js';
import type { time as source } from '../de/time.js';

export const time: CatalogPart<typeof source> = {
  'time.day.mo': 'Pazartesi',
  'time.day.di': 'Salı',
  'time.day.mi': 'Çarşamba',
  'time.day.do': 'Perşembe',
  'time.day.fr': 'Cuma',
  'time.day.sa': 'Cumartesi',
  'time.day.so': 'Pazar',
  'time.daypart.vormittags': 'öğleden önce',
  'time.daypart.nachmittags': 'öğleden sonra',
  'time.daypart.abends': 'akşam',
  'time.allDay': 'tüm gün',
  'time.dayRange': (first: string, last: string) => `${first} – ${last}`,
  'time.daysAtParts': (days: string, parts: string) => `${days} ${parts}`,
  'time.daysAtTimes': (days: string, from: string, to: string) => `${days}, ${from}–${to}`,
};
