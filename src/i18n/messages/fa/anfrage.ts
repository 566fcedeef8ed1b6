import { plural } from '../../plural.js';
import type { CatalogPart } from '../../catalog-types.js';
import type { anfrage as source } from '../de/anfrage.js';

export const anfrage: CatalogPart<typeof source> = {
  'anfrage.title': 'درخواست مترجم شفاهی داوطلب (Laiendolmetscher:in)',
  'anfrage.intro':
    'مترجمان شفاهی داوطلب (Laiendolmetscher:innen) در گفتگوها در مدرسه، کودکستان (Kita)، مطب پزشک یا اداره همراهی می‌کنند. درخواست شما به دفتر هماهنگی WIR فرستاده می‌شود و آنجا فرد مناسبی را پیدا می‌کنند.',
  'anfrage.required': 'پر کردن همه بخش‌ها لازم است، مگر بخش‌هایی که کنارشان «اختیاری» نوشته شده است.',

  'anfrage.section.requester': 'چه کسی درخواست می‌دهد؟',
  'anfrage.requesterType.legend': 'از طرف چه کسی درخواست می‌دهید؟',
  'anfrage.requesterType.schule': 'مدرسه',
  'anfrage.requesterType.kita': 'کودکستان (Kita)',
  'anfrage.requesterType.arztpraxis': 'مطب پزشک',
  'anfrage.requesterType.behoerde': 'اداره یا نهاد دولتی',
  'anfrage.requesterType.beratungsstelle': 'مرکز مشاوره',
  'anfrage.requesterType.verein': 'انجمن یا سازمان مهاجران',
  'anfrage.requesterType.privat': 'خودم (شخصی)',
  'anfrage.organisation.label': 'نام نهاد یا مؤسسه (اختیاری)',
  'anfrage.organisation.hint': 'مثلاً Heinrich-Mann-Schule Dietzenbach',
  'anfrage.name.label': 'نام شما',
  'anfrage.name.hint': 'کسی که برای پرسش‌های بعدی در دسترس است.',
  'anfrage.contact.legend': 'چطور می‌توانیم با شما تماس بگیریم؟',
  'anfrage.contact.hint': 'یک آدرس ایمیل، یک شماره تلفن یا هر دو را وارد کنید.',
  'anfrage.email.label': 'آدرس ایمیل',
  'anfrage.phone.label': 'شماره تلفن',

  'anfrage.section.need': 'به چه چیزی نیاز است؟',
  'anfrage.language.label': 'زبان',
  'anfrage.language.hint': 'زبان کسی که برایش ترجمه می‌شود.',
  'anfrage.alternatives.label': 'زبان‌های دیگر هم ممکن است (اختیاری)',
  'anfrage.alternatives.hint': 'زبان‌های دیگری که آن فرد خوب می‌فهمد، مثلاً امهری برای کسی که تیگرینیایی صحبت می‌کند. حداکثر 5 زبان.',
  'anfrage.alternatives.list': 'زبان‌های دیگر انتخاب‌شده',
  'anfrage.alternatives.remove': (name: string) => `حذف ${name}`,
  'anfrage.alternatives.added': (name: string) => `${name} به عنوان زبان دیگر اضافه شد`,
  'anfrage.alternatives.removed': (name: string) => `${name} حذف شد`,
  'anfrage.mode.legend': 'ترجمه چگونه انجام شود؟',
  'anfrage.mode.vor-ort': 'حضوری',
  'anfrage.mode.telefon': 'تلفنی',
  'anfrage.mode.video': 'تصویری (ویدیویی)',
  'anfrage.setting.label': 'حوزه',
  'anfrage.setting.choose': 'لطفاً انتخاب کنید',
  'anfrage.setting.schule-kita': 'مدرسه یا کودکستان (Kita)',
  'anfrage.setting.gesundheit': 'سلامت و درمان (مطب، بیمارستان)',
  'anfrage.setting.behoerde': 'اداره یا نهاد دولتی',
  'anfrage.setting.beratung': 'مشاوره',
  'anfrage.setting.soziales': 'امور اجتماعی (Jugendamt، مددکاری اجتماعی)',
  'anfrage.setting.freizeit': 'اوقات فراغت یا انجمن',

  'anfrage.section.when': 'چه زمانی؟',
  'anfrage.date.label': 'تاریخ',
  'anfrage.date.hint': (days: number, earliest: string) =>
    days > 0
      ? `دفتر هماهنگی ${plural('fa', days, { one: '# روز کاری', other: '# روز کاری' })} زمان لازم دارد: زودترین تاریخ ${earliest} است.`
      : 'تاریخ قرار ملاقات.',
  'anfrage.from.label': 'ساعت شروع',
  'anfrage.from.hint': 'ساعت، مثلاً 09:30',
  'anfrage.duration.label': 'مدت',
  'anfrage.duration.option': (minutes: number) =>
    minutes < 60 ? `${minutes} دقیقه` : plural('fa', minutes / 60, { one: '# ساعت', other: '# ساعت' }),

  'anfrage.section.place': 'کجا؟',
  'anfrage.address.label': 'خیابان و شماره خانه',
  'anfrage.plz.label': 'کد پستی (PLZ)',
  'anfrage.ort.label': 'شهر یا محل',
  'anfrage.kommune.label': 'شهرستان (Kreis) یا شهر',
  'anfrage.kommune.hint': 'دفتر هماهنگی WIR همین منطقه به درخواست شما رسیدگی می‌کند.',
  'anfrage.kommune.choose': 'لطفاً انتخاب کنید',

  'anfrage.section.more': 'خواسته‌ها و توضیحات',
  'anfrage.gender.legend': 'آیا مترجم خانم یا آقا را ترجیح می‌دهید؟ (اختیاری)',
  'anfrage.gender.none': 'فرقی نمی‌کند',
  'anfrage.gender.w': 'یک خانم',
  'anfrage.gender.m': 'یک آقا',
  'anfrage.notes.label': 'توضیحات (اختیاری)',
  'anfrage.notes.hint':
    'مثلاً موضوع گفتگو یا محل دیدار. لطفاً تشخیص بیماری یا اطلاعات محرمانه دیگر را ننویسید.',
  'anfrage.notes.left': (n: number) => plural('fa', n, { one: '# حرف دیگر می‌توانید بنویسید', other: '# حرف دیگر می‌توانید بنویسید' }),
  'anfrage.notes.over': (n: number) => plural('fa', n, { one: '# حرف بیشتر از حد مجاز', other: '# حرف بیشتر از حد مجاز' }),

  'anfrage.consent.legend': 'حفاظت از اطلاعات شخصی',
  'anfrage.consent.label':
    'موافقم که اطلاعات من به دفتر هماهنگی WIR فرستاده شود تا یک مترجم معرفی کند.',
  'anfrage.consent.link': 'خواندن متن حفاظت از اطلاعات (پنجره جدید)',
  'anfrage.honeypot': 'لطفاً این بخش را خالی بگذارید',

  'anfrage.toReview': 'ادامه و بررسی',
  'anfrage.review.title': 'لطفاً درخواست خود را بررسی کنید',
  'anfrage.review.intro': 'درخواست فقط وقتی به دفتر هماهنگی فرستاده می‌شود که روی «ارسال درخواست» بزنید.',
  'anfrage.review.change': 'تغییر',
  'anfrage.review.requester': 'درخواست‌دهنده',
  'anfrage.review.alternatives': 'زبان‌های دیگر ممکن',
  'anfrage.review.contact': 'تماس',
  'anfrage.review.language': 'زبان',
  'anfrage.review.when': 'زمان قرار',
  'anfrage.review.whenValue': (date: string, time: string, duration: string) => `${date}، ساعت ${time}، ${duration}`,
  'anfrage.review.how': 'شیوه و حوزه',
  'anfrage.review.place': 'محل',
  'anfrage.review.wishes': 'خواسته‌ها و توضیحات',
  'anfrage.review.none': 'ندارد',
  'anfrage.send': 'ارسال درخواست',
  'anfrage.sending': 'درخواست در حال ارسال است …',
  'anfrage.retrying': 'سرور پاسخ نداد. چند ثانیه دیگر دوباره تلاش می‌شود …',
  'anfrage.back': 'بازگشت به فرم',

  'anfrage.offline':
    'شما آفلاین هستید. درخواست شما به محض وصل شدن دوباره به اینترنت، خودکار فرستاده می‌شود. این صفحه را باز نگه دارید.',
  'anfrage.failure.title': 'درخواست فرستاده نشد',
  'anfrage.failure.network': 'دسترسی به سرور ممکن نبود. اطلاعاتی که وارد کرده‌اید از بین نرفته است.',
  'anfrage.failure.timeout': 'سرور به‌موقع پاسخ نداد. اطلاعاتی که وارد کرده‌اید از بین نرفته است.',
  'anfrage.failure.server': 'در سرور خطایی پیش آمد. اطلاعاتی که وارد کرده‌اید از بین نرفته است.',
  'anfrage.failure.rate-limited': (seconds: number) =>
    `در حال حاضر درخواست‌های زیادی می‌رسد. ${plural('fa', seconds, { one: '# ثانیه', other: '# ثانیه' })} صبر کنید و بعد دوباره بفرستید.`,
  'anfrage.failure.too-large': 'درخواست خیلی طولانی است. توضیحات را کوتاه‌تر کنید و دوباره بفرستید.',
  'anfrage.failure.conflict':
    'با این شماره درخواست، درخواست دیگری قبلاً ثبت شده است. لطفاً درخواست را با ایمیل بفرستید.',
  'anfrage.failure.rejected': 'سرور درخواست را نپذیرفت. لطفاً درخواست را با ایمیل بفرستید.',
  'anfrage.failure.next': 'دوباره بفرستید یا درخواست را با ایمیل به دفتر هماهنگی بفرستید.',
  'anfrage.retry': 'ارسال دوباره',
  'anfrage.mail': 'ارسال با ایمیل',

  'anfrage.success.title': 'درخواست شما دریافت شد',
  'anfrage.success.number': 'شماره درخواست شما',
  'anfrage.success.fullNumber': 'شماره کامل',
  'anfrage.success.nextTitle': 'مراحل بعدی',
  'anfrage.success.next1': 'دفتر هماهنگی WIR به دنبال یک مترجم داوطلب مناسب می‌گردد.',
  'anfrage.success.next2': 'به محض اینکه کسی را پیدا کند، یا اگر کسی پیدا نشود، از طریق ایمیل یا تلفن به شما خبر می‌دهد.',
  'anfrage.success.next3': 'اگر سؤالی دارید، لطفاً شماره درخواست خود را بگویید.',
  'anfrage.success.summary': 'اطلاعات شما',
  'anfrage.success.print': 'چاپ خلاصه',
  'anfrage.success.new': 'ثبت درخواست جدید',

  'anfrage.feed.count': (n: number, language: string, area: string) =>
    n === 0
      ? `در فهرست هنوز کسی برای زبان ${language}${area ? ` در ${area}` : ''} ثبت نشده است. با این حال درخواست را بفرستید: دفتر هماهنگی اغلب افراد دیگری را هم می‌شناسد.`
      : plural('fa', n, {
          one: `# مترجم داوطلب برای زبان ${language}${area ? ` در ${area}` : ''} می‌تواند این درخواست را بپذیرد.`,
          other: `# مترجم داوطلب برای زبان ${language}${area ? ` در ${area}` : ''} می‌توانند این درخواست را بپذیرند.`,
        }),

  'anfrage.announce.errors': (n: number) => plural('fa', n, { one: '# مورد وارد نشده یا نادرست است', other: '# مورد وارد نشده یا نادرست است' }),
  'anfrage.announce.sent': 'درخواست فرستاده شد.',

  'anfrage.error.requester-type.required': 'انتخاب کنید که از طرف چه کسی درخواست می‌دهید.',
  'anfrage.error.name.required': 'نام خود را وارد کنید.',
  'anfrage.error.contact-required': 'یک آدرس ایمیل یا یک شماره تلفن وارد کنید تا دفتر هماهنگی بتواند با شما تماس بگیرد.',
  'anfrage.error.invalid-email': 'آدرس ایمیل را به شکل name@beispiel.de وارد کنید.',
  'anfrage.error.invalid-phone': 'یک شماره تلفن با دست‌کم 5 رقم وارد کنید، مثلاً 06074 12345.',
  'anfrage.error.language.required': 'زبانی را که باید به آن ترجمه شود انتخاب کنید.',
  'anfrage.error.invalid-language': 'یک زبان از فهرست انتخاب کنید.',
  'anfrage.error.too-many': 'حداکثر 5 زبان دیگر انتخاب کنید.',
  'anfrage.error.date.required': 'تاریخ قرار ملاقات را وارد کنید.',
  'anfrage.error.invalid-date': 'یک تاریخ درست وارد کنید، مثلاً 03.12.2026.',
  'anfrage.error.date-past': 'این تاریخ گذشته است. تاریخ قرار ملاقات پیش رو را وارد کنید.',
  'anfrage.error.notice': (days: number, earliest: string) =>
    `دفتر هماهنگی ${plural('fa', days, { one: '# روز کاری', other: '# روز کاری' })} زمان لازم دارد. ${earliest} یا بعد از آن را انتخاب کنید؛ برای قرارهای فوری با دفتر هماهنگی تماس تلفنی بگیرید.`,
  'anfrage.error.from.required': 'ساعت شروع قرار ملاقات را وارد کنید.',
  'anfrage.error.invalid-time': 'ساعت را به شکل 09:30 وارد کنید.',
  'anfrage.error.invalid-duration': 'انتخاب کنید که قرار ملاقات چه مدت طول می‌کشد.',
  'anfrage.error.max-duration': (max: string) =>
    `یک قرار ملاقات حداکثر ${max} طول می‌کشد. مدت کوتاه‌تری انتخاب کنید یا دو درخواست جداگانه بدهید.`,
  'anfrage.error.mode.required': 'انتخاب کنید که ترجمه حضوری، تلفنی یا تصویری انجام شود.',
  'anfrage.error.setting.required': 'حوزه قرار ملاقات را انتخاب کنید.',
  'anfrage.error.address.required': 'خیابان و شماره خانه محل قرار ملاقات را وارد کنید.',
  'anfrage.error.plz.required': 'کد پستی محل قرار ملاقات را وارد کنید.',
  'anfrage.error.invalid-plz': 'یک کد پستی 5 رقمی وارد کنید، مثلاً 63128.',
  'anfrage.error.ort.required': 'شهر یا محل قرار ملاقات را وارد کنید.',
  'anfrage.error.kommune.required': 'شهرستان یا شهری را که قرار ملاقات در آن است انتخاب کنید.',
  'anfrage.error.consent-required': 'کادر حفاظت از اطلاعات را علامت بزنید تا درخواست شما بتواند فرستاده شود.',
  'anfrage.error.too-long': (max: number) => `متن را کوتاه کنید، حداکثر ${max} حرف.`,
  'anfrage.error.invalid-value': 'یکی از گزینه‌های موجود را انتخاب کنید.',
  'anfrage.error.invalid': 'این مورد را بررسی و اصلاح کنید.',
  'anfrage.error.general':
    'درخواست پذیرفته نشد. صفحه را دوباره بارگذاری کنید یا درخواست را با ایمیل بفرستید.',
};
