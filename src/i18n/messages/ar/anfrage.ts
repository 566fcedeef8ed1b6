import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { anfrage as source } from '../de/anfrage.js';
import type { request as requestSource } from '../de/request.js';

// Arabic plural forms: zero, one, two, few (3–10), many (11–99), other.
const workingDays = (n: number) =>
  plural('ar', n, {
    zero: 'بدون أيام عمل',
    one: 'يوم عمل واحد',
    two: 'يوما عمل',
    few: '# أيام عمل',
    many: '# يوم عمل',
    other: '# يوم عمل',
  });

export const anfrage: CatalogPart<typeof source & typeof requestSource> = {
  'anfrage.title': 'طلب مترجم/ة شفهي/ة متطوع/ة',
  'anfrage.intro':
    'يرافق مترجمون ومترجمات متطوعون المحادثات في المدرسة أو الروضة أو عيادة الطبيب أو الدوائر الرسمية. يصل طلبك إلى مكتب تنسيق WIR الذي يبحث عن شخص مناسب.',
  'anfrage.required': 'جميع الحقول مطلوبة ما لم يُكتب بجانبها «اختياري».',

  'anfrage.section.requester': 'من يقدّم الطلب؟',
  'anfrage.requesterType.legend': 'تقدّم الطلب باسم',
  'anfrage.requesterType.schule': 'مدرسة',
  'anfrage.requesterType.kita': 'روضة أطفال (Kita)',
  'anfrage.requesterType.arztpraxis': 'عيادة طبية',
  'anfrage.requesterType.behoerde': 'دائرة رسمية',
  'anfrage.requesterType.beratungsstelle': 'مركز استشارات',
  'anfrage.requesterType.verein': 'جمعية أو منظمة مهاجرين',
  'anfrage.requesterType.privat': 'نفسي (بشكل شخصي)',
  'anfrage.organisation.label': 'اسم المؤسسة (اختياري)',
  'anfrage.organisation.hint': 'مثلاً: Heinrich-Mann-Schule Dietzenbach',
  'anfrage.name.label': 'اسمك',
  'anfrage.name.hint': 'الشخص الذي يمكن التواصل معه عند وجود أسئلة.',
  'anfrage.contact.legend': 'كيف يمكننا التواصل معك؟',
  'anfrage.contact.hint': 'أدخل بريداً إلكترونياً أو رقم هاتف أو كليهما.',
  'anfrage.email.label': 'البريد الإلكتروني',
  'anfrage.phone.label': 'رقم الهاتف',

  'anfrage.section.need': 'ما المطلوب؟',
  'anfrage.language.label': 'اللغة',
  'anfrage.language.hint': 'لغة الشخص الذي يحتاج إلى الترجمة.',
  'anfrage.alternatives.label': 'لغات ممكنة أيضاً (اختياري)',
  'anfrage.alternatives.hint': 'لغات أخرى يفهمها الشخص جيداً، مثل الأمهرية بدلاً من التغرينية. حتى 5 لغات.',
  'anfrage.alternatives.list': 'اللغات الإضافية المختارة',
  'anfrage.alternatives.remove': (name: string) => `إزالة ${name}`,
  'anfrage.alternatives.added': (name: string) => `أُضيفت ${name} كلغة إضافية`,
  'anfrage.alternatives.removed': (name: string) => `أُزيلت ${name}`,
  'anfrage.mode.legend': 'كيف تتم الترجمة؟',
  'anfrage.mode.vor-ort': 'حضورياً',
  'anfrage.mode.telefon': 'عبر الهاتف',
  'anfrage.mode.video': 'عبر الفيديو',
  'anfrage.setting.label': 'المجال',
  'anfrage.setting.choose': 'يرجى الاختيار',
  'anfrage.setting.schule-kita': 'مدرسة أو روضة',
  'anfrage.setting.gesundheit': 'الصحة (عيادة، مستشفى)',
  'anfrage.setting.behoerde': 'دائرة رسمية',
  'anfrage.setting.beratung': 'استشارة',
  'anfrage.setting.soziales': 'خدمات اجتماعية (مكتب رعاية الشباب، الخدمة الاجتماعية)',
  'anfrage.setting.freizeit': 'أوقات الفراغ أو نادٍ',

  'anfrage.section.when': 'متى؟',
  'anfrage.date.label': 'التاريخ',
  'anfrage.date.hint': (days: number, earliest: string) =>
    days > 0 ? `يحتاج مكتب التنسيق إلى ${workingDays(days)} مسبقاً: ${earliest} على أقرب تقدير.` : 'تاريخ الموعد.',
  'anfrage.from.label': 'وقت البدء',
  'anfrage.from.hint': 'مثلاً 09:30',
  'anfrage.duration.label': 'المدة',
  'anfrage.duration.option': (minutes: number) => {
    if (minutes < 60) return `${minutes} دقيقة`;
    const hours = minutes / 60;
    if (!Number.isInteger(hours)) return `${hours} ساعة`;
    return plural('ar', hours, { one: 'ساعة واحدة', two: 'ساعتان', few: '# ساعات', many: '# ساعة', other: '# ساعة' });
  },

  'anfrage.section.place': 'أين؟',
  'anfrage.address.label': 'الشارع ورقم المبنى',
  'anfrage.plz.label': 'الرمز البريدي',
  'anfrage.ort.label': 'المدينة أو البلدة',
  'anfrage.kommune.label': 'المقاطعة أو المدينة',
  'anfrage.kommune.hint': 'يتولى مكتب تنسيق WIR في هذه المنطقة معالجة طلبك.',
  'anfrage.kommune.choose': 'يرجى الاختيار',

  'anfrage.section.more': 'رغبات وملاحظات',
  'anfrage.gender.legend': 'هل تفضّل مترجمة أم مترجماً؟ (اختياري)',
  'anfrage.gender.none': 'لا فرق',
  'anfrage.gender.w': 'امرأة',
  'anfrage.gender.m': 'رجل',
  'anfrage.notes.label': 'ملاحظات (اختياري)',
  'anfrage.notes.hint': 'مثلاً سبب اللقاء أو مكان الالتقاء. يرجى عدم ذكر تشخيصات طبية أو معلومات سرية أخرى.',
  'anfrage.notes.left': (n: number) =>
    plural('ar', n, {
      zero: 'لم يتبقَّ أي حرف',
      one: 'يتبقى حرف واحد',
      two: 'يتبقى حرفان',
      few: 'يتبقى # أحرف',
      many: 'يتبقى # حرفاً',
      other: 'يتبقى # حرف',
    }),
  'anfrage.notes.over': (n: number) =>
    plural('ar', n, { one: 'حرف واحد زائد', two: 'حرفان زائدان', few: '# أحرف زائدة', many: '# حرفاً زائداً', other: '# حرف زائد' }),

  'anfrage.consent.legend': 'حماية البيانات',
  'anfrage.consent.label': 'أوافق على إرسال بياناتي إلى مكتب تنسيق WIR ليتمكن من ترتيب مترجم/ة.',
  'anfrage.consent.link': 'قراءة بيان حماية البيانات (نافذة جديدة)',
  'anfrage.honeypot': 'يرجى ترك هذا الحقل فارغاً',

  'anfrage.toReview': 'متابعة إلى المراجعة',
  'anfrage.review.title': 'يرجى مراجعة طلبك',
  'anfrage.review.intro': 'لا يُرسل الطلب إلا بعد الضغط على «إرسال الطلب».',
  'anfrage.review.change': 'تعديل',
  'anfrage.review.requester': 'الجهة الطالبة',
  'anfrage.review.alternatives': 'ممكن أيضاً',
  'anfrage.review.contact': 'التواصل',
  'anfrage.review.language': 'اللغة',
  'anfrage.review.when': 'الموعد',
  'anfrage.review.whenValue': (date: string, time: string, duration: string) => `${date}، الساعة ${time}، ${duration}`,
  'anfrage.review.how': 'الطريقة والمجال',
  'anfrage.review.place': 'المكان',
  'anfrage.review.wishes': 'رغبات وملاحظات',
  'anfrage.review.none': 'لا يوجد',
  'anfrage.send': 'إرسال الطلب',
  'anfrage.sending': 'جارٍ إرسال الطلب …',
  'anfrage.retrying': 'لا يوجد رد من الخادم. محاولة جديدة خلال ثوانٍ …',
  'anfrage.back': 'العودة إلى النموذج',

  'anfrage.offline': 'أنت غير متصل بالإنترنت. سيُرسل طلبك تلقائياً عند عودة الاتصال. يرجى إبقاء هذه الصفحة مفتوحة.',
  'anfrage.failure.title': 'لم يُرسل الطلب',
  'anfrage.failure.network': 'تعذّر الوصول إلى الخادم. لم تُفقد أي من بياناتك.',
  'anfrage.failure.timeout': 'لم يرد الخادم في الوقت المناسب. لم تُفقد أي من بياناتك.',
  'anfrage.failure.server': 'أبلغ الخادم عن خطأ. لم تُفقد أي من بياناتك.',
  'anfrage.failure.rate-limited': (seconds: number) =>
    `تصل الآن طلبات كثيرة جداً. انتظر ${plural('ar', seconds, { one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' })} ثم أرسل مرة أخرى.`,
  'anfrage.failure.too-large': 'الطلب طويل جداً. اختصر الملاحظات وأرسل مرة أخرى.',
  'anfrage.failure.conflict': 'يوجد طلب آخر محفوظ بهذا الرقم. يرجى إرسال طلبك بالبريد الإلكتروني.',
  'anfrage.failure.rejected': 'رفض الخادم الطلب. يرجى إرسال طلبك بالبريد الإلكتروني.',
  'anfrage.failure.next': 'أرسل مرة أخرى، أو أرسل الطلب بالبريد الإلكتروني إلى مكتب التنسيق.',
  'anfrage.retry': 'إعادة الإرسال',
  'anfrage.mail': 'الإرسال بالبريد الإلكتروني',

  'anfrage.success.title': 'وصل طلبك',
  'anfrage.success.number': 'رقم طلبك',
  'anfrage.success.fullNumber': 'الرقم الكامل',
  'anfrage.success.nextTitle': 'ماذا يحدث بعد ذلك',
  'anfrage.success.next1': 'يبحث مكتب تنسيق WIR عن مترجم/ة متطوع/ة مناسب/ة.',
  'anfrage.success.next2': 'يتواصل معك عبر البريد الإلكتروني أو الهاتف عندما يجد شخصاً، أو إذا تعذّر ذلك.',
  'anfrage.success.next3': 'يرجى ذكر رقم طلبك عند الاستفسار.',
  'anfrage.success.summary': 'بياناتك',
  'anfrage.success.print': 'طباعة الملخص',
  'anfrage.success.new': 'تقديم طلب جديد',
  'anfrage.success.status': 'عرض حالة طلبك',

  'anfrage.feed.count': (n: number, language: string, area: string) =>
    n === 0
      ? `لا يوجد بعد أحد مسجّل للغة ${language}${area ? ` في ${area}` : ''}. أرسل الطلب رغم ذلك: غالباً ما يعرف مكتب التنسيق أشخاصاً آخرين.`
      : plural('ar', n, {
          one: `مترجم/ة واحد/ة للغة ${language}${area ? ` في ${area}` : ''} يمكنه تولي هذا الطلب.`,
          two: `مترجمان للغة ${language}${area ? ` في ${area}` : ''} يمكنهما تولي هذا الطلب.`,
          few: `# مترجمين للغة ${language}${area ? ` في ${area}` : ''} يمكنهم تولي هذا الطلب.`,
          many: `# مترجماً للغة ${language}${area ? ` في ${area}` : ''} يمكنهم تولي هذا الطلب.`,
          other: `# مترجم للغة ${language}${area ? ` في ${area}` : ''} يمكنهم تولي هذا الطلب.`,
        }),

  'anfrage.announce.errors': (n: number) =>
    plural('ar', n, {
      one: 'إجابة واحدة ناقصة أو خاطئة',
      two: 'إجابتان ناقصتان أو خاطئتان',
      few: '# إجابات ناقصة أو خاطئة',
      many: '# إجابة ناقصة أو خاطئة',
      other: '# إجابة ناقصة أو خاطئة',
    }),
  'anfrage.announce.sent': 'أُرسل الطلب.',

  'anfrage.error.requester-type.required': 'اختر الجهة التي تقدّم الطلب باسمها.',
  'anfrage.error.name.required': 'أدخل اسمك.',
  'anfrage.error.contact-required': 'أدخل بريداً إلكترونياً أو رقم هاتف ليتمكن مكتب التنسيق من التواصل معك.',
  'anfrage.error.invalid-email': 'أدخل بريداً إلكترونياً بالشكل name@example.de.',
  'anfrage.error.invalid-phone': 'أدخل رقم هاتف من 5 أرقام على الأقل، مثل 06074 12345.',
  'anfrage.error.language.required': 'اختر اللغة المطلوب الترجمة إليها.',
  'anfrage.error.invalid-language': 'اختر لغة من القائمة.',
  'anfrage.error.too-many': 'اختر 5 لغات إضافية على الأكثر.',
  'anfrage.error.date.required': 'أدخل تاريخ الموعد.',
  'anfrage.error.invalid-date': 'أدخل تاريخاً صحيحاً، مثل 03.12.2026.',
  'anfrage.error.date-past': 'التاريخ في الماضي. أدخل تاريخ الموعد القادم.',
  'anfrage.error.notice': (days: number, earliest: string) =>
    `يحتاج مكتب التنسيق إلى ${workingDays(days)} مسبقاً. اختر ${earliest} أو ما بعده؛ للمواعيد العاجلة اتصل بمكتب التنسيق هاتفياً.`,
  'anfrage.error.from.required': 'أدخل وقت بدء الموعد.',
  'anfrage.error.invalid-time': 'أدخل الوقت بالشكل 09:30.',
  'anfrage.error.invalid-duration': 'اختر مدة الموعد.',
  'anfrage.error.max-duration': (max: string) => `لا يمكن أن يتجاوز الموعد ${max}. اختر مدة أقصر أو قدّم طلبين.`,
  'anfrage.error.mode.required': 'اختر طريقة الترجمة: حضورياً أو عبر الهاتف أو عبر الفيديو.',
  'anfrage.error.setting.required': 'اختر مجال الموعد.',
  'anfrage.error.address.required': 'أدخل الشارع ورقم المبنى لمكان الموعد.',
  'anfrage.error.plz.required': 'أدخل الرمز البريدي لمكان الموعد.',
  'anfrage.error.invalid-plz': 'أدخل رمزاً بريدياً من 5 أرقام، مثل 63128.',
  'anfrage.error.ort.required': 'أدخل المدينة أو البلدة لمكان الموعد.',
  'anfrage.error.kommune.required': 'اختر المقاطعة أو المدينة التي يُعقد فيها الموعد.',
  'anfrage.error.consent-required': 'ضع علامة في خانة حماية البيانات حتى يُسمح بتمرير طلبك.',
  'anfrage.error.too-long': (max: number) => `اختصر النص إلى ${max} حرف على الأكثر.`,
  'anfrage.error.invalid-value': 'اختر أحد الخيارات المعروضة.',
  'anfrage.error.invalid-characters': 'احذف رموز التحكم أو رموز التنسيق غير المرئية (تُنسخ غالباً مع النص) واكتب النص من جديد.',
  'anfrage.error.invalid': 'تحقق من هذه الإجابة وصحّحها.',
  'anfrage.error.general': 'تعذّر قبول الطلب. أعد تحميل الصفحة أو أرسل الطلب بالبريد الإلكتروني.',
};
