import type { CatalogPart } from '../../catalog-types.js';
import type { time as source } from '../de/time.js';

export const time: CatalogPart<typeof source> = {
  'time.day.mo': 'Monday',
  'time.day.di': 'Tuesday',
  'time.day.mi': 'Wednesday',
  'time.day.do': 'Thursday',
  'time.day.fr': 'Friday',
  'time.day.sa': 'Saturday',
  'time.day.so': 'Sunday',
  'time.daypart.vormittags': 'mornings',
  'time.daypart.nachmittags': 'afternoons',
  'time.daypart.abends': 'evenings',
  'time.allDay': 'all day',
  'time.dayRange': (first: string, last: string) => `${first} to ${last}`,
  'time.daysAtParts': (days: string, parts: string) => `${days} ${parts}`,
  'time.daysAtTimes': (days: string, from: string, to: string) => `${days}, ${from}–${to}`,
};
