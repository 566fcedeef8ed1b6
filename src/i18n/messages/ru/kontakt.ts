import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kontakt as source } from '../de/kontakt.js';

export const kontakt: CatalogPart<typeof source> = {
  'kontakt.title': (name: string) => `Запросить контакт с ${name}`,
  'kontakt.intro':
    'Ваш запрос получает координационное бюро WIR и устанавливает контакт. Бюро передаёт ваши данные только этому лоцману или лоцманше.',
  'kontakt.name.label': 'Ваше имя или фамилия',
  'kontakt.contact.legend': 'Как с вами связаться?',
  'kontakt.contact.hint': 'Телефон, электронная почта или и то и другое.',
  'kontakt.language.legend': 'На каком языке вы хотите говорить?',
  'kontakt.topics.legend': 'С чем вам нужна помощь? (необязательно)',
  'kontakt.note.label': 'Короткое сообщение (необязательно)',
  'kontakt.note.hint': 'Например, когда вам удобно, чтобы вам позвонили. Пожалуйста, не пишите о болезнях.',
  'kontakt.consent.label': 'Я согласен(на), что мои данные получит координационное бюро WIR, чтобы установить контакт.',
  'kontakt.close': 'Закрыть',
  'kontakt.cancel': 'Отмена',
  'kontakt.success.next1': (name: string) => `Координационное бюро WIR спросит ${name}.`,
  'kontakt.success.next2': (days: number) =>
    `Обычно бюро связывается с вами в течение ${plural('ru', days, { one: '# рабочего дня', few: '# рабочих дней', many: '# рабочих дней', other: '# рабочего дня' })}.`,
  'kontakt.summary.lotse': 'Лоцман или лоцманша',
  'kontakt.summary.language': 'Язык',
  'kontakt.summary.topics': 'Темы',
  'kontakt.summary.contact': 'Как с вами связаться',
  'kontakt.unsupported': 'Сейчас этот запрос нельзя отправить отсюда. Ваши данные не потеряны.',
  'kontakt.office': 'Связаться с координационным бюро напрямую:',
  'kontakt.error.name.required': 'Введите ваше имя или фамилию.',
  'kontakt.error.language.required': 'Выберите язык, на котором вы хотите говорить.',
};
