import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { searchStates as source } from '../de/states.js';

export const searchStates: CatalogPart<typeof source> = {
  'states.loading': 'Loading the list …',
  'states.area.unknown':
    'We do not know the area this page is for, so you see results from all of Hessen. Enter your town or postcode to search near you.',
  'states.error.title': 'The list cannot be loaded right now.',
  'states.error.body':
    'This is not your fault. Please try again in a moment. If it still does not work, the office that runs this page can help you.',
  'states.empty.title': 'Sorry, we found no one for this.',
  'states.empty.try': 'To find more:',
  'states.empty.none': 'Try another place or a different choice.',
  'states.relax.count': (n: number) => plural('en', n, { one: '(# result)', other: '(# results)' }),
  'states.relax.radius': (km: number) => `Widen the area to ${km} km`,
  'states.relax.language-substitute': (language: string) => `Also show ${language}`,
  'states.relax.drop-text': (text: string) => `Leave out the word “${text}”`,
  'states.relax.drop-levels': 'Show all language levels',
  'states.relax.drop-childcare': 'Also show courses without childcare',
  'states.relax.drop-audience': 'Also show courses for everyone',
  'states.relax.drop-dayparts': 'Show any time of day',
  'states.relax.drop-days': 'Show all weekdays',
  'states.relax.drop-start': 'Also show courses starting later',
  'states.relax.drop-free': 'Also show courses that cost money',
  'states.relax.drop-seats': 'Also show courses without seat information',
  'states.relax.include-full': 'Also show full courses with a waiting list',
  'states.relax.drop-program': 'Show all programmes',
  'states.relax.drop-format': 'Show all course formats',
  'states.relax.drop-kommune': 'Also from other places (phone or video)',
  'states.relax.drop-mode': 'Also show other ways of interpreting',
  'states.relax.drop-setting': 'Show all settings',
  'states.relax.drop-date': 'Also show other days',
  'states.relax.other': 'Widen the search',
  'states.shown': (shown: number, total: number) => `Showing ${shown} of ${total}`,
  'states.contact.phone': 'Phone',
  'states.contact.email': 'Email',
  'states.contact.web': 'Web',
  'states.contact.webLink': (host: string) => `Website ${host}`,
};
