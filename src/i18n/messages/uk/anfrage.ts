import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { anfrage as source } from '../de/anfrage.js';
import type { request as requestSource } from '../de/request.js';

const workingDays = (days: number) =>
  plural('uk', days, { one: '# робочий день', few: '# робочі дні', many: '# робочих днів', other: '# робочого дня' });

export const anfrage: CatalogPart<typeof source & typeof requestSource> = {
  'anfrage.title': 'Запит на перекладача-волонтера (Laiendolmetscher:in)',
  'anfrage.intro':
    'Перекладачі-волонтери (Laiendolmetscher:innen) допомагають під час розмов у школі, дитсадку (Kita), у лікаря чи в установі. Ваш запит надійде до координаційного центру WIR, який підбере відповідну людину.',
  'anfrage.required': 'Усі поля обовʼязкові, якщо біля них не написано «необовʼязково».',

  'anfrage.section.requester': 'Хто подає запит?',
  'anfrage.requesterType.legend': 'Ви подаєте запит як',
  'anfrage.requesterType.schule': 'Школа',
  'anfrage.requesterType.kita': 'Дитсадок (Kita)',
  'anfrage.requesterType.arztpraxis': 'Лікарська практика',
  'anfrage.requesterType.behoerde': 'Орган влади або установа',
  'anfrage.requesterType.beratungsstelle': 'Консультаційний центр',
  'anfrage.requesterType.verein': 'Обʼєднання (Verein) або організація мігрантів',
  'anfrage.requesterType.privat': 'Приватна особа (для себе)',
  'anfrage.organisation.label': 'Назва установи (необовʼязково)',
  'anfrage.organisation.hint': 'напр. Heinrich-Mann-Schule Dietzenbach',
  'anfrage.name.label': 'Ваше імʼя',
  'anfrage.name.hint': 'Людина, з якою можна звʼязатися, якщо виникнуть питання.',
  'anfrage.contact.legend': 'Як з вами звʼязатися?',
  'anfrage.contact.hint': 'Вкажіть адресу електронної пошти, номер телефону або обидва.',
  'anfrage.email.label': 'Адреса електронної пошти',
  'anfrage.phone.label': 'Номер телефону',

  'anfrage.section.need': 'Що потрібно?',
  'anfrage.language.label': 'Мова',
  'anfrage.language.hint': 'Мова людини, для якої потрібен переклад.',
  'anfrage.alternatives.label': 'Також підходить (необовʼязково)',
  'anfrage.alternatives.hint': 'Інші мови, які людина добре розуміє, напр. амхарська замість тигринья. До 5 мов.',
  'anfrage.alternatives.list': 'Вибрані додаткові мови',
  'anfrage.alternatives.remove': (name: string) => `Видалити: ${name}`,
  'anfrage.alternatives.added': (name: string) => `Додано ще одну мову: ${name}`,
  'anfrage.alternatives.removed': (name: string) => `Видалено: ${name}`,
  'anfrage.mode.legend': 'Як має відбуватися переклад?',
  'anfrage.mode.vor-ort': 'На місці',
  'anfrage.mode.telefon': 'Телефоном',
  'anfrage.mode.video': 'Відеозвʼязком',
  'anfrage.setting.label': 'Сфера',
  'anfrage.setting.choose': 'Будь ласка, виберіть',
  'anfrage.setting.schule-kita': 'Школа або дитсадок (Kita)',
  'anfrage.setting.gesundheit': 'Здоровʼя (лікарська практика, клініка)',
  'anfrage.setting.behoerde': 'Орган влади або установа',
  'anfrage.setting.beratung': 'Консультація',
  'anfrage.setting.soziales': 'Соціальна сфера (Jugendamt — служба у справах дітей, соціальна служба)',
  'anfrage.setting.freizeit': 'Дозвілля або обʼєднання (Verein)',

  'anfrage.section.when': 'Коли?',
  'anfrage.date.label': 'Дата',
  'anfrage.date.hint': (days: number, earliest: string) =>
    days > 0 ? `Координаційному центру потрібно ${workingDays(days)} на підготовку: не раніше ніж ${earliest}.` : 'Дата зустрічі.',
  'anfrage.from.label': 'Початок',
  'anfrage.from.hint': 'Час, напр. 09:30',
  'anfrage.duration.label': 'Тривалість',
  'anfrage.duration.option': (minutes: number) => {
    if (minutes < 60) return plural('uk', minutes, { one: '# хвилина', few: '# хвилини', many: '# хвилин', other: '# хвилини' });
    const hours = minutes / 60;
    return plural('uk', hours, { one: '# година', few: '# години', many: '# годин', other: '# години' }).replace('.', ',');
  },

  'anfrage.section.place': 'Де?',
  'anfrage.address.label': 'Вулиця та номер будинку',
  'anfrage.plz.label': 'Поштовий індекс (PLZ)',
  'anfrage.ort.label': 'Населений пункт',
  'anfrage.kommune.label': 'Район або місто',
  'anfrage.kommune.hint': 'Ваш запит опрацює координаційний центр WIR цієї території.',
  'anfrage.kommune.choose': 'Будь ласка, виберіть',

  'anfrage.section.more': 'Побажання та примітки',
  'anfrage.gender.legend': 'Бажаєте, щоб перекладала жінка чи чоловік? (необовʼязково)',
  'anfrage.gender.none': 'Неважливо',
  'anfrage.gender.w': 'Перекладачка (жінка)',
  'anfrage.gender.m': 'Перекладач (чоловік)',
  'anfrage.notes.label': 'Примітки (необовʼязково)',
  'anfrage.notes.hint': 'напр. привід розмови або місце зустрічі. Будь ласка, не вказуйте діагнозів чи інших конфіденційних даних.',
  'anfrage.notes.left': (n: number) =>
    plural('uk', n, {
      one: 'Залишився # символ',
      few: 'Залишилося # символи',
      many: 'Залишилося # символів',
      other: 'Залишилося # символу',
    }),
  'anfrage.notes.over': (n: number) =>
    plural('uk', n, {
      one: 'На # символ забагато',
      few: 'На # символи забагато',
      many: 'На # символів забагато',
      other: 'На # символу забагато',
    }),

  'anfrage.consent.legend': 'Захист даних',
  'anfrage.consent.label':
    'Я погоджуюся, що мої дані буде передано координаційному центру WIR, щоб він підібрав перекладачку чи перекладача.',
  'anfrage.consent.link': 'Прочитати положення про захист даних (нове вікно)',
  'anfrage.honeypot': 'Будь ласка, залиште це поле порожнім',

  'anfrage.toReview': 'Далі — перевірка',
  'anfrage.review.title': 'Будь ласка, перевірте свій запит',
  'anfrage.review.intro': 'Запит надійде до координаційного центру лише після натискання «Надіслати запит».',
  'anfrage.review.change': 'Змінити',
  'anfrage.review.requester': 'Хто подає запит',
  'anfrage.review.alternatives': 'Також підходить',
  'anfrage.review.contact': 'Контакт',
  'anfrage.review.language': 'Мова',
  'anfrage.review.when': 'Зустріч',
  'anfrage.review.whenValue': (date: string, time: string, duration: string) => `${date}, о ${time}, ${duration}`,
  'anfrage.review.how': 'Формат і сфера',
  'anfrage.review.place': 'Місце',
  'anfrage.review.wishes': 'Побажання та примітки',
  'anfrage.review.none': 'немає',
  'anfrage.send': 'Надіслати запит',
  'anfrage.sending': 'Надсилаємо запит…',
  'anfrage.retrying': 'Сервер не відповідає. Повторна спроба за кілька секунд…',
  'anfrage.back': 'Назад до форми',

  'anfrage.offline': 'Ви не в мережі. Ваш запит буде надіслано автоматично, щойно зʼявиться зʼєднання. Не закривайте цю сторінку.',
  'anfrage.failure.title': 'Запит не надіслано',
  'anfrage.failure.network': 'Не вдалося звʼязатися із сервером. Ваші дані не втрачено.',
  'anfrage.failure.timeout': 'Сервер не відповів вчасно. Ваші дані не втрачено.',
  'anfrage.failure.server': 'На сервері сталася помилка. Ваші дані не втрачено.',
  'anfrage.failure.rate-limited': (seconds: number) =>
    `Зараз надходить забагато запитів. Зачекайте ${plural('uk', seconds, { one: '# секунду', few: '# секунди', many: '# секунд', other: '# секунди' })} і надішліть ще раз.`,
  'anfrage.failure.too-large': 'Запит задовгий. Скоротіть примітки й надішліть ще раз.',
  'anfrage.failure.conflict': 'Під цим номером уже збережено інший запит. Будь ласка, надішліть запит електронною поштою.',
  'anfrage.failure.rejected': 'Сервер відхилив запит. Будь ласка, надішліть запит електронною поштою.',
  'anfrage.failure.next': 'Надішліть ще раз або відправте запит електронною поштою до координаційного центру.',
  'anfrage.retry': 'Надіслати ще раз',
  'anfrage.mail': 'Надіслати електронною поштою',

  'anfrage.success.title': 'Ваш запит отримано',
  'anfrage.success.number': 'Номер вашого запиту',
  'anfrage.success.fullNumber': 'Повний номер',
  'anfrage.success.nextTitle': 'Що буде далі',
  'anfrage.success.next1': 'Координаційний центр WIR шукає відповідного перекладача-волонтера (Laiendolmetscher:in).',
  'anfrage.success.next2': 'Центр звʼяжеться з вами електронною поштою або телефоном, щойно когось знайде, або якщо знайти не вдасться.',
  'anfrage.success.next3': 'Якщо матимете питання, будь ласка, називайте номер свого запиту.',
  'anfrage.success.summary': 'Ваші дані',
  'anfrage.success.print': 'Роздрукувати підсумок',
  'anfrage.success.new': 'Подати новий запит',
  'anfrage.success.status': 'Переглянути стан вашого запиту',

  'anfrage.feed.count': (n: number, language: string, area: string) => {
    const what = `мова: ${language}${area ? `, ${area}` : ''}`;
    return n === 0
      ? `У довіднику ще нікого немає (${what}). Усе одно надішліть запит: координаційний центр часто знає й інших людей.`
      : plural('uk', n, {
          one: `# перекладач-волонтер (${what}) може взятися за цей запит.`,
          few: `# перекладачі-волонтери (${what}) можуть взятися за цей запит.`,
          many: `# перекладачів-волонтерів (${what}) можуть взятися за цей запит.`,
          other: `# перекладача-волонтера (${what}) можуть взятися за цей запит.`,
        });
  },

  'anfrage.announce.errors': (n: number) =>
    plural('uk', n, {
      one: 'У # полі бракує даних або є помилка',
      few: 'У # полях бракує даних або є помилки',
      many: 'У # полях бракує даних або є помилки',
      other: 'У # полях бракує даних або є помилки',
    }),
  'anfrage.announce.sent': 'Запит надіслано.',

  'anfrage.error.requester-type.required': 'Виберіть, хто подає запит.',
  'anfrage.error.name.required': 'Введіть своє імʼя.',
  'anfrage.error.contact-required': 'Вкажіть адресу електронної пошти або номер телефону, щоб координаційний центр міг з вами звʼязатися.',
  'anfrage.error.invalid-email': 'Введіть адресу електронної пошти у форматі name@beispiel.de.',
  'anfrage.error.invalid-phone': 'Введіть номер телефону щонайменше з 5 цифр, напр. 06074 12345.',
  'anfrage.error.language.required': 'Виберіть мову, для якої потрібен переклад.',
  'anfrage.error.invalid-language': 'Виберіть мову зі списку.',
  'anfrage.error.too-many': 'Виберіть не більше 5 додаткових мов.',
  'anfrage.error.date.required': 'Введіть дату зустрічі.',
  'anfrage.error.invalid-date': 'Введіть правильну дату, напр. 03.12.2026.',
  'anfrage.error.date-past': 'Ця дата вже минула. Введіть дату майбутньої зустрічі.',
  'anfrage.error.notice': (days: number, earliest: string) =>
    `Координаційному центру потрібно ${workingDays(days)} на підготовку. Виберіть ${earliest} або пізнішу дату; щодо термінових зустрічей телефонуйте до координаційного центру.`,
  'anfrage.error.from.required': 'Введіть час початку зустрічі.',
  'anfrage.error.invalid-time': 'Введіть час у форматі 09:30.',
  'anfrage.error.invalid-duration': 'Виберіть, скільки триватиме зустріч.',
  'anfrage.error.max-duration': (max: string) =>
    `Зустріч може тривати не довше ніж ${max}. Виберіть меншу тривалість або подайте два запити.`,
  'anfrage.error.mode.required': 'Виберіть, як має відбуватися переклад: на місці, телефоном чи відеозвʼязком.',
  'anfrage.error.setting.required': 'Виберіть сферу зустрічі.',
  'anfrage.error.address.required': 'Введіть вулицю та номер будинку, де відбудеться зустріч.',
  'anfrage.error.plz.required': 'Введіть поштовий індекс місця зустрічі.',
  'anfrage.error.invalid-plz': 'Введіть поштовий індекс із 5 цифр, напр. 63128.',
  'anfrage.error.ort.required': 'Введіть населений пункт, де відбудеться зустріч.',
  'anfrage.error.kommune.required': 'Виберіть район або місто, де відбудеться зустріч.',
  'anfrage.error.consent-required': 'Поставте позначку в розділі «Захист даних», щоб ваш запит можна було передати.',
  'anfrage.error.too-long': (max: number) =>
    `Скоротіть текст до ${plural('uk', max, { one: '# символу', few: '# символів', many: '# символів', other: '# символу' })}.`,
  'anfrage.error.invalid-value': 'Виберіть один із запропонованих варіантів.',
  'anfrage.error.invalid-characters':
    'Видаліть керівні або невидимі символи форматування (їх часто копіюють разом із текстом) і введіть текст заново.',
  'anfrage.error.invalid': 'Перевірте ці дані та виправте їх.',
  'anfrage.error.general': 'Не вдалося прийняти запит. Перезавантажте сторінку або надішліть запит електронною поштою.',
};
