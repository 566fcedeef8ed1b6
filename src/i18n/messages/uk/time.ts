import type { CatalogPart } from '../../catalog-types.js';
import type { time as source } from '../de/time.js';

export const time: CatalogPart<typeof source> = {
  'time.day.mo': 'понеділок',
  'time.day.di': 'вівторок',
  'time.day.mi': 'середа',
  'time.day.do': 'четвер',
  'time.day.fr': 'пʼятниця',
  'time.day.sa': 'субота',
  'time.day.so': 'неділя',
  'time.daypart.vormittags': 'до обіду',
  'time.daypart.nachmittags': 'після обіду',
  'time.daypart.abends': 'увечері',
  'time.allDay': 'увесь день',
  'time.dayRange': (first: string, last: string) => `${first} – ${last}`,
  'time.daysAtParts': (days: string, parts: string) => `${days} ${parts}`,
  'time.daysAtTimes': (days: string, from: string, to: string) => `${days}, ${from}–${to}`,
};
