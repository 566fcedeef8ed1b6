import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { place as source } from '../de/place.js';

export const place: CatalogPart<typeof source> = {
  'place.label': 'Где?',
  'place.hint': 'Почтовый индекс (PLZ) или населённый пункт, например 63128 или Dietzenbach',
  'place.placeholder': 'Индекс или населённый пункт',
  'place.locate': 'Использовать моё местоположение',
  'place.locating': 'Определяем местоположение …',
  'place.myLocation': (near: string) => `Моё местоположение (рядом: ${near})`,
  'place.suggestions': 'Варианты',
  'place.count': (n: number) => plural('ru', n, { one: '# вариант', few: '# варианта', many: '# вариантов', other: '# варианта' }),
  'place.chosen': (label: string) => `Выбрано: ${label}`,
  'place.ambiguous': 'Какое место вы имеете в виду?',
  'place.notFound': (text: string) =>
    `Место «${text}» в земле Гессен (Hessen) не найдено. Проверьте написание или введите почтовый индекс.`,
  'place.didYouMean': 'Возможно, вы имели в виду:',
  'place.corrected': (label: string) => `Мы решили, что вы имели в виду «${label}».`,
  'place.geo.denied': 'Ваш браузер не передал местоположение. Пожалуйста, введите почтовый индекс или населённый пункт.',
  'place.geo.unavailable': 'Не удалось определить местоположение. Пожалуйста, введите почтовый индекс или населённый пункт.',
  'place.geo.unsupported': 'Этот браузер не умеет определять местоположение. Пожалуйста, введите почтовый индекс или населённый пункт.',
  'place.clear': 'Очистить место',
};
