import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kontakt as source } from '../de/kontakt.js';

export const kontakt: CatalogPart<typeof source> = {
  'kontakt.title': (name: string) => `طلب التواصل مع ${name}`,
  'kontakt.intro': 'يصل طلبك إلى مكتب تنسيق WIR، وهو يرتّب التواصل. لا يعطي المكتب بياناتك إلا لهذا المرشد أو المرشدة.',
  'kontakt.name.label': 'اسمك الأول أو اسمك',
  'kontakt.contact.legend': 'كيف يمكن التواصل معك؟',
  'kontakt.contact.hint': 'الهاتف أو البريد الإلكتروني أو كلاهما.',
  'kontakt.language.legend': 'بأي لغة تريد أن تتحدث؟',
  'kontakt.topics.legend': 'في أي أمر تحتاج المساعدة؟ (اختياري)',
  'kontakt.note.label': 'رسالة قصيرة (اختياري)',
  'kontakt.note.hint': 'مثلاً: متى يسهل الوصول إليك. من فضلك لا تكتب شيئاً عن الأمراض.',
  'kontakt.consent.label': 'أوافق على إرسال بياناتي إلى مكتب تنسيق WIR ليرتّب التواصل.',
  'kontakt.close': 'إغلاق',
  'kontakt.cancel': 'إلغاء',
  'kontakt.success.next1': (name: string) => `يسأل مكتب تنسيق WIR ${name}.`,
  'kontakt.success.next2': (days: number) =>
    `يتواصل معك المكتب عادةً خلال ${plural('ar', days, { one: 'يوم عمل واحد', two: 'يومَي عمل', few: '# أيام عمل', many: '# يوم عمل', other: '# يوم عمل' })}.`,
  'kontakt.summary.lotse': 'المرشد أو المرشدة',
  'kontakt.summary.language': 'اللغة',
  'kontakt.summary.topics': 'المواضيع',
  'kontakt.summary.contact': 'طريقة التواصل معك',
  'kontakt.unsupported': 'لا يمكن إرسال هذا الطلب من هنا حالياً. بياناتك لم تضِع.',
  'kontakt.office': 'يمكنك التواصل مع مكتب التنسيق مباشرة:',
  'kontakt.error.name.required': 'اكتب اسمك الأول أو اسمك.',
  'kontakt.error.language.required': 'اختر اللغة التي تريد أن تتحدث بها.',
};
