import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { searchStates as source } from '../de/states.js';

export const searchStates: CatalogPart<typeof source> = {
  'states.loading': 'Загружаем список …',
  'states.area.unknown':
    'Мы не знаем, для какого района эта страница, поэтому вы видите результаты по всему Гессену. Введите свой город или почтовый индекс, чтобы искать рядом с вами.',
  'states.error.title': 'Сейчас не удаётся загрузить список.',
  'states.error.body':
    'Вы в этом не виноваты. Пожалуйста, попробуйте ещё раз чуть позже. Если снова не получится, вам поможет организация, которая предлагает эту страницу.',
  'states.empty.title': 'К сожалению, по вашему запросу никого не нашлось.',
  'states.empty.try': 'Как найти больше:',
  'states.empty.none': 'Попробуйте другое место или измените выбор.',
  'states.relax.count': (n: number) =>
    plural('ru', n, { one: '(# результат)', few: '(# результата)', many: '(# результатов)', other: '(# результата)' }),
  'states.relax.radius': (km: number) => `Расширить радиус до ${km} км`,
  'states.relax.language-substitute': (language: string) => `Показать также язык: ${language}`,
  'states.relax.drop-text': (text: string) => `Убрать слово поиска «${text}»`,
  'states.relax.drop-levels': 'Показать все уровни языка',
  'states.relax.drop-childcare': 'Показать и курсы без присмотра за детьми',
  'states.relax.drop-audience': 'Показать и курсы для всех',
  'states.relax.drop-dayparts': 'Показать любое время дня',
  'states.relax.drop-days': 'Показать все дни недели',
  'states.relax.drop-start': 'Показать и курсы, которые начинаются позже',
  'states.relax.drop-free': 'Показать и платные курсы',
  'states.relax.drop-seats': 'Показать и курсы без данных о свободных местах',
  'states.relax.include-full': 'Показать и заполненные курсы с листом ожидания',
  'states.relax.drop-program': 'Показать все программы',
  'states.relax.drop-format': 'Показать все форматы курсов',
  'states.relax.drop-kommune': 'Также из других мест (по телефону или по видеосвязи)',
  'states.relax.drop-mode': 'Показать и другие виды перевода',
  'states.relax.drop-setting': 'Показать все сферы',
  'states.relax.drop-date': 'Показать и другие дни',
  'states.relax.other': 'Расширить поиск',
  'states.shown': (shown: number, total: number) => `Показано ${shown} из ${total}`,
  'states.contact.phone': 'Телефон',
  'states.contact.email': 'Эл. почта',
  'states.contact.web': 'Сайт',
  'states.contact.webLink': (host: string) => `Сайт ${host}`,
};
