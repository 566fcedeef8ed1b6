import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kontakt as source } from '../de/kontakt.js';

export const kontakt: CatalogPart<typeof source> = {
  'kontakt.title': (name: string) => `Ask to meet ${name}`,
  'kontakt.intro':
    'The WIR coordination office receives your request and puts you in touch. It passes your details on only to this integration guide.',
  'kontakt.name.label': 'Your first name or name',
  'kontakt.contact.legend': 'How can you be reached?',
  'kontakt.contact.hint': 'Phone, e-mail or both.',
  'kontakt.language.legend': 'Which language would you like to speak?',
  'kontakt.topics.legend': 'What do you need help with? (optional)',
  'kontakt.note.label': 'Short message (optional)',
  'kontakt.note.hint': 'For example, when it is best to reach you. Please do not write about illnesses.',
  'kontakt.consent.label': 'I agree that my details go to the WIR coordination office so that it can put me in touch.',
  'kontakt.close': 'Close',
  'kontakt.cancel': 'Cancel',
  'kontakt.success.next1': (name: string) => `The WIR coordination office asks ${name}.`,
  'kontakt.success.next2': (days: number) =>
    `The office usually gets back to you within ${plural('en', days, { one: '# working day', other: '# working days' })}.`,
  'kontakt.summary.lotse': 'Integration guide',
  'kontakt.summary.language': 'Language',
  'kontakt.summary.topics': 'Topics',
  'kontakt.summary.contact': 'How to reach you',
  'kontakt.unsupported': 'This request cannot be sent here at the moment. Your details are not lost.',
  'kontakt.office': 'You can reach the coordination office directly:',
  'kontakt.error.name.required': 'Enter your first name or name.',
  'kontakt.error.language.required': 'Choose the language you would like to speak.',
};
