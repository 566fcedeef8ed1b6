import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kurse as source } from '../de/kurse.js';

export const kurse: CatalogPart<typeof source> = {
  'kurse.filters': 'Фільтри курсів',
  'kurse.radius': 'Відстань',
  'kurse.radius.option': (km: number) => `${km} км`,

  'kurse.level.legend': 'Який рівень німецької?',
  'kurse.level.hint': 'Можна вибрати кілька.',
  'kurse.level.alpha': 'Навчання грамоти',
  'kurse.level.A1': 'A1',
  'kurse.level.A2': 'A2',
  'kurse.level.B1': 'B1',
  'kurse.level.B2': 'B2',
  'kurse.level.C1': 'C1',
  'kurse.level.explain.alpha': 'Навчитися читати й писати',
  'kurse.level.explain.A1': 'Перші слова й речення, розповісти про себе',
  'kurse.level.explain.A2': 'Прості розмови: покупки, лікар, дитсадок (Kita)',
  'kurse.level.explain.B1': 'Говорити про роботу, сімʼю та плани',
  'kurse.level.explain.B2': 'Впевнено на роботі та в установах',
  'kurse.level.explain.C1': 'Розуміти майже все, навіть складні тексти',
  'kurse.level.unknown': 'Я не знаю свого рівня',
  'kurse.level.unknown.hint': 'Тоді спочатку покажемо курси для початківців.',

  'kurse.needs.legend': 'Що для вас важливо?',
  'kurse.childcare': 'З доглядом за дітьми',
  'kurse.women': 'Лише для жінок',
  'kurse.freeOnly': 'Безкоштовно',
  'kurse.seatsOnly': 'Є вільні місця',
  'kurse.startsSoon': 'Починається скоро або можна приєднатися будь-коли',

  'kurse.times.legend': 'Коли у вас є час?',
  'kurse.daypart.vormittags': 'До обіду',
  'kurse.daypart.nachmittags': 'Після обіду',
  'kurse.daypart.abends': 'Увечері',
  'kurse.days.legend': 'У які дні?',

  'kurse.moreFilters': 'Інші фільтри: дні, форма курсу, програма',
  'kurse.moreFilters.active': (n: number) => `Інші фільтри (активних: ${n})`,
  'kurse.format.legend': 'Як?',
  'kurse.format.praesenz': 'Очно',
  'kurse.format.online': 'Онлайн',
  'kurse.format.hybrid': 'Очно й онлайн',

  'kurse.program.legend': 'Програма',
  'kurse.program.wir': 'Курс WIR',
  'kurse.program.mitsprache-deutsch4u': 'MitSprache – Deutsch4U',
  'kurse.program.integrationskurs': 'Інтеграційний курс (Integrationskurs)',
  'kurse.program.sonstiges': 'Інший курс',

  'kurse.audience.alle': 'Для всіх',
  'kurse.audience.frauen': 'Для жінок',
  'kurse.audience.eltern': 'Для батьків',
  'kurse.audience.gefluechtete': 'Для біженців',
  'kurse.audience.jugendliche': 'Для молоді',
  'kurse.audience.senioren': 'Для людей старшого віку',

  'kurse.count': (n: number) =>
    plural('uk', n, { one: 'Підходить # курс', few: 'Підходять # курси', many: 'Підходять # курсів', other: 'Підходять # курсу' }),
  'kurse.announce': (n: number) =>
    plural('uk', n, { one: 'Знайдено # курс', few: 'Знайдено # курси', many: 'Знайдено # курсів', other: 'Знайдено # курсу' }),
  'kurse.reset': 'Скинути всі фільтри',
  'kurse.results': 'Відповідні курси',

  'kurse.card.level': 'Рівень',
  'kurse.card.when': 'Коли',
  'kurse.card.start': 'Початок',
  'kurse.card.rolling': 'Можна приєднатися будь-коли',
  'kurse.card.startsOn': (date: string) => `з ${date}`,
  'kurse.card.runningSince': (date: string) => `триває з ${date}`,
  'kurse.card.until': (date: string) => `до ${date}`,
  'kurse.card.seats': (n: number) =>
    plural('uk', n, { one: '# вільне місце', few: '# вільні місця', many: '# вільних місць', other: '# вільного місця' }),
  'kurse.card.full': 'Місць немає – список очікування',
  'kurse.card.cost': 'Вартість',
  'kurse.card.free': 'Безкоштовно',
  'kurse.card.childcare': 'З доглядом за дітьми',
  'kurse.card.childcareAges': (min: number, max: number) => `З доглядом за дітьми (вік: ${min}–${max})`,
  'kurse.card.barrierefrei': 'Безбарʼєрний доступ',
  'kurse.card.distance': (km: string) => `${km} від вас`,
  'kurse.card.where': 'Де',
  'kurse.card.online': 'Онлайн',
  'kurse.card.support': (names: string) => `Допомога також мовами: ${names}`,
  'kurse.card.deadline': (date: string) => `Реєстрація до ${date}`,
  'kurse.card.register': 'Зареєструватися',
  'kurse.card.email': 'Написати листа',
  'kurse.card.phone': (phone: string) => `Зателефонувати: ${phone}`,
  'kurse.card.calendar': 'Додати в календар',
  'kurse.card.calendar.hint': 'Завантажує файл .ics для вашого календаря.',
  'kurse.card.provider': 'Організатор',

  'kurse.ics.online': 'Онлайн',
  'kurse.ics.description': (provider: string, contact: string) => `Організатор: ${provider}${contact ? `\nРеєстрація: ${contact}` : ''}`,

  'kurse.relax.title': 'Як знайти більше курсів:',

  'kurse.empty': 'Жоден курс не відповідає всім фільтрам.',
  'kurse.error': 'Не вдалося завантажити список курсів.',
};
