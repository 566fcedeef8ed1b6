import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { place as source } from '../de/place.js';

export const place: CatalogPart<typeof source> = {
  'place.label': 'أين؟',
  'place.hint': 'الرمز البريدي أو اسم المدينة، مثلاً 63128 أو Dietzenbach',
  'place.placeholder': 'الرمز البريدي أو المدينة',
  'place.locate': 'استخدام موقعي الحالي',
  'place.locating': 'جارٍ تحديد موقعك …',
  'place.myLocation': (near: string) => `موقعي (بالقرب من ${near})`,
  'place.suggestions': 'اقتراحات',
  'place.count': (n: number) =>
    plural('ar', n, { zero: 'لا اقتراحات', one: 'اقتراح واحد', two: 'اقتراحان', few: '# اقتراحات', many: '# اقتراحاً', other: '# اقتراح' }),
  'place.chosen': (label: string) => `تم الاختيار: ${label}`,
  'place.ambiguous': 'أي مكان تقصد؟',
  'place.notFound': (text: string) => `لا نعرف «${text}» في ولاية هسن. تحقّق من الكتابة أو أدخل الرمز البريدي.`,
  'place.didYouMean': 'هل تقصد:',
  'place.corrected': (label: string) => `افترضنا «${label}».`,
  'place.geo.denied': 'لم يسمح متصفحك بمشاركة موقعك. يرجى إدخال الرمز البريدي أو اسم المدينة.',
  'place.geo.unavailable': 'تعذّر تحديد موقعك. يرجى إدخال الرمز البريدي أو اسم المدينة.',
  'place.geo.unsupported': 'هذا المتصفح لا يستطيع تحديد موقعك. يرجى إدخال الرمز البريدي أو اسم المدينة.',
  'place.clear': 'مسح المكان',
};
