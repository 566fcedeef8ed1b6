import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { anfrage as source } from '../de/anfrage.js';
import type { request as requestSource } from '../de/request.js';

const workingDays = (days: number) =>
  plural('ru', days, {
    one: '# рабочий день',
    few: '# рабочих дня',
    many: '# рабочих дней',
    other: '# рабочего дня',
  });

export const anfrage: CatalogPart<typeof source & typeof requestSource> = {
  'anfrage.title': 'Запросить переводчика-волонтёра (Laiendolmetscher:in)',
  'anfrage.intro':
    'Переводчицы и переводчики-волонтёры (Laiendolmetscher:innen) помогают на встречах и разговорах в школе, детском саду (Kita), у врача или в ведомстве. Ваш запрос поступит в координационную службу WIR, которая подберёт подходящего человека.',
  'anfrage.required': 'Все поля обязательны, если рядом не указано «необязательно».',

  'anfrage.section.requester': 'Кто делает запрос?',
  'anfrage.requesterType.legend': 'Вы делаете запрос как',
  'anfrage.requesterType.schule': 'Школа',
  'anfrage.requesterType.kita': 'Детский сад (Kita)',
  'anfrage.requesterType.arztpraxis': 'Врачебная практика',
  'anfrage.requesterType.behoerde': 'Ведомство или учреждение',
  'anfrage.requesterType.beratungsstelle': 'Консультационная служба',
  'anfrage.requesterType.verein': 'Объединение (Verein) или организация мигрантов',
  'anfrage.requesterType.privat': 'Частное лицо (для себя)',
  'anfrage.organisation.label': 'Название учреждения (необязательно)',
  'anfrage.organisation.hint': 'например, Heinrich-Mann-Schule Dietzenbach',
  'anfrage.name.label': 'Ваше имя',
  'anfrage.name.hint': 'Человек, к которому можно обратиться с вопросами.',
  'anfrage.contact.legend': 'Как с вами связаться?',
  'anfrage.contact.hint': 'Укажите адрес электронной почты, номер телефона или и то и другое.',
  'anfrage.email.label': 'Адрес электронной почты',
  'anfrage.phone.label': 'Номер телефона',

  'anfrage.section.need': 'Что нужно?',
  'anfrage.language.label': 'Язык',
  'anfrage.language.hint': 'Язык человека, для которого нужен перевод.',
  'anfrage.alternatives.label': 'Также подходит (необязательно)',
  'anfrage.alternatives.hint': 'Другие языки, которые человек хорошо понимает, например амхарский, если нужен тигринья. Не больше 5.',
  'anfrage.alternatives.list': 'Выбранные дополнительные языки',
  'anfrage.alternatives.remove': (name: string) => `Удалить язык: ${name}`,
  'anfrage.alternatives.added': (name: string) => `Добавлен дополнительный язык: ${name}`,
  'anfrage.alternatives.removed': (name: string) => `Язык удалён: ${name}`,
  'anfrage.mode.legend': 'Как должен проходить перевод?',
  'anfrage.mode.vor-ort': 'На месте',
  'anfrage.mode.telefon': 'По телефону',
  'anfrage.mode.video': 'По видеосвязи',
  'anfrage.setting.label': 'Сфера',
  'anfrage.setting.choose': 'Выберите',
  'anfrage.setting.schule-kita': 'Школа или детский сад (Kita)',
  'anfrage.setting.gesundheit': 'Здоровье (врачебная практика, клиника)',
  'anfrage.setting.behoerde': 'Ведомство или учреждение',
  'anfrage.setting.beratung': 'Консультация',
  'anfrage.setting.soziales': 'Социальная сфера (Jugendamt – ведомство по делам молодёжи, социальная служба)',
  'anfrage.setting.freizeit': 'Досуг или объединение (Verein)',

  'anfrage.section.when': 'Когда?',
  'anfrage.date.label': 'Дата',
  'anfrage.date.hint': (days: number, earliest: string) =>
    days > 0
      ? `Координационной службе нужно ${workingDays(days)} на подготовку: подойдёт ${earliest} или более поздняя дата.`
      : 'Дата встречи.',
  'anfrage.from.label': 'Начало',
  'anfrage.from.hint': 'Время, например 09:30',
  'anfrage.duration.label': 'Продолжительность',
  'anfrage.duration.option': (minutes: number) => {
    if (minutes < 60) {
      return plural('ru', minutes, { one: '# минута', few: '# минуты', many: '# минут', other: '# минуты' });
    }
    const hours = minutes / 60;
    return plural('ru', hours, { one: '# час', few: '# часа', many: '# часов', other: '# часа' }).replace('.', ',');
  },

  'anfrage.section.place': 'Где?',
  'anfrage.address.label': 'Улица и номер дома',
  'anfrage.plz.label': 'Почтовый индекс (PLZ)',
  'anfrage.ort.label': 'Населённый пункт',
  'anfrage.kommune.label': 'Район или город (Kreis / Stadt)',
  'anfrage.kommune.hint': 'Ваш запрос обработает координационная служба WIR этого района или города.',
  'anfrage.kommune.choose': 'Выберите',

  'anfrage.section.more': 'Пожелания и примечания',
  'anfrage.gender.legend': 'Кто должен переводить: женщина или мужчина? (необязательно)',
  'anfrage.gender.none': 'Не важно',
  'anfrage.gender.w': 'Женщина',
  'anfrage.gender.m': 'Мужчина',
  'anfrage.notes.label': 'Примечания (необязательно)',
  'anfrage.notes.hint':
    'Например, повод для разговора или место встречи. Пожалуйста, не указывайте диагнозы и другие конфиденциальные сведения.',
  'anfrage.notes.left': (n: number) =>
    plural('ru', n, {
      one: 'Остался # знак',
      few: 'Осталось # знака',
      many: 'Осталось # знаков',
      other: 'Осталось # знака',
    }),
  'anfrage.notes.over': (n: number) =>
    plural('ru', n, {
      one: 'На # знак больше допустимого',
      few: 'На # знака больше допустимого',
      many: 'На # знаков больше допустимого',
      other: 'На # знака больше допустимого',
    }),

  'anfrage.consent.legend': 'Защита данных',
  'anfrage.consent.label':
    'Я даю согласие на передачу моих данных в координационную службу WIR, чтобы она подобрала переводчицу или переводчика.',
  'anfrage.consent.link': 'Прочитать информацию о защите данных (в новом окне)',
  'anfrage.honeypot': 'Пожалуйста, оставьте это поле пустым',

  'anfrage.toReview': 'Далее: проверить',
  'anfrage.review.title': 'Пожалуйста, проверьте ваш запрос',
  'anfrage.review.intro': 'Запрос поступит в координационную службу только после нажатия кнопки «Отправить запрос».',
  'anfrage.review.change': 'Изменить',
  'anfrage.review.requester': 'Кто делает запрос',
  'anfrage.review.alternatives': 'Также подходит',
  'anfrage.review.contact': 'Контакты',
  'anfrage.review.language': 'Язык',
  'anfrage.review.when': 'Встреча',
  'anfrage.review.whenValue': (date: string, time: string, duration: string) => `${date}, ${time}, ${duration}`,
  'anfrage.review.how': 'Формат и сфера',
  'anfrage.review.place': 'Место',
  'anfrage.review.wishes': 'Пожелания и примечания',
  'anfrage.review.none': 'нет',
  'anfrage.send': 'Отправить запрос',
  'anfrage.sending': 'Запрос отправляется …',
  'anfrage.retrying': 'Сервер не отвечает. Новая попытка через несколько секунд …',
  'anfrage.back': 'Назад к форме',

  'anfrage.offline':
    'Нет подключения к интернету. Ваш запрос будет отправлен автоматически, как только связь восстановится. Не закрывайте эту страницу.',
  'anfrage.failure.title': 'Запрос не отправлен',
  'anfrage.failure.network': 'Сервер недоступен. Ваши данные не потеряны.',
  'anfrage.failure.timeout': 'Сервер не ответил вовремя. Ваши данные не потеряны.',
  'anfrage.failure.server': 'На сервере произошла ошибка. Ваши данные не потеряны.',
  'anfrage.failure.rate-limited': (seconds: number) =>
    `Сейчас поступает слишком много запросов. Подождите ${plural('ru', seconds, {
      one: '# секунду',
      few: '# секунды',
      many: '# секунд',
      other: '# секунды',
    })} и отправьте запрос снова.`,
  'anfrage.failure.too-large': 'Запрос слишком длинный. Сократите примечания и отправьте снова.',
  'anfrage.failure.conflict': 'Под этим номером запроса уже сохранён другой запрос. Пожалуйста, отправьте запрос по электронной почте.',
  'anfrage.failure.rejected': 'Сервер отклонил запрос. Пожалуйста, отправьте запрос по электронной почте.',
  'anfrage.failure.next': 'Отправьте запрос снова или перешлите его в координационную службу по электронной почте.',
  'anfrage.retry': 'Отправить снова',
  'anfrage.mail': 'Отправить по электронной почте',

  'anfrage.success.title': 'Ваш запрос получен',
  'anfrage.success.number': 'Номер вашего запроса',
  'anfrage.success.fullNumber': 'Полный номер',
  'anfrage.success.nextTitle': 'Что будет дальше',
  'anfrage.success.next1': 'Координационная служба WIR ищет подходящего переводчика-волонтёра.',
  'anfrage.success.next2':
    'Она свяжется с вами по электронной почте или по телефону, когда кого-нибудь найдёт – или если найти не получится.',
  'anfrage.success.next3': 'Если у вас будут вопросы, пожалуйста, назовите номер запроса.',
  'anfrage.success.summary': 'Ваши данные',
  'anfrage.success.print': 'Распечатать сводку',
  'anfrage.success.new': 'Создать новый запрос',
  'anfrage.success.status': 'Посмотреть статус вашего запроса',

  'anfrage.feed.count': (n: number, language: string, area: string) => {
    const what = `Язык ${language}${area ? ` (${area})` : ''}`;
    return n === 0
      ? `${what}: в списке пока никого нет. Всё равно отправьте запрос – координационная служба часто знает и других людей.`
      : plural('ru', n, {
          one: `${what}: # переводчик-волонтёр мог бы взять этот запрос.`,
          few: `${what}: # переводчика-волонтёра могли бы взять этот запрос.`,
          many: `${what}: # переводчиков-волонтёров могли бы взять этот запрос.`,
          other: `${what}: # переводчика-волонтёра могли бы взять этот запрос.`,
        });
  },

  'anfrage.announce.errors': (n: number) =>
    plural('ru', n, {
      one: '# поле не заполнено или заполнено неверно',
      few: '# поля не заполнены или заполнены неверно',
      many: '# полей не заполнены или заполнены неверно',
      other: '# поля не заполнены или заполнены неверно',
    }),
  'anfrage.announce.sent': 'Запрос отправлен.',

  'anfrage.error.requester-type.required': 'Выберите, от чьего имени вы делаете запрос.',
  'anfrage.error.name.required': 'Введите ваше имя.',
  'anfrage.error.contact-required':
    'Укажите адрес электронной почты или номер телефона, чтобы координационная служба могла с вами связаться.',
  'anfrage.error.invalid-email': 'Введите адрес электронной почты в формате name@beispiel.de.',
  'anfrage.error.invalid-phone': 'Введите номер телефона, в котором не меньше 5 цифр, например 06074 12345.',
  'anfrage.error.language.required': 'Выберите язык, на который нужен перевод.',
  'anfrage.error.invalid-language': 'Выберите язык из списка.',
  'anfrage.error.too-many': 'Выберите не больше 5 дополнительных языков.',
  'anfrage.error.date.required': 'Введите дату встречи.',
  'anfrage.error.invalid-date': 'Введите правильную дату, например 03.12.2026.',
  'anfrage.error.date-past': 'Эта дата уже прошла. Введите дату предстоящей встречи.',
  'anfrage.error.notice': (days: number, earliest: string) =>
    `Координационной службе нужно ${workingDays(days)} на подготовку. Подойдёт ${earliest} или более поздняя дата. Если встреча срочная, позвоните в координационную службу.`,
  'anfrage.error.from.required': 'Введите время начала встречи.',
  'anfrage.error.invalid-time': 'Введите время в формате 09:30.',
  'anfrage.error.invalid-duration': 'Выберите, сколько будет длиться встреча.',
  'anfrage.error.max-duration': (max: string) =>
    `Максимальная продолжительность встречи: ${max}. Выберите меньшую продолжительность или отправьте два запроса.`,
  'anfrage.error.mode.required': 'Выберите, как нужен перевод: на месте, по телефону или по видеосвязи.',
  'anfrage.error.setting.required': 'Выберите сферу, к которой относится встреча.',
  'anfrage.error.address.required': 'Введите улицу и номер дома, где пройдёт встреча.',
  'anfrage.error.plz.required': 'Введите почтовый индекс места встречи.',
  'anfrage.error.invalid-plz': 'Введите почтовый индекс из 5 цифр, например 63128.',
  'anfrage.error.ort.required': 'Введите населённый пункт, где пройдёт встреча.',
  'anfrage.error.kommune.required': 'Выберите район или город, где пройдёт встреча.',
  'anfrage.error.consent-required': 'Поставьте галочку в разделе «Защита данных», чтобы ваш запрос можно было передать дальше.',
  'anfrage.error.too-long': (max: number) =>
    plural('ru', max, {
      one: 'Сократите текст до # знака.',
      other: 'Сократите текст до # знаков.',
    }),
  'anfrage.error.invalid-value': 'Выберите один из предложенных вариантов.',
  'anfrage.error.invalid-characters':
    'Удалите управляющие или невидимые символы форматирования (их часто копируют вместе с текстом) и введите текст заново.',
  'anfrage.error.invalid': 'Проверьте и исправьте эти данные.',
  'anfrage.error.general': 'Не удалось принять запрос. Перезагрузите страницу или отправьте запрос по электронной почте.',
};
