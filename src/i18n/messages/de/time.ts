/**
 * German words for weekdays, day parts and times on cards and in reasons (source locale). One
 * set for every widget, so a Lotse's card and its "Zeit passt" reason name a day the same way.
 */
export const time = {
  'time.day.mo': 'Montag',
  'time.day.di': 'Dienstag',
  'time.day.mi': 'Mittwoch',
  'time.day.do': 'Donnerstag',
  'time.day.fr': 'Freitag',
  'time.day.sa': 'Samstag',
  'time.day.so': 'Sonntag',
  'time.daypart.vormittags': 'vormittags',
  'time.daypart.nachmittags': 'nachmittags',
  'time.daypart.abends': 'abends',
  'time.allDay': 'ganztags',
  /** Three or more days in a row: "Montag bis Freitag". */
  'time.dayRange': (first: string, last: string) => `${first} bis ${last}`,
  'time.daysAtParts': (days: string, parts: string) => `${days} ${parts}`,
  'time.daysAtTimes': (days: string, from: string, to: string) => `${days}, ${from}–${to}`,
};
