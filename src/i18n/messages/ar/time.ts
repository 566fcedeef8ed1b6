import type { CatalogPart } from '../../catalog-types.js';
import type { time as source } from '../de/time.js';

export const time: CatalogPart<typeof source> = {
  'time.day.mo': 'الاثنين',
  'time.day.di': 'الثلاثاء',
  'time.day.mi': 'الأربعاء',
  'time.day.do': 'الخميس',
  'time.day.fr': 'الجمعة',
  'time.day.sa': 'السبت',
  'time.day.so': 'الأحد',
  'time.daypart.vormittags': 'صباحاً',
  'time.daypart.nachmittags': 'بعد الظهر',
  'time.daypart.abends': 'مساءً',
  'time.allDay': 'طوال اليوم',
  'time.dayRange': (first: string, last: string) => `من ${first} إلى ${last}`,
  'time.daysAtParts': (days: string, parts: string) => `${days} ${parts}`,
  'time.daysAtTimes': (days: string, from: string, to: string) => `${days}، ${from}–${to}`,
};
