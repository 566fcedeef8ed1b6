import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { place as source } from '../de/place.js';

export const place: CatalogPart<typeof source> = {
  'place.label': 'Де?',
  'place.hint': 'Поштовий індекс (PLZ) або населений пункт, напр. 63128 або Dietzenbach',
  'place.placeholder': 'Індекс або місто',
  'place.locate': 'Використати моє місцезнаходження',
  'place.locating': 'Визначаємо ваше місцезнаходження…',
  'place.myLocation': (near: string) => `Моє місцезнаходження (біля ${near})`,
  'place.suggestions': 'Варіанти',
  'place.count': (n: number) => plural('uk', n, { one: '# варіант', few: '# варіанти', many: '# варіантів', other: '# варіанта' }),
  'place.chosen': (label: string) => `Вибрано: ${label}`,
  'place.ambiguous': 'Яке саме місце ви маєте на увазі?',
  'place.notFound': (text: string) =>
    `Місця «${text}» у землі Гессен (Hessen) ми не знаємо. Перевірте написання або введіть поштовий індекс.`,
  'place.didYouMean': 'Можливо, ви мали на увазі:',
  'place.corrected': (label: string) => `Ми вважаємо, що ви мали на увазі «${label}».`,
  'place.geo.denied': 'Ваш браузер не надав доступу до місцезнаходження. Будь ласка, введіть індекс або населений пункт.',
  'place.geo.unavailable': 'Не вдалося визначити місцезнаходження. Будь ласка, введіть індекс або населений пункт.',
  'place.geo.unsupported': 'Цей браузер не може визначити місцезнаходження. Будь ласка, введіть індекс або населений пункт.',
  'place.clear': 'Очистити місце',
};
