import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { place as source } from '../de/place.js';

export const place: CatalogPart<typeof source> = {
  'place.label': 'کجا؟',
  'place.hint': 'کد پستی (PLZ) یا نام شهر، مثلاً 63128 یا Dietzenbach',
  'place.placeholder': 'کد پستی یا شهر',
  'place.locate': 'استفاده از موقعیت من',
  'place.locating': 'در حال پیدا کردن موقعیت شما …',
  'place.myLocation': (near: string) => `موقعیت من (نزدیک ${near})`,
  'place.suggestions': 'پیشنهادها',
  'place.count': (n: number) => plural('fa', n, { one: '# پیشنهاد', other: '# پیشنهاد' }),
  'place.chosen': (label: string) => `انتخاب‌شده: ${label}`,
  'place.ambiguous': 'منظورتان کدام محل است؟',
  'place.notFound': (text: string) => `«${text}» را در ایالت هسن (Hessen) نمی‌شناسیم. املای آن را بررسی کنید یا کد پستی را وارد کنید.`,
  'place.didYouMean': 'آیا منظورتان این بود:',
  'place.corrected': (label: string) => `ما «${label}» را در نظر گرفتیم.`,
  'place.geo.denied': 'مرورگر شما اجازه دسترسی به موقعیت‌تان را نداد. لطفاً کد پستی یا نام شهر را وارد کنید.',
  'place.geo.unavailable': 'موقعیت شما پیدا نشد. لطفاً کد پستی یا نام شهر را وارد کنید.',
  'place.geo.unsupported': 'این مرورگر نمی‌تواند موقعیت شما را پیدا کند. لطفاً کد پستی یا نام شهر را وارد کنید.',
  'place.clear': 'پاک کردن محل',
};
