import type { CatalogPart } from '../../catalog-types.js';
import type { time as source } from '../de/time.js';

export const time: CatalogPart<typeof source> = {
  'time.day.mo': 'понедельник',
  'time.day.di': 'вторник',
  'time.day.mi': 'среда',
  'time.day.do': 'четверг',
  'time.day.fr': 'пятница',
  'time.day.sa': 'суббота',
  'time.day.so': 'воскресенье',
  'time.daypart.vormittags': 'утром',
  'time.daypart.nachmittags': 'днём',
  'time.daypart.abends': 'вечером',
  'time.allDay': 'весь день',
  'time.dayRange': (first: string, last: string) => `${first} – ${last}`,
  'time.daysAtParts': (days: string, parts: string) => `${days} ${parts}`,
  'time.daysAtTimes': (days: string, from: string, to: string) => `${days}, ${from}–${to}`,
};
