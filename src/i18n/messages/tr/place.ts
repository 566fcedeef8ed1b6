import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { place as source } from '../de/place.js';

export const place: CatalogPart<typeof source> = {
  'place.label': 'Nerede?',
  'place.hint': 'Posta kodu (PLZ) veya yer adı, ör. 63128 veya Dietzenbach',
  'place.placeholder': 'Posta kodu veya yer',
  'place.locate': 'Konumumu kullan',
  'place.locating': 'Konumunuz belirleniyor …',
  'place.myLocation': (near: string) => `Konumum (${near} yakını)`,
  'place.suggestions': 'Öneriler',
  'place.count': (n: number) => plural('tr', n, { one: '# öneri', other: '# öneri' }),
  'place.chosen': (label: string) => `Seçilen: ${label}`,
  'place.ambiguous': 'Hangi yeri kastediyorsunuz?',
  'place.notFound': (text: string) => `Hessen’de “${text}” adında bir yer bulamadık. Yazılışı kontrol edin veya posta kodunu girin.`,
  'place.didYouMean': 'Bunu mu demek istediniz:',
  'place.corrected': (label: string) => `“${label}” olarak kabul ettik.`,
  'place.geo.denied': 'Tarayıcınız konumunuzu paylaşmadı. Lütfen posta kodu veya yer adı girin.',
  'place.geo.unavailable': 'Konumunuz belirlenemedi. Lütfen posta kodu veya yer adı girin.',
  'place.geo.unsupported': 'Bu tarayıcı konumunuzu belirleyemiyor. Lütfen posta kodu veya yer adı girin.',
  'place.clear': 'Yeri temizle',
};
