import type { CatalogPart } from '../../catalog-types.js';
import type { time as source } from '../de/time.js';

export const time: CatalogPart<typeof source> = {
  'time.day.mo': 'دوشنبه',
  'time.day.di': 'سه‌شنبه',
  'time.day.mi': 'چهارشنبه',
  'time.day.do': 'پنجشنبه',
  'time.day.fr': 'جمعه',
  'time.day.sa': 'شنبه',
  'time.day.so': 'یکشنبه',
  'time.daypart.vormittags': 'قبل از ظهر',
  'time.daypart.nachmittags': 'بعد از ظهر',
  'time.daypart.abends': 'شب',
  'time.allDay': 'تمام روز',
  'time.dayRange': (first: string, last: string) => `${first} تا ${last}`,
  'time.daysAtParts': (days: string, parts: string) => `${days} ${parts}`,
  'time.daysAtTimes': (days: string, from: string, to: string) => `${days}، ${from}–${to}`,
};
