import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { searchStates as source } from '../de/states.js';

export const searchStates: CatalogPart<typeof source> = {
  'states.loading': 'جارٍ تحميل القائمة …',
  'states.area.unknown':
    'لا نعرف المنطقة التي تخصّها هذه الصفحة، لذلك ترى نتائج من كل ولاية هسن. أدخل مدينتك أو رمزك البريدي للبحث بالقرب منك.',
  'states.error.title': 'لا يمكن تحميل القائمة الآن.',
  'states.error.body': 'المشكلة ليست منك. يرجى المحاولة مرة أخرى بعد قليل. إذا لم ينجح ذلك، يمكن للجهة التي تقدّم هذه الصفحة مساعدتك.',
  'states.empty.title': 'للأسف لم نجد أحداً لهذا الطلب.',
  'states.empty.try': 'للعثور على المزيد:',
  'states.empty.none': 'جرّب مكاناً آخر أو اختياراً مختلفاً.',
  'states.relax.count': (n: number) =>
    plural('ar', n, {
      zero: '(لا نتائج)',
      one: '(نتيجة واحدة)',
      two: '(نتيجتان)',
      few: '(# نتائج)',
      many: '(# نتيجة)',
      other: '(# نتيجة)',
    }),
  'states.relax.radius': (km: number) => `توسيع نطاق البحث إلى ${km} كم`,
  'states.relax.language-substitute': (language: string) => `عرض ${language} أيضاً`,
  'states.relax.drop-text': (text: string) => `حذف كلمة البحث «${text}»`,
  'states.relax.drop-levels': 'عرض كل مستويات اللغة',
  'states.relax.drop-childcare': 'عرض الدورات بدون رعاية أطفال أيضاً',
  'states.relax.drop-audience': 'عرض الدورات المفتوحة للجميع أيضاً',
  'states.relax.drop-dayparts': 'عرض كل أوقات اليوم',
  'states.relax.drop-days': 'عرض كل أيام الأسبوع',
  'states.relax.drop-start': 'عرض الدورات التي تبدأ لاحقاً أيضاً',
  'states.relax.drop-free': 'عرض الدورات المدفوعة أيضاً',
  'states.relax.drop-seats': 'عرض الدورات بدون معلومات عن الأماكن الشاغرة أيضاً',
  'states.relax.include-full': 'عرض الدورات الممتلئة مع قائمة انتظار أيضاً',
  'states.relax.drop-program': 'عرض كل البرامج',
  'states.relax.drop-format': 'عرض كل أشكال الدورات',
  'states.relax.drop-kommune': 'من أماكن أخرى أيضاً (بالهاتف أو الفيديو)',
  'states.relax.drop-mode': 'عرض طرق ترجمة أخرى أيضاً',
  'states.relax.drop-setting': 'عرض كل المجالات',
  'states.relax.drop-date': 'عرض أيام أخرى أيضاً',
  'states.relax.other': 'توسيع البحث',
  'states.shown': (shown: number, total: number) => `عرض ${shown} من ${total}`,
  'states.contact.phone': 'الهاتف',
  'states.contact.email': 'البريد الإلكتروني',
  'states.contact.web': 'الإنترنت',
  'states.contact.webLink': (host: string) => `الموقع ${host}`,
};
