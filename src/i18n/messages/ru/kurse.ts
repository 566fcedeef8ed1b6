import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kurse as source } from '../de/kurse.js';

export const kurse: CatalogPart<typeof source> = {
  'kurse.filters': 'Фильтр курсов',
  'kurse.radius': 'Радиус',
  'kurse.radius.option': (km: number) => `${km} км`,

  'kurse.level.legend': 'Какой уровень немецкого?',
  'kurse.level.hint': 'Можно выбрать несколько.',
  'kurse.level.alpha': 'Обучение грамоте',
  'kurse.level.A1': 'A1',
  'kurse.level.A2': 'A2',
  'kurse.level.B1': 'B1',
  'kurse.level.B2': 'B2',
  'kurse.level.C1': 'C1',
  'kurse.level.explain.alpha': 'Научиться читать и писать',
  'kurse.level.explain.A1': 'Первые слова и фразы, рассказать о себе',
  'kurse.level.explain.A2': 'Простые разговоры: в магазине, у врача, в детском саду (Kita)',
  'kurse.level.explain.B1': 'Говорить о работе, семье и планах',
  'kurse.level.explain.B2': 'Уверенно на работе и в ведомствах',
  'kurse.level.explain.C1': 'Понимать почти всё, даже сложные тексты',
  'kurse.level.unknown': 'Я не знаю свой уровень',
  'kurse.level.unknown.hint': 'Тогда мы сначала покажем курсы для начинающих.',

  'kurse.needs.legend': 'Что для вас важно?',
  'kurse.childcare': 'С присмотром за детьми',
  'kurse.women': 'Только для женщин',
  'kurse.freeOnly': 'Бесплатно',
  'kurse.seatsOnly': 'Есть свободные места',
  'kurse.startsSoon': 'Скоро начинается или можно начать в любое время',

  'kurse.times.legend': 'Когда у вас есть время?',
  'kurse.daypart.vormittags': 'Утром',
  'kurse.daypart.nachmittags': 'Днём',
  'kurse.daypart.abends': 'Вечером',
  'kurse.days.legend': 'В какие дни?',

  'kurse.moreFilters': 'Другие фильтры: дни, формат, программа',
  'kurse.moreFilters.active': (n: number) => `Другие фильтры (включено: ${n})`,
  'kurse.format.legend': 'Как проходят занятия?',
  'kurse.format.praesenz': 'Очно',
  'kurse.format.online': 'Онлайн',
  'kurse.format.hybrid': 'Очно и онлайн',

  'kurse.program.legend': 'Программа',
  'kurse.program.wir': 'Курс WIR',
  'kurse.program.mitsprache-deutsch4u': 'MitSprache – Deutsch4U',
  'kurse.program.integrationskurs': 'Интеграционный курс (Integrationskurs)',
  'kurse.program.sonstiges': 'Другой курс',

  'kurse.audience.alle': 'Для всех',
  'kurse.audience.frauen': 'Для женщин',
  'kurse.audience.eltern': 'Для родителей',
  'kurse.audience.gefluechtete': 'Для беженцев',
  'kurse.audience.jugendliche': 'Для молодёжи',
  'kurse.audience.senioren': 'Для пожилых людей',

  'kurse.count': (n: number) =>
    plural('ru', n, {
      one: 'Подходит # курс',
      few: 'Подходят # курса',
      many: 'Подходят # курсов',
      other: 'Подходят # курса',
    }),
  'kurse.announce': (n: number) =>
    plural('ru', n, {
      one: 'Найден # курс',
      few: 'Найдено # курса',
      many: 'Найдено # курсов',
      other: 'Найдено # курса',
    }),
  'kurse.reset': 'Сбросить все фильтры',
  'kurse.results': 'Подходящие курсы',

  'kurse.card.level': 'Уровень',
  'kurse.card.when': 'Когда',
  'kurse.card.start': 'Начало',
  'kurse.card.rolling': 'Можно начать в любое время',
  'kurse.card.startsOn': (date: string) => `с ${date}`,
  'kurse.card.runningSince': (date: string) => `идёт с ${date}`,
  'kurse.card.until': (date: string) => `до ${date}`,
  'kurse.card.seats': (n: number) =>
    plural('ru', n, {
      one: '# свободное место',
      few: '# свободных места',
      many: '# свободных мест',
      other: '# свободного места',
    }),
  'kurse.card.full': 'Мест нет – лист ожидания',
  'kurse.card.cost': 'Стоимость',
  'kurse.card.free': 'Бесплатно',
  'kurse.card.childcare': 'С присмотром за детьми',
  'kurse.card.childcareAges': (min: number, max: number) => `С присмотром за детьми ${min}–${max} лет`,
  'kurse.card.barrierefrei': 'Безбарьерный доступ (barrierefrei)',
  'kurse.card.distance': (km: string) => `расстояние ${km}`,
  'kurse.card.where': 'Где',
  'kurse.card.online': 'Онлайн',
  'kurse.card.support': (names: string) => `Помощь также на языках: ${names}`,
  'kurse.card.deadline': (date: string) => `Запись до ${date}`,
  'kurse.card.register': 'Записаться',
  'kurse.card.email': 'Написать по электронной почте',
  'kurse.card.phone': (phone: string) => `Позвонить: ${phone}`,
  'kurse.card.calendar': 'Добавить в календарь',
  'kurse.card.calendar.hint': 'Скачивает файл .ics для вашего календаря.',
  'kurse.card.provider': 'Организатор',

  'kurse.ics.online': 'Онлайн',
  'kurse.ics.description': (provider: string, contact: string) => `Организатор: ${provider}${contact ? `\nЗапись: ${contact}` : ''}`,

  'kurse.relax.title': 'Как найти больше курсов:',

  'kurse.empty': 'Ни один курс не подходит под все фильтры.',
  'kurse.error': 'Не удалось загрузить список курсов.',
};
