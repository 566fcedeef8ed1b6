import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kurse as source } from '../de/kurse.js';

// Course names, providers and places come from German feeds and stay German; the labels
// around them are Arabic. Programme names (WIR, MitSprache – Deutsch4U) are proper names.
export const kurse: CatalogPart<typeof source> = {
  'kurse.filters': 'تصفية الدورات',
  'kurse.radius': 'المسافة',
  'kurse.radius.option': (km: number) => `${km} كم`,

  'kurse.level.legend': 'ما مستواك في اللغة الألمانية؟',
  'kurse.level.hint': 'يمكنك اختيار أكثر من مستوى.',
  'kurse.level.alpha': 'محو الأمية',
  'kurse.level.A1': 'A1',
  'kurse.level.A2': 'A2',
  'kurse.level.B1': 'B1',
  'kurse.level.B2': 'B2',
  'kurse.level.C1': 'C1',
  'kurse.level.explain.alpha': 'تعلّم القراءة والكتابة',
  'kurse.level.explain.A1': 'أول كلمات وجمل، التعريف بنفسك',
  'kurse.level.explain.A2': 'محادثات بسيطة: التسوق، الطبيب، الروضة',
  'kurse.level.explain.B1': 'التحدث عن العمل والعائلة والخطط',
  'kurse.level.explain.B2': 'بثقة في العمل ومع الدوائر الرسمية',
  'kurse.level.explain.C1': 'فهم كل شيء تقريبًا، حتى النصوص الصعبة',
  'kurse.level.unknown': 'لا أعرف مستواي',
  'kurse.level.unknown.hint': 'سنعرض أولًا الدورات المناسبة للمبتدئين.',

  'kurse.needs.legend': 'ما المهم بالنسبة لك؟',
  'kurse.childcare': 'مع رعاية الأطفال',
  'kurse.women': 'للنساء فقط',
  'kurse.freeOnly': 'مجانية',
  'kurse.seatsOnly': 'أماكن شاغرة',
  'kurse.startsSoon': 'تبدأ قريبًا أو الانضمام في أي وقت',

  'kurse.times.legend': 'متى لديك وقت؟',
  'kurse.daypart.vormittags': 'صباحًا',
  'kurse.daypart.nachmittags': 'بعد الظهر',
  'kurse.daypart.abends': 'مساءً',
  'kurse.days.legend': 'في أي أيام؟',

  'kurse.moreFilters': 'عوامل تصفية أخرى: الأيام، شكل الدورة، البرنامج',
  'kurse.moreFilters.active': (n: number) => `عوامل تصفية أخرى (${n} مفعّلة)`,
  'kurse.format.legend': 'كيف؟',
  'kurse.format.praesenz': 'حضوريًا',
  'kurse.format.online': 'عبر الإنترنت',
  'kurse.format.hybrid': 'حضوريًا وعبر الإنترنت',

  'kurse.program.legend': 'البرنامج',
  'kurse.program.wir': 'دورة WIR',
  'kurse.program.mitsprache-deutsch4u': 'MitSprache – Deutsch4U',
  'kurse.program.integrationskurs': 'دورة اندماج',
  'kurse.program.sonstiges': 'دورة أخرى',

  'kurse.audience.alle': 'للجميع',
  'kurse.audience.frauen': 'للنساء',
  'kurse.audience.eltern': 'للآباء والأمهات',
  'kurse.audience.gefluechtete': 'للاجئين',
  'kurse.audience.jugendliche': 'للشباب',
  'kurse.audience.senioren': 'لكبار السن',

  'kurse.count': (n: number) =>
    plural('ar', n, {
      zero: 'لا توجد دورة مناسبة',
      one: 'دورة واحدة مناسبة',
      two: 'دورتان مناسبتان',
      few: '# دورات مناسبة',
      many: '# دورة مناسبة',
      other: '# دورة مناسبة',
    }),
  'kurse.announce': (n: number) =>
    plural('ar', n, {
      zero: 'لم يتم العثور على دورات',
      one: 'تم العثور على دورة واحدة',
      two: 'تم العثور على دورتين',
      few: 'تم العثور على # دورات',
      many: 'تم العثور على # دورة',
      other: 'تم العثور على # دورة',
    }),
  'kurse.reset': 'إعادة ضبط كل عوامل التصفية',
  'kurse.results': 'الدورات المناسبة',

  'kurse.card.level': 'المستوى',
  'kurse.card.when': 'متى',
  'kurse.card.start': 'البداية',
  'kurse.card.rolling': 'الانضمام في أي وقت',
  'kurse.card.startsOn': (date: string) => `ابتداءً من ${date}`,
  'kurse.card.runningSince': (date: string) => `جارية منذ ${date}`,
  'kurse.card.until': (date: string) => `حتى ${date}`,
  'kurse.card.seats': (n: number) =>
    plural('ar', n, {
      zero: 'لا أماكن شاغرة',
      one: 'مكان شاغر واحد',
      two: 'مكانان شاغران',
      few: '# أماكن شاغرة',
      many: '# مكانًا شاغرًا',
      other: '# مكان شاغر',
    }),
  'kurse.card.full': 'مكتملة – قائمة انتظار',
  'kurse.card.cost': 'التكلفة',
  'kurse.card.free': 'مجانية',
  'kurse.card.childcare': 'مع رعاية الأطفال',
  'kurse.card.childcareAges': (min: number, max: number) => `مع رعاية الأطفال (من ${min} إلى ${max} سنوات)`,
  'kurse.card.barrierefrei': 'خالٍ من العوائق',
  'kurse.card.distance': (km: string) => `على بعد ${km}`,
  'kurse.card.where': 'أين',
  'kurse.card.online': 'عبر الإنترنت',
  'kurse.card.support': (names: string) => `مساعدة أيضًا بـ: ${names}`,
  'kurse.card.deadline': (date: string) => `التسجيل حتى ${date}`,
  'kurse.card.register': 'إلى التسجيل',
  'kurse.card.email': 'إرسال بريد إلكتروني',
  'kurse.card.phone': (phone: string) => `اتصال: ${phone}`,
  'kurse.card.calendar': 'إضافة إلى التقويم',
  'kurse.card.calendar.hint': 'يحمّل ملف ‎.ics‎ لتقويمك.',
  'kurse.card.provider': 'الجهة المنظمة',

  'kurse.ics.online': 'عبر الإنترنت',
  'kurse.ics.description': (provider: string, contact: string) => `الجهة المنظمة: ${provider}${contact ? `\nالتسجيل: ${contact}` : ''}`,

  'kurse.relax.title': 'للعثور على دورات أكثر:',

  'kurse.empty': 'لا توجد دورة تناسب كل عوامل التصفية.',
  'kurse.error': 'تعذّر تحميل قائمة الدورات.',
};
