import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { searchStates as source } from '../de/states.js';

export const searchStates: CatalogPart<typeof source> = {
  'states.loading': 'فهرست در حال بارگذاری است …',
  'states.area.unknown':
    'ما منطقه‌ی این صفحه را نمی‌شناسیم، برای همین نتایج سراسر ایالت هسن را می‌بینید. برای جستجو در نزدیکی خود، شهر یا کد پستی خود را وارد کنید.',
  'states.error.title': 'فهرست در حال حاضر بارگذاری نمی‌شود.',
  'states.error.body':
    'این مشکل از طرف شما نیست. لطفاً چند لحظه بعد دوباره امتحان کنید. اگر باز هم نشد، نهادی که این صفحه را ارائه می‌دهد به شما کمک می‌کند.',
  'states.empty.title': 'متأسفانه برای این جستجو کسی را پیدا نکردیم.',
  'states.empty.try': 'برای پیدا کردن نتایج بیشتر:',
  'states.empty.none': 'محل دیگری را امتحان کنید یا انتخاب‌های خود را تغییر دهید.',
  'states.relax.count': (n: number) => plural('fa', n, { one: '(# نتیجه)', other: '(# نتیجه)' }),
  'states.relax.radius': (km: number) => `گسترش محدوده تا ${km} کیلومتر`,
  'states.relax.language-substitute': (language: string) => `نمایش زبان ${language} هم`,
  'states.relax.drop-text': (text: string) => `حذف کلمه جستجوی «${text}»`,
  'states.relax.drop-levels': 'نمایش همه سطح‌های زبان',
  'states.relax.drop-childcare': 'نمایش کلاس‌های بدون مراقبت از کودک هم',
  'states.relax.drop-audience': 'نمایش کلاس‌های عمومی (برای همه) هم',
  'states.relax.drop-dayparts': 'نمایش همه ساعت‌های روز',
  'states.relax.drop-days': 'نمایش همه روزهای هفته',
  'states.relax.drop-start': 'نمایش کلاس‌هایی که دیرتر شروع می‌شوند هم',
  'states.relax.drop-free': 'نمایش کلاس‌های هزینه‌دار هم',
  'states.relax.drop-seats': 'نمایش کلاس‌های بدون اطلاعات درباره جای خالی هم',
  'states.relax.include-full': 'نمایش کلاس‌های پر که فهرست انتظار دارند هم',
  'states.relax.drop-program': 'نمایش همه برنامه‌ها',
  'states.relax.drop-format': 'نمایش همه انواع کلاس',
  'states.relax.drop-kommune': 'از شهرهای دیگر هم (تلفنی یا تصویری)',
  'states.relax.drop-mode': 'نمایش شیوه‌های دیگر ترجمه هم',
  'states.relax.drop-setting': 'نمایش همه حوزه‌ها',
  'states.relax.drop-date': 'نمایش روزهای دیگر هم',
  'states.relax.other': 'گسترش جستجو',
  'states.shown': (shown: number, total: number) => `نمایش ${shown} از ${total}`,
  'states.contact.phone': 'تلفن',
  'states.contact.email': 'ایمیل',
  'states.contact.web': 'اینترنت',
  'states.contact.webLink': (host: string) => `وب‌سایت ${host}`,
};
