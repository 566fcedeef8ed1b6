import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kontakt as source } from '../de/kontakt.js';

export const kontakt: CatalogPart<typeof source> = {
  'kontakt.title': (name: string) => `Попросити про контакт із ${name}`,
  'kontakt.intro': 'Ваш запит отримує координаційне бюро WIR і встановлює контакт. Бюро передає ваші дані лише цьому лоцману чи лоцманці.',
  'kontakt.name.label': 'Ваше ім’я або прізвище',
  'kontakt.contact.legend': 'Як із вами зв’язатися?',
  'kontakt.contact.hint': 'Телефон, електронна пошта або обидва.',
  'kontakt.language.legend': 'Якою мовою ви хочете говорити?',
  'kontakt.topics.legend': 'З чим вам потрібна допомога? (необов’язково)',
  'kontakt.note.label': 'Коротке повідомлення (необов’язково)',
  'kontakt.note.hint': 'Наприклад, коли вам зручно, щоб вам зателефонували. Будь ласка, не пишіть про хвороби.',
  'kontakt.consent.label': 'Я погоджуюся, що мої дані отримає координаційне бюро WIR, щоб встановити контакт.',
  'kontakt.close': 'Закрити',
  'kontakt.cancel': 'Скасувати',
  'kontakt.success.next1': (name: string) => `Координаційне бюро WIR запитає ${name}.`,
  'kontakt.success.next2': (days: number) =>
    `Зазвичай бюро зв’язується з вами протягом ${plural('uk', days, { one: '# робочого дня', few: '# робочих днів', many: '# робочих днів', other: '# робочого дня' })}.`,
  'kontakt.summary.lotse': 'Лоцман або лоцманка',
  'kontakt.summary.language': 'Мова',
  'kontakt.summary.topics': 'Теми',
  'kontakt.summary.contact': 'Як із вами зв’язатися',
  'kontakt.unsupported': 'Зараз цей запит не можна надіслати звідси. Ваші дані не втрачено.',
  'kontakt.office': 'Зв’язатися з координаційним бюро напряму:',
  'kontakt.error.name.required': 'Введіть своє ім’я або прізвище.',
  'kontakt.error.language.required': 'Виберіть мову, якою ви хочете говорити.',
};
