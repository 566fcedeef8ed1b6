import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kontakt as source } from '../de/kontakt.js';

export const kontakt: CatalogPart<typeof source> = {
  'kontakt.title': (name: string) => `درخواست تماس با ${name}`,
  'kontakt.intro': 'درخواست شما به دفتر هماهنگی WIR می‌رسد و این دفتر تماس را برقرار می‌کند. اطلاعات شما فقط به همین راهنما داده می‌شود.',
  'kontakt.name.label': 'نام کوچک یا نام شما',
  'kontakt.contact.legend': 'چطور می‌شود با شما تماس گرفت؟',
  'kontakt.contact.hint': 'تلفن، ایمیل یا هر دو.',
  'kontakt.language.legend': 'به چه زبانی می‌خواهید صحبت کنید؟',
  'kontakt.topics.legend': 'در چه کاری کمک لازم دارید؟ (اختیاری)',
  'kontakt.note.label': 'پیام کوتاه (اختیاری)',
  'kontakt.note.hint': 'مثلاً چه وقت‌هایی در دسترس هستید. لطفاً چیزی دربارهٔ بیماری ننویسید.',
  'kontakt.consent.label': 'موافقم که اطلاعاتم به دفتر هماهنگی WIR فرستاده شود تا تماس را برقرار کند.',
  'kontakt.close': 'بستن',
  'kontakt.cancel': 'لغو',
  'kontakt.success.next1': (name: string) => `دفتر هماهنگی WIR از ${name} می‌پرسد.`,
  'kontakt.success.next2': (days: number) =>
    `دفتر معمولاً ظرف ${plural('fa', days, { one: '# روز کاری', other: '# روز کاری' })} با شما تماس می‌گیرد.`,
  'kontakt.summary.lotse': 'راهنما',
  'kontakt.summary.language': 'زبان',
  'kontakt.summary.topics': 'موضوع‌ها',
  'kontakt.summary.contact': 'راه تماس با شما',
  'kontakt.unsupported': 'این درخواست فعلاً از اینجا فرستاده نمی‌شود. اطلاعات شما از بین نرفته است.',
  'kontakt.office': 'می‌توانید مستقیم با دفتر هماهنگی تماس بگیرید:',
  'kontakt.error.name.required': 'نام کوچک یا نام خود را بنویسید.',
  'kontakt.error.language.required': 'زبانی را که می‌خواهید به آن صحبت کنید انتخاب کنید.',
};
