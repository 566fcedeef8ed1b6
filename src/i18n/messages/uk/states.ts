import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { searchStates as source } from '../de/states.js';

export const searchStates: CatalogPart<typeof source> = {
  'states.loading': 'Завантажуємо список…',
  'states.area.unknown':
    'Ми не знаємо, для якої території ця сторінка, тому ви бачите результати з усього Гессену. Введіть своє місто або поштовий індекс, щоб шукати поруч із вами.',
  'states.error.title': 'Зараз не вдається завантажити список.',
  'states.error.body':
    'Причина не у вас. Будь ласка, спробуйте ще раз за хвилину. Якщо знову не вийде, вам допоможе організація, яка розмістила цю сторінку.',
  'states.empty.title': 'На жаль, за цим запитом ми нікого не знайшли.',
  'states.empty.try': 'Як знайти більше:',
  'states.empty.none': 'Спробуйте інше місце або змініть вибір.',
  'states.relax.count': (n: number) =>
    plural('uk', n, { one: '(# результат)', few: '(# результати)', many: '(# результатів)', other: '(# результату)' }),
  'states.relax.radius': (km: number) => `Розширити радіус до ${km} км`,
  'states.relax.language-substitute': (language: string) => `Показати також: ${language}`,
  'states.relax.drop-text': (text: string) => `Шукати без слова «${text}»`,
  'states.relax.drop-levels': 'Показати всі рівні мови',
  'states.relax.drop-childcare': 'Показати й курси без догляду за дітьми',
  'states.relax.drop-audience': 'Показати й курси для всіх',
  'states.relax.drop-dayparts': 'Показати будь-який час дня',
  'states.relax.drop-days': 'Показати всі дні тижня',
  'states.relax.drop-start': 'Показати й курси, що починаються пізніше',
  'states.relax.drop-free': 'Показати й платні курси',
  'states.relax.drop-seats': 'Показати й курси без даних про вільні місця',
  'states.relax.include-full': 'Показати й заповнені курси зі списком очікування',
  'states.relax.drop-program': 'Показати всі програми',
  'states.relax.drop-format': 'Показати всі форми навчання',
  'states.relax.drop-kommune': 'Також з інших місцевостей (телефоном або по відео)',
  'states.relax.drop-mode': 'Показати й інші способи перекладу',
  'states.relax.drop-setting': 'Показати всі сфери',
  'states.relax.drop-date': 'Показати й інші дні',
  'states.relax.other': 'Розширити пошук',
  'states.shown': (shown: number, total: number) => `Показано ${shown} з ${total}`,
  'states.contact.phone': 'Телефон',
  'states.contact.email': 'Ел. пошта',
  'states.contact.web': 'Сайт',
  'states.contact.webLink': (host: string) => `Сайт ${host}`,
};
